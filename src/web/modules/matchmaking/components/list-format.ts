import type { TLanguage } from "../../../../contracts/common";

// Browsers often lack Tajik and Kyrgyz list rules; Russian ones read right to those readers.
const LOCALES: Record<TLanguage, string[]> = { en: ["en-GB"], ru: ["ru"], tg: ["tg", "ru"], ky: ["ky", "ru"] };
const formats = new Map<TLanguage, Intl.ListFormat>();

/** "Russian, Tajik and English" in the reader's language. */
export function formatList(items: string[], language: TLanguage): string {
  let format = formats.get(language);
  if (!format) {
    format = new Intl.ListFormat(LOCALES[language], { type: "conjunction", style: "long" });
    formats.set(language, format);
  }
  return format.format(items);
}
