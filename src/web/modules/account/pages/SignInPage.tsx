import { Anchor, Group, TextInput } from "@mantine/core";
import { useForm } from "@mantine/form";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { AuthCard, AuthCardPrompt } from "../components/AuthCard";
import { AuthForm, PasswordField } from "../components/AuthForm";
import { useSignIn } from "../session";
import { useAuthSubmit, useContinueSignedIn } from "../useAuthSubmit";
import { validateEmail } from "../validators";

export function SignInPage() {
  const { t } = useTranslation();
  const signIn = useSignIn();
  const continueSignedIn = useContinueSignedIn();
  const form = useForm({
    initialValues: { email: "", password: "" },
    validate: { email: validateEmail(t), password: (v) => (v ? null : t("auth.errors.passwordRequired")) },
  });
  const { submit, message } = useAuthSubmit(form, async (values) => {
    await signIn.mutateAsync({ email: values.email.trim(), password: values.password });
    continueSignedIn();
  });

  return (
    <AuthCard page="signIn" footer={<AuthCardPrompt question={t("auth.signIn.noAccount")} to="/sign-up" link={t("auth.signIn.signUpLink")} />}>
      <AuthForm onSubmit={submit} message={message} messageTestId="form-error" submitLabel={t("auth.signIn.submit")} submitting={signIn.isPending}>
        <TextInput label={t("auth.email")} type="email" autoComplete="email" required {...form.getInputProps("email")} />
        <PasswordField label={t("auth.password")} autoComplete="current-password" {...form.getInputProps("password")} />
        <Group justify="flex-end" mt={-6}>
          <Anchor component={Link} to="/forgot-password" size="sm">
            {t("auth.signIn.forgot")}
          </Anchor>
        </Group>
      </AuthForm>
    </AuthCard>
  );
}
