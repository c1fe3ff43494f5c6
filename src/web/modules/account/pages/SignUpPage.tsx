import { TextInput } from "@mantine/core";
import { useForm } from "@mantine/form";
import { useTranslation } from "react-i18next";
import { AuthCard, AuthCardPrompt } from "../components/AuthCard";
import { AuthForm, PasswordField } from "../components/AuthForm";
import { useSignUp } from "../session";
import { useAuthSubmit, useContinueSignedIn } from "../useAuthSubmit";
import { MIN_PASSWORD, validateEmail, validateNewPassword } from "../validators";

export function SignUpPage() {
  const { t } = useTranslation();
  const signUp = useSignUp();
  const continueSignedIn = useContinueSignedIn();
  const form = useForm({
    initialValues: { name: "", email: "", password: "" },
    validate: {
      name: (v) => (v.trim() ? null : t("auth.errors.nameRequired")),
      email: validateEmail(t),
      password: validateNewPassword(t),
    },
  });
  const { submit, message } = useAuthSubmit(form, async (values) => {
    await signUp.mutateAsync({ name: values.name.trim(), email: values.email.trim(), password: values.password });
    continueSignedIn();
  });

  return (
    <AuthCard page="signUp" footer={<AuthCardPrompt question={t("auth.signUp.haveAccount")} to="/sign-in" link={t("auth.signUp.signInLink")} />}>
      <AuthForm onSubmit={submit} message={message} messageTestId="form-error" submitLabel={t("auth.signUp.submit")} submitting={signUp.isPending}>
        <TextInput label={t("auth.name")} autoComplete="name" required {...form.getInputProps("name")} />
        <TextInput label={t("auth.email")} type="email" autoComplete="email" required {...form.getInputProps("email")} />
        <PasswordField
          label={t("auth.password")}
          description={t("auth.passwordHint", { min: MIN_PASSWORD })}
          autoComplete="new-password"
          {...form.getInputProps("password")}
        />
      </AuthForm>
    </AuthCard>
  );
}
