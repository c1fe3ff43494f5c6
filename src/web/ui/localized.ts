import type { TLanguage, TLocalizedText } from "../../contracts/common";

const FALLBACK: readonly TLanguage[] = ["en", "ru", "tg", "ky"];
// Readers of Tajik and Kyrgyz nearly all read Russian, far fewer English; English readers the reverse.
const FALLBACK_FOR: Record<TLanguage, readonly TLanguage[]> = {
  en: FALLBACK,
  ru: ["ru", "en", "tg", "ky"],
  tg: ["ru", "en", "ky"],
  ky: ["ru", "en", "tg"],
};

/** Text in the reader's language, else the first written in the languages they most likely read. */
export function pickLocalized(text: TLocalizedText | null | undefined, language: TLanguage): string {
  if (!text) return "";
  const own = text[language]?.trim();
  if (own) return own;
  for (const candidate of FALLBACK_FOR[language]) {
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
