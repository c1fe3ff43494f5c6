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

/**
 * Locale for Intl on the server, whose ICU has Tajik and Kyrgyz. English is British: "9–11 July"
 * reads naturally across the region, "July 9 – 11" does not.
 */
export const intlLocale = (language: TLanguage): string => (language === "en" ? "en-GB" : language);

const dayFormats = new Map<string, Intl.DateTimeFormat>();

/** A forum's days, "9–11 July 2031", as `locale` writes them (formatters are kept: badge batches ask a thousand times). */
export function formatDateRange(startsOn: string, endsOn: string, locale: string): string {
  let format = dayFormats.get(locale);
  if (!format) {
    format = new Intl.DateTimeFormat(locale, { day: "numeric", month: "long", year: "numeric", timeZone: "UTC" });
    dayFormats.set(locale, format);
  }
  return format.formatRange(new Date(`${startsOn}T00:00:00Z`), new Date(`${endsOn}T00:00:00Z`));
}
