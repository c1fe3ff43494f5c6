import { Alert, Anchor, Button, Stack, TextInput } from "@mantine/core";
import { useForm } from "@mantine/form";
import { useMutation } from "@tanstack/react-query";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { api } from "../../../api/client";
import { useDocumentTitle } from "../../../ui/useDocumentTitle";
import { explainAuthError } from "../auth-errors";
import { AuthCard } from "../components/AuthCard";
import { validateEmail } from "../validators";

export function ForgotPasswordPage() {
  const { t } = useTranslation();
  useDocumentTitle(t("auth.forgot.title"));
  const [sentTo, setSentTo] = useState<string>();
  const [message, setMessage] = useState<string>();
  const request = useMutation({ mutationFn: (email: string) => api.post("/api/auth/request-password-reset", { email, redirectTo: "/reset-password" }) });
  const form = useForm({ initialValues: { email: "" }, validate: { email: validateEmail(t) } });

  const submit = form.onSubmit(async ({ email }) => {
    setMessage(undefined);
    try {
      await request.mutateAsync(email.trim());
      setSentTo(email.trim());
    } catch (error) {
      const explained = explainAuthError(error, t);
      form.setErrors(explained.fields);
      setMessage(explained.message);
    }
  });

  return (
    <AuthCard
      title={t("auth.forgot.title")}
      subtitle={t("auth.forgot.subtitle")}
      footer={
        <Anchor component={Link} to="/sign-in">
          {t("auth.backToSignIn")}
        </Anchor>
      }
    >
      {sentTo ? (
        // The same answer whether or not the address has an account, so nobody can probe for accounts.
        <Alert color="brand" variant="light" role="status" data-testid="reset-requested">
          {t("auth.forgot.sent", { email: sentTo })}
        </Alert>
      ) : (
        <form onSubmit={submit} noValidate>
          <Stack gap="md">
            {message ? (
              <Alert color="red" variant="light" role="alert">
                {message}
              </Alert>
            ) : null}
            <TextInput label={t("auth.email")} type="email" autoComplete="email" required {...form.getInputProps("email")} />
            <Button type="submit" loading={request.isPending} fullWidth>
              {t("auth.forgot.submit")}
            </Button>
          </Stack>
        </form>
      )}
    </AuthCard>
  );
}
