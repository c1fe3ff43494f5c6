import type { TLanguage } from "../../../../contracts/common";

/** Who a badge is for: what the visitor, organiser and exhibitor forms all ask. */
export type PersonValues = {
  fullName: string;
  email: string;
  organizationName: string;
  jobTitle: string;
  country: string | null;
  language: TLanguage;
};
export type PersonField = keyof PersonValues;

/** Translation keys of a person form's labels and messages: visitors and organisers are addressed in different words. */
export type PersonTexts = Record<PersonField | "fullNameRequired" | "emailInvalid", string>;

/** The registration form's words; exhibitors adding their staff see the same. */
export const REGISTRATION_TEXTS: PersonTexts = {
  fullName: "registration.form.fullName",
  email: "registration.form.email",
  organizationName: "registration.form.organization",
  jobTitle: "registration.form.jobTitle",
  country: "registration.form.country",
  language: "registration.form.language",
  fullNameRequired: "registration.form.fullNameRequired",
  emailInvalid: "registration.form.emailInvalid",
};

/** The organisers' own screen for adding a visitor. */
export const ORGANISER_TEXTS: PersonTexts = {
  fullName: "registrationsAdmin.add.fullName",
  email: "registrationsAdmin.add.email",
  organizationName: "registrationsAdmin.add.organization",
  jobTitle: "registrationsAdmin.add.jobTitle",
  country: "registrationsAdmin.add.country",
  language: "registrationsAdmin.add.language",
  fullNameRequired: "registrationsAdmin.add.fullNameRequired",
  emailInvalid: "registrationsAdmin.add.emailInvalid",
};

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

export function validatePerson(values: PersonValues, t: (key: string) => string, texts: PersonTexts): Partial<Record<PersonField, string>> {
  const errors: Partial<Record<PersonField, string>> = {};
  if (values.fullName.trim().length < 2) errors.fullName = t(texts.fullNameRequired);
  if (!EMAIL.test(values.email.trim())) errors.email = t(texts.emailInvalid);
  if (!values.country) errors.country = t("validation.required");
  return errors;
}

export function toPersonInput(values: PersonValues) {
  return {
    fullName: values.fullName.trim(),
    email: values.email.trim(),
    organizationName: values.organizationName.trim() || null,
    jobTitle: values.jobTitle.trim() || null,
    country: values.country ?? "",
    language: values.language,
  };
}
