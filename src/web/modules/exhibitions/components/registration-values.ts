import type { SELF_CATEGORIES } from "../../../../contracts/exhibitions";
import { type PersonValues, REGISTRATION_TEXTS, toPersonInput, validatePerson } from "./person-values";

export type SelfCategory = (typeof SELF_CATEGORIES)[number];
export type RegistrationValues = PersonValues & { category: SelfCategory };

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
export const STEP_FIELDS = [["fullName", "organizationName", "jobTitle"], ["email", "country", "language"], ["category"]] as const;

export function validateRegistration(values: RegistrationValues, t: (key: string) => string): Partial<Record<keyof RegistrationValues, string>> {
  return validatePerson(values, t, REGISTRATION_TEXTS);
}

export function toRegistrationInput(values: RegistrationValues) {
  return { ...toPersonInput(values), category: values.category };
}
