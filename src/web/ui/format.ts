import type { TLanguage } from "../../contracts/common";

/** A country's flag as the two regional-indicator letters that platforms draw as a flag. */
export function flagEmoji(countryCode: string): string {
  if (!/^[A-Z]{2}$/.test(countryCode)) return "";
  return String.fromCodePoint(...[...countryCode].map((letter) => 0x1f1e6 + letter.charCodeAt(0) - 65));
}

// Browsers ship fewer locale data for Tajik and Kyrgyz; Russian names read better to those
// readers than English ones when their own are missing. English is British ("9 July"), as the
// region reads it.
const LOCALE_CHAIN: Record<TLanguage, string[]> = { en: ["en-GB"], ru: ["ru"], tg: ["tg", "ru"], ky: ["ky", "ru"] };

// Lists format hundreds of dates and numbers per render; each formatter is made once.
const dateFormats = new Map<string, Intl.DateTimeFormat>();
const numberFormats = new Map<string, Intl.NumberFormat>();

/** A date formatter for the language and options, kept for reuse. Throws on an unknown time zone. */
export function dateTimeFormat(language: TLanguage, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${language}|${JSON.stringify(options)}`;
  let format = dateFormats.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat(LOCALE_CHAIN[language], options);
    dateFormats.set(key, format);
  }
  return format;
}

function numberFormat(language: TLanguage, options: Intl.NumberFormatOptions = {}): Intl.NumberFormat {
  const key = `${language}|${JSON.stringify(options)}`;
  let format = numberFormats.get(key);
  if (!format) {
    format = new Intl.NumberFormat(LOCALE_CHAIN[language], options);
    numberFormats.set(key, format);
  }
  return format;
}

function supportedLocale(language: TLanguage, supported: (locales: string[]) => string[]): string {
  return supported(LOCALE_CHAIN[language])[0] ?? "en";
}

export function formatDate(iso: string, language: TLanguage, withTime = false): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  const options: Intl.DateTimeFormatOptions = withTime ? { dateStyle: "medium", timeStyle: "short" } : { dateStyle: "medium" };
  return dateTimeFormat(language, options).format(date);
}

const listFormats = new Map<TLanguage, Intl.ListFormat>();

/** "Russian, Tajik and English" in the reader's language. */
export function formatList(items: string[], language: TLanguage): string {
  let format = listFormats.get(language);
  if (!format) {
    format = new Intl.ListFormat(LOCALE_CHAIN[language], { type: "conjunction", style: "long" });
    listFormats.set(language, format);
  }
  return format.format(items);
}

export function formatNumber(value: number, language: TLanguage): string {
  return numberFormat(language).format(value);
}

/** Large amounts as people say them: "$77.3M", "77,3 млн $". */
export function formatCompactMoney(amount: number, currency: string, language: TLanguage): string {
  return numberFormat(language, { style: "currency", currency, notation: "compact", maximumFractionDigits: 1 }).format(amount);
}

/** A share as a signed percentage, e.g. growth: "+12.5 %". */
export function formatChange(share: number, language: TLanguage): string {
  return numberFormat(language, { style: "percent", maximumFractionDigits: 1, signDisplay: "exceptZero" }).format(share);
}

export function formatDecimal(value: number, language: TLanguage, digits = 2): string {
  return numberFormat(language, { maximumFractionDigits: digits, minimumFractionDigits: digits }).format(value);
}

export function formatMoney(amount: number, currency: string, language: TLanguage): string {
  try {
    return numberFormat(language, { style: "currency", currency }).format(amount);
  } catch {
    return `${formatNumber(amount, language)} ${currency}`;
  }
}

const displayNameCache = new Map<string, Intl.DisplayNames>();

/** The name of a spoken language (ISO 639-1) in the interface language. */
export function languageName(code: string, language: TLanguage): string {
  const locale = supportedLocale(language, (l) => Intl.DisplayNames.supportedLocalesOf(l));
  let names = displayNameCache.get(locale);
  if (!names) {
    names = new Intl.DisplayNames([locale], { type: "language", fallback: "code" });
    displayNameCache.set(locale, names);
  }
  const name = names.of(code) ?? code;
  // Intl gives lower-case names in Russian; a list of choices reads better capitalised.
  return name.charAt(0).toLocaleUpperCase(locale) + name.slice(1);
}

/** Every ISO 4217 code the browser knows, with the ones our region trades in first. */
export const PREFERRED_CURRENCIES = ["TJS", "KGS", "RUB", "USD", "EUR", "CNY", "KZT", "UZS"];

export function currencyCodes(): string[] {
  const all = typeof Intl.supportedValuesOf === "function" ? Intl.supportedValuesOf("currency") : [];
  return [...PREFERRED_CURRENCIES, ...all.filter((code) => !PREFERRED_CURRENCIES.includes(code))];
}

export function currencyName(code: string, language: TLanguage): string {
  try {
    const locale = supportedLocale(language, (l) => Intl.DisplayNames.supportedLocalesOf(l));
    return new Intl.DisplayNames([locale], { type: "currency" }).of(code) ?? code;
  } catch {
    return code;
  }
}
