import { Alert, Anchor, Button, Group, PasswordInput, Stack, TextInput } from "@mantine/core";
import { useForm } from "@mantine/form";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Link, useNavigate, useSearchParams } from "react-router";
import { useDocumentTitle } from "../../../ui/useDocumentTitle";
import { explainAuthError } from "../auth-errors";
import { AuthCard } from "../components/AuthCard";
import { safeNext } from "../safe-next";
import { useSignIn } from "../session";
import { validateEmail } from "../validators";

export function SignInPage() {
  const { t } = useTranslation();
  useDocumentTitle(t("auth.signIn.title"));
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const signIn = useSignIn();
  const [message, setMessage] = useState<string>();
  const form = useForm({
    initialValues: { email: "", password: "" },
    validate: { email: validateEmail(t), password: (v) => (v ? null : t("auth.errors.passwordRequired")) },
  });

  const submit = form.onSubmit(async (values) => {
    setMessage(undefined);
    try {
      await signIn.mutateAsync({ email: values.email.trim(), password: values.password });
      navigate(safeNext(params.get("next")) ?? "/account");
    } catch (error) {
      const explained = explainAuthError(error, t);
      form.setErrors(explained.fields);
      setMessage(explained.message);
    }
  });

  return (
    <AuthCard
      title={t("auth.signIn.title")}
      subtitle={t("auth.signIn.subtitle")}
      footer={
        <>
          {t("auth.signIn.noAccount")}{" "}
          <Anchor component={Link} to="/sign-up" fw={500}>
            {t("auth.signIn.signUpLink")}
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
          <TextInput label={t("auth.email")} type="email" autoComplete="email" required {...form.getInputProps("email")} />
          <PasswordInput
            visibilityToggleButtonProps={{ "aria-label": t("auth.toggleVisibility") }}
            label={t("auth.password")}
            autoComplete="current-password"
            required
            {...form.getInputProps("password")}
          />
          <Group justify="flex-end" mt={-6}>
            <Anchor component={Link} to="/forgot-password" size="sm">
              {t("auth.signIn.forgot")}
            </Anchor>
          </Group>
          <Button type="submit" loading={signIn.isPending} fullWidth>
            {t("auth.signIn.submit")}
          </Button>
        </Stack>
      </form>
    </AuthCard>
  );
}
