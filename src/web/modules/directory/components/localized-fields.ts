import type { FormErrors } from "@mantine/form";
import type { TLanguage } from "../../../../contracts/common";
import { UI_LANGUAGES } from "../../../i18n/languages";

/** The part of a Mantine form that a multi-language field reads and writes. */
type LocalizedForm<Field extends string> = {
  values: Record<Field, Record<TLanguage, string>>;
  errors: FormErrors;
  setFieldValue: (path: string, value: string) => void;
  clearFieldError: (path: string) => void;
};

/** Picks "name.en", "name.ru"… out of a form's errors for one multi-language field. */
function languageErrorsOf(errors: FormErrors, field: string): Partial<Record<TLanguage, React.ReactNode>> {
  const result: Partial<Record<TLanguage, React.ReactNode>> = {};
  for (const language of UI_LANGUAGES) {
    const error = errors[`${field}.${language}`];
    if (error) result[language] = error;
  }
  return result;
}

/**
 * For a form, a function that gives one multi-language field's value, change handler and errors,
 * as `MultiLanguageInput` takes them. `Field` names the form's multi-language fields.
 */
export function localizedFields<Field extends string>(form: LocalizedForm<Field>) {
  return (field: Field) => ({
    value: form.values[field],
    onChange: (language: TLanguage, text: string) => {
      form.setFieldValue(`${field}.${language}`, text);
      // Writing any language answers "fill in at least one language".
      form.clearFieldError(field);
    },
    error: form.errors[field],
    languageErrors: languageErrorsOf(form.errors, field),
  });
}
