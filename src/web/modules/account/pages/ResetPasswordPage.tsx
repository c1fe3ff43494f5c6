import { Alert, Anchor, Button, PasswordInput, Stack } from "@mantine/core";
import { useForm } from "@mantine/form";
import { useMutation } from "@tanstack/react-query";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Link, useSearchParams } from "react-router";
import { api } from "../../../api/client";
import { useDocumentTitle } from "../../../ui/useDocumentTitle";
import { explainAuthError } from "../auth-errors";
import { AuthCard } from "../components/AuthCard";
import { MIN_PASSWORD, validateNewPassword } from "../validators";

export function ResetPasswordPage() {
  const { t } = useTranslation();
  useDocumentTitle(t("auth.reset.title"));
  const [params] = useSearchParams();
  const token = params.get("token") ?? "";
  const [done, setDone] = useState(false);
  const [message, setMessage] = useState<string>();
  const reset = useMutation({ mutationFn: (newPassword: string) => api.post("/api/auth/reset-password", { newPassword, token }) });
  const form = useForm({
    initialValues: { newPassword: "", confirm: "" },
    validate: {
      newPassword: validateNewPassword(t),
      confirm: (value, values) => (value === values.newPassword ? null : t("auth.errors.passwordsDiffer")),
    },
  });

  const submit = form.onSubmit(async ({ newPassword }) => {
    setMessage(undefined);
    try {
      await reset.mutateAsync(newPassword);
      setDone(true);
    } catch (error) {
      const explained = explainAuthError(error, t);
      form.setErrors(explained.fields);
      setMessage(explained.message);
    }
  });

  return (
    <AuthCard
      title={t("auth.reset.title")}
      subtitle={t("auth.reset.subtitle")}
      footer={
        <Anchor component={Link} to="/sign-in">
          {t("auth.backToSignIn")}
        </Anchor>
      }
    >
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
        <form onSubmit={submit} noValidate>
          <Stack gap="md">
            {message ? (
              <Alert color="red" variant="light" role="alert">
                {message}
              </Alert>
            ) : null}
            <PasswordInput
              visibilityToggleButtonProps={{ "aria-label": t("auth.toggleVisibility") }}
              label={t("auth.newPassword")}
              description={t("auth.passwordHint", { min: MIN_PASSWORD })}
              autoComplete="new-password"
              required
              {...form.getInputProps("newPassword")}
            />
            <PasswordInput
              visibilityToggleButtonProps={{ "aria-label": t("auth.toggleVisibility") }}
              label={t("auth.confirmPassword")}
              autoComplete="new-password"
              required
              {...form.getInputProps("confirm")}
            />
            <Button type="submit" loading={reset.isPending} fullWidth>
              {t("auth.reset.submit")}
            </Button>
          </Stack>
        </form>
      )}
    </AuthCard>
  );
}
