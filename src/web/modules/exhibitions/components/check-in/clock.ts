import type { TLanguage } from "../../../../../contracts/common";

// Browsers ship fewer locale data for Tajik and Kyrgyz; Russian formats read better to them than English.
const LOCALES: Record<TLanguage, string[]> = { en: ["en-GB"], ru: ["ru"], tg: ["tg", "ru"], ky: ["ky", "ru"] };

/** HH:MM on the venue's clock, whatever the device's time zone. */
export function formatClock(iso: string, language: TLanguage, timeZone: string | undefined): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  try {
    return new Intl.DateTimeFormat(LOCALES[language], { hour: "2-digit", minute: "2-digit", hourCycle: "h23", timeZone }).format(date);
  } catch {
    return new Intl.DateTimeFormat(LOCALES[language], { hour: "2-digit", minute: "2-digit", hourCycle: "h23" }).format(date);
  }
}

/** Date and time on the venue's clock, for lists that span the forum's days. */
export function formatVenueDateTime(iso: string, language: TLanguage, timeZone: string | undefined): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  try {
    return new Intl.DateTimeFormat(LOCALES[language], { dateStyle: "medium", timeStyle: "short", timeZone }).format(date);
  } catch {
    return new Intl.DateTimeFormat(LOCALES[language], { dateStyle: "medium", timeStyle: "short" }).format(date);
  }
}
