import type { TLanguage } from "../../../../contracts/common";
import { UI_LANGUAGES } from "../../../i18n/languages";

/** Picks "name.en", "name.ru"… out of a form's errors for one multi-language field. */
export function languageErrorsOf(errors: Record<string, React.ReactNode>, field: string): Partial<Record<TLanguage, React.ReactNode>> {
  const result: Partial<Record<TLanguage, React.ReactNode>> = {};
  for (const language of UI_LANGUAGES) {
    const error = errors[`${field}.${language}`];
    if (error) result[language] = error;
  }
  return result;
}
