import { Alert, Anchor, Button, PasswordInput, Stack, TextInput } from "@mantine/core";
import { useForm } from "@mantine/form";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Link, useNavigate, useSearchParams } from "react-router";
import { useDocumentTitle } from "../../../ui/useDocumentTitle";
import { explainAuthError } from "../auth-errors";
import { AuthCard } from "../components/AuthCard";
import { safeNext } from "../safe-next";
import { useSignUp } from "../session";
import { MIN_PASSWORD, validateEmail, validateNewPassword } from "../validators";

export function SignUpPage() {
  const { t } = useTranslation();
  useDocumentTitle(t("auth.signUp.title"));
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const signUp = useSignUp();
  const [message, setMessage] = useState<string>();
  const form = useForm({
    initialValues: { name: "", email: "", password: "" },
    validate: {
      name: (v) => (v.trim() ? null : t("auth.errors.nameRequired")),
      email: validateEmail(t),
      password: validateNewPassword(t),
    },
  });

  const submit = form.onSubmit(async (values) => {
    setMessage(undefined);
    try {
      await signUp.mutateAsync({ name: values.name.trim(), email: values.email.trim(), password: values.password });
      navigate(safeNext(params.get("next")) ?? "/account");
    } catch (error) {
      const explained = explainAuthError(error, t);
      form.setErrors(explained.fields);
      setMessage(explained.message);
    }
  });

  return (
    <AuthCard
      title={t("auth.signUp.title")}
      subtitle={t("auth.signUp.subtitle")}
      footer={
        <>
          {t("auth.signUp.haveAccount")}{" "}
          <Anchor component={Link} to="/sign-in" fw={500}>
            {t("auth.signUp.signInLink")}
          </Anchor>
        </>
      }
    >
      <form onSubmit={submit} noValidate>
        <Stack gap="md">
          {message ? (
            <Alert color="red" variant="light" role="alert" data-testid="form-error">
              {message}
            </Alert>
          ) : null}
          <TextInput label={t("auth.name")} autoComplete="name" required {...form.getInputProps("name")} />
          <TextInput label={t("auth.email")} type="email" autoComplete="email" required {...form.getInputProps("email")} />
          <PasswordInput
            visibilityToggleButtonProps={{ "aria-label": t("auth.toggleVisibility") }}
            label={t("auth.password")}
            description={t("auth.passwordHint", { min: MIN_PASSWORD })}
            autoComplete="new-password"
            required
            {...form.getInputProps("password")}
          />
          <Button type="submit" loading={signUp.isPending} fullWidth>
            {t("auth.signUp.submit")}
          </Button>
        </Stack>
      </form>
    </AuthCard>
  );
}
