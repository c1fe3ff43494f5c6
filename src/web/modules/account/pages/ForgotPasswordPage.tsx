import { Alert, TextInput } from "@mantine/core";
import { useForm } from "@mantine/form";
import { useMutation } from "@tanstack/react-query";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { api } from "../../../api/client";
import { AuthCard, BackToSignIn } from "../components/AuthCard";
import { AuthForm } from "../components/AuthForm";
import { useAuthSubmit } from "../useAuthSubmit";
import { validateEmail } from "../validators";

export function ForgotPasswordPage() {
  const { t } = useTranslation();
  const [sentTo, setSentTo] = useState<string>();
  const request = useMutation({ mutationFn: (email: string) => api.post("/api/auth/request-password-reset", { email, redirectTo: "/reset-password" }) });
  const form = useForm({ initialValues: { email: "" }, validate: { email: validateEmail(t) } });
  const { submit, message } = useAuthSubmit(form, async ({ email }) => {
    await request.mutateAsync(email.trim());
    setSentTo(email.trim());
  });

  return (
    <AuthCard page="forgot" footer={<BackToSignIn />}>
      {sentTo ? (
        // The same answer whether or not the address has an account, so nobody can probe for accounts.
        <Alert color="brand" variant="light" role="status" data-testid="reset-requested">
          {t("auth.forgot.sent", { email: sentTo })}
        </Alert>
      ) : (
        <AuthForm onSubmit={submit} message={message} submitLabel={t("auth.forgot.submit")} submitting={request.isPending}>
          <TextInput label={t("auth.email")} type="email" autoComplete="email" required {...form.getInputProps("email")} />
        </AuthForm>
      )}
    </AuthCard>
  );
}
