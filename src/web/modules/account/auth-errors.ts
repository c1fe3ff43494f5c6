import { ApiError } from "../../api/client";
import { errorMessage } from "../../ui/ErrorAlert";

type Translate = (key: string) => string;

/**
 * better-auth answers with its own codes; turn the ones people can act on into a message beside
 * the right input, and everything else into a message above the form.
 */
export function explainAuthError(error: unknown, t: Translate): { fields: Record<string, string>; message?: string } {
  if (!(error instanceof ApiError)) return { fields: {}, message: errorMessage(error, t) };
  const code = error.code;
  if (code === "invalid_email_or_password") return { fields: {}, message: t("auth.errors.invalidCredentials") };
  if (code.startsWith("user_already_exists")) return { fields: { email: t("auth.errors.emailTaken") } };
  if (code === "password_too_short") return { fields: { password: t("auth.errors.passwordTooShort"), newPassword: t("auth.errors.passwordTooShort") } };
  if (code === "password_too_long") return { fields: { password: t("auth.errors.passwordTooLong"), newPassword: t("auth.errors.passwordTooLong") } };
  if (code === "invalid_email" || (code === "validation_error" && /email/i.test(error.detail ?? "")))
    return { fields: { email: t("auth.errors.invalidEmail") } };
  if (code === "invalid_token") return { fields: {}, message: t("auth.errors.invalidToken") };
  const fields = error.fieldErrors();
  return { fields, message: Object.keys(fields).length ? undefined : errorMessage(error, t) };
}
