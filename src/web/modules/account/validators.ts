type Translate = (key: string) => string;

// The same rules the server applies, checked first so people are not sent round trips for typos.
export const MIN_PASSWORD = 8;

export const validateEmail = (t: Translate) => (value: string) =>
  !value.trim() ? t("auth.errors.emailRequired") : /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(value.trim()) ? null : t("auth.errors.invalidEmail");

export const validateNewPassword = (t: Translate) => (value: string) =>
  value.length < MIN_PASSWORD ? t("auth.errors.passwordTooShort") : value.length > 128 ? t("auth.errors.passwordTooLong") : null;
