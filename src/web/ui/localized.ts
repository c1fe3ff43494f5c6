import type { TLanguage, TLocalizedText } from "../../contracts/common";

const FALLBACK: readonly TLanguage[] = ["en", "ru", "tg", "ky"];

/** Text in the reader's language, else the first of en → ru → tg → ky that was written. */
export function pickLocalized(text: TLocalizedText | null | undefined, language: TLanguage): string {
  if (!text) return "";
  const own = text[language]?.trim();
  if (own) return own;
  for (const candidate of FALLBACK) {
    const value = text[candidate]?.trim();
    if (value) return value;
  }
  return "";
}

/** The short name when there is one, as people say it, else the legal name. */
export function organizationName(org: { shortName?: TLocalizedText; legalName: TLocalizedText }, language: TLanguage): string {
  return pickLocalized(org.shortName, language) || pickLocalized(org.legalName, language);
}

/** Drops blank languages so the API receives only what was written. */
export function compactLocalized(text: TLocalizedText): TLocalizedText {
  const result: TLocalizedText = {};
  for (const language of FALLBACK) {
    const value = text[language]?.trim();
    if (value) result[language] = value;
  }
  return result;
}

/** A form-friendly copy with every language present, so inputs stay controlled. */
export function fullLocalized(text: TLocalizedText | null | undefined): Record<TLanguage, string> {
  return { en: text?.en ?? "", ru: text?.ru ?? "", tg: text?.tg ?? "", ky: text?.ky ?? "" };
}
