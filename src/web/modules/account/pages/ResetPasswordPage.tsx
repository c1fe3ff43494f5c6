import { Alert, Anchor, Button, Stack } from "@mantine/core";
import { useForm } from "@mantine/form";
import { useMutation } from "@tanstack/react-query";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Link, useSearchParams } from "react-router";
import { api } from "../../../api/client";
import { AuthCard, BackToSignIn } from "../components/AuthCard";
import { AuthForm, PasswordField } from "../components/AuthForm";
import { useAuthSubmit } from "../useAuthSubmit";
import { MIN_PASSWORD, validateNewPassword } from "../validators";

export function ResetPasswordPage() {
  const { t } = useTranslation();
  const [params] = useSearchParams();
  const token = params.get("token") ?? "";
  const [done, setDone] = useState(false);
  const reset = useMutation({ mutationFn: (newPassword: string) => api.post("/api/auth/reset-password", { newPassword, token }) });
  const form = useForm({
    initialValues: { newPassword: "", confirm: "" },
    validate: {
      newPassword: validateNewPassword(t),
      confirm: (value, values) => (value === values.newPassword ? null : t("auth.errors.passwordsDiffer")),
    },
  });
  const { submit, message } = useAuthSubmit(form, async ({ newPassword }) => {
    await reset.mutateAsync(newPassword);
    setDone(true);
  });

  return (
    <AuthCard page="reset" footer={<BackToSignIn />}>
      {!token ? (
        <Alert color="red" variant="light" role="alert">
          {t("auth.reset.missingToken")}{" "}
          <Anchor component={Link} to="/forgot-password">
            {t("auth.reset.requestAgain")}
          </Anchor>
        </Alert>
      ) : done ? (
        <Stack gap="md">
          <Alert color="brand" variant="light" role="status" data-testid="password-reset-done">
            {t("auth.reset.done")}
          </Alert>
          <Button component={Link} to="/sign-in" fullWidth>
            {t("auth.signIn.submit")}
          </Button>
        </Stack>
      ) : (
        <AuthForm onSubmit={submit} message={message} submitLabel={t("auth.reset.submit")} submitting={reset.isPending}>
          <PasswordField
            label={t("auth.newPassword")}
            description={t("auth.passwordHint", { min: MIN_PASSWORD })}
            autoComplete="new-password"
            {...form.getInputProps("newPassword")}
          />
          <PasswordField label={t("auth.confirmPassword")} autoComplete="new-password" {...form.getInputProps("confirm")} />
        </AuthForm>
      )}
    </AuthCard>
  );
}
