import type { TLanguage } from "../../../../contracts/common";
import type { SELF_CATEGORIES } from "../../../../contracts/exhibitions";

export type SelfCategory = (typeof SELF_CATEGORIES)[number];
export type RegistrationValues = {
  fullName: string;
  organizationName: string;
  jobTitle: string;
  email: string;
  country: string | null;
  language: TLanguage;
  category: SelfCategory;
};

/** Which step of the form asks for each field, so a server error can open the step to fix. */
export const STEP_OF: Record<keyof RegistrationValues, number> = {
  fullName: 0,
  organizationName: 0,
  jobTitle: 0,
  email: 1,
  country: 1,
  language: 1,
  category: 2,
};
export const STEP_FIELDS: (keyof RegistrationValues)[][] = [["fullName", "organizationName", "jobTitle"], ["email", "country", "language"], ["category"]];

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

export function validateRegistration(values: RegistrationValues, t: (key: string) => string): Partial<Record<keyof RegistrationValues, string>> {
  const errors: Partial<Record<keyof RegistrationValues, string>> = {};
  if (values.fullName.trim().length < 2) errors.fullName = t("registration.form.fullNameRequired");
  if (!EMAIL.test(values.email.trim())) errors.email = t("registration.form.emailInvalid");
  if (!values.country) errors.country = t("validation.required");
  return errors;
}

export function toRegistrationInput(values: RegistrationValues) {
  return {
    fullName: values.fullName.trim(),
    organizationName: values.organizationName.trim() || null,
    jobTitle: values.jobTitle.trim() || null,
    email: values.email.trim(),
    country: values.country ?? "",
    language: values.language,
    category: values.category,
  };
}
