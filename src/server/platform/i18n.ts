import { type TLanguage, type TLocalizedText, ZLanguage } from "../../contracts/common";

// Without a stated language, pick the most widely read text first.
const PREFERENCE: readonly TLanguage[] = ["en", "ru", "tg", "ky"];

/** The text in `language` when written, else in the most widely read language it has. */
export function pickText(text: TLocalizedText, language?: TLanguage): string {
  if (language && text[language]) return text[language] as string;
  return PREFERENCE.map((l) => text[l]).find(Boolean) ?? "";
}

/** A stored or requested language, or `fallback` when it is none of the four we speak. */
export function languageOr(value: unknown, fallback: TLanguage = "en"): TLanguage {
  const parsed = ZLanguage.safeParse(value);
  return parsed.success ? parsed.data : fallback;
}

/** Locale for Intl: runtimes without Tajik or Kyrgyz data format those like Russian. */
export const intlLocale = (language: TLanguage): string => (language === "tg" || language === "ky" ? "ru" : language);
