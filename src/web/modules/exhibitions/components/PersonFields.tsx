import { TextInput } from "@mantine/core";
import type { UseFormReturnType } from "@mantine/form";
import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { CountrySelect } from "../../directory/components/JurisdictionSelects";
import { BadgeLanguageSelect } from "./BadgeLanguageSelect";
import type { PersonField, PersonTexts, PersonValues } from "./person-values";

const ALL_FIELDS: readonly PersonField[] = ["fullName", "email", "organizationName", "jobTitle", "country", "language"];

type Props = {
  form: UseFormReturnType<PersonValues>;
  texts: PersonTexts;
  /** Which inputs, in order: a form may spread them over steps or put its own between them. */
  fields?: readonly PersonField[];
  hints?: Partial<Record<PersonField, string>>;
  autoFocus?: boolean;
};

/** The inputs for who a badge is for, without a wrapper, so they flow into the form's own grid or stack. */
export function PersonFields({ form, texts, fields = ALL_FIELDS, hints = {}, autoFocus = false }: Props) {
  const { t } = useTranslation();
  const inputs: Record<PersonField, ReactNode> = {
    fullName: (
      <TextInput
        key="fullName"
        label={t(texts.fullName)}
        description={hints.fullName}
        required
        maxLength={120}
        data-autofocus={autoFocus || undefined}
        {...form.getInputProps("fullName")}
      />
    ),
    email: <TextInput key="email" label={t(texts.email)} description={hints.email} type="email" required maxLength={200} {...form.getInputProps("email")} />,
    organizationName: <TextInput key="organizationName" label={t(texts.organizationName)} maxLength={200} {...form.getInputProps("organizationName")} />,
    jobTitle: <TextInput key="jobTitle" label={t(texts.jobTitle)} maxLength={120} {...form.getInputProps("jobTitle")} />,
    country: (
      <CountrySelect
        key="country"
        label={t(texts.country)}
        required
        value={form.values.country}
        onChange={(value) => form.setFieldValue("country", value)}
        error={form.errors.country}
      />
    ),
    language: (
      <BadgeLanguageSelect
        key="language"
        label={t(texts.language)}
        description={hints.language}
        value={form.values.language}
        onChange={(value) => form.setFieldValue("language", value)}
        error={form.errors.language}
      />
    ),
  };
  return <>{fields.map((field) => inputs[field])}</>;
}
