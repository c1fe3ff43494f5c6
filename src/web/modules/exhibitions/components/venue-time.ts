import type { TLanguage } from "../../../../contracts/common";
import { dateTimeFormat } from "../../../ui/format";

/** Forum dates are venue calendar dates; formatting them at UTC midnight keeps the day as written. */
const dayOf = (date: string) => new Date(`${date}T00:00:00Z`);

/** "9–11 July 2031" in the reader's language. */
export function formatDateRange(startsOn: string, endsOn: string, language: TLanguage): string {
  const format = dateTimeFormat(language, { day: "numeric", month: "long", year: "numeric", timeZone: "UTC" });
  if (startsOn === endsOn) return format.format(dayOf(startsOn));
  return format.formatRange(dayOf(startsOn), dayOf(endsOn));
}

/** "Wednesday, 9 July" of a venue calendar date; capitalised, as Russian weekdays are not. */
export function formatDayHeading(date: string, language: TLanguage): string {
  const text = dateTimeFormat(language, { weekday: "long", day: "numeric", month: "long", timeZone: "UTC" }).format(dayOf(date));
  return text.charAt(0).toLocaleUpperCase() + text.slice(1);
}

/**
 * An instant on the venue's clock. Without a known zone (a door device that never loaded the
 * forum, a zone this browser lacks) the device's own clock is the best there is.
 */
export function formatAtVenue(iso: string, timeZone: string | undefined, language: TLanguage, options: Intl.DateTimeFormatOptions): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  try {
    return dateTimeFormat(language, { ...options, timeZone }).format(date);
  } catch {
    return dateTimeFormat(language, options).format(date);
  }
}

/** The clock time of an instant at the venue: "10:00". */
export const formatVenueTime = (iso: string, timeZone: string | undefined, language: TLanguage) =>
  formatAtVenue(iso, timeZone, language, { hour: "2-digit", minute: "2-digit", hourCycle: "h23" });

/** Date and time of an instant at the venue, for timestamps such as a check-in. */
export const formatVenueDateTime = (iso: string, timeZone: string | undefined, language: TLanguage) =>
  formatAtVenue(iso, timeZone, language, { dateStyle: "medium", timeStyle: "short" });

const venueDates = new Map<string, Intl.DateTimeFormat>();
const venueDateFormat = (timeZone: string) => {
  let format = venueDates.get(timeZone);
  if (!format) {
    format = new Intl.DateTimeFormat("en-CA", { timeZone, year: "numeric", month: "2-digit", day: "2-digit" });
    venueDates.set(timeZone, format);
  }
  return format;
};

/** The venue calendar date an instant falls on: "2031-07-09". */
export function venueDateOf(iso: string, timeZone: string): string {
  // en-CA formats as YYYY-MM-DD.
  return venueDateFormat(timeZone).format(new Date(iso));
}

/** Minutes the zone is ahead of UTC at an instant. */
export function zoneOffsetMinutes(instant: Date, timeZone: string): number {
  const parts = new Intl.DateTimeFormat("en-US", {
    timeZone,
    hourCycle: "h23",
    year: "numeric",
    month: "2-digit",
    day: "2-digit",
    hour: "2-digit",
    minute: "2-digit",
    second: "2-digit",
  }).formatToParts(instant);
  const get = (type: Intl.DateTimeFormatPartTypes) => Number(parts.find((part) => part.type === type)?.value ?? 0);
  const wall = Date.UTC(get("year"), get("month") - 1, get("day"), get("hour"), get("minute"), get("second"));
  return Math.round((wall - Math.floor(instant.getTime() / 1000) * 1000) / 60_000);
}

/** "+05:00" for an offset in minutes. */
export function offsetText(minutes: number): string {
  const sign = minutes < 0 ? "-" : "+";
  const abs = Math.abs(minutes);
  return `${sign}${String(Math.floor(abs / 60)).padStart(2, "0")}:${String(abs % 60).padStart(2, "0")}`;
}

/** "UTC+05:00": the zone's offset now, to tell zones apart in a list. */
export function zoneLabel(timeZone: string): string {
  try {
    return `${timeZone.replaceAll("_", " ")} (UTC${offsetText(zoneOffsetMinutes(new Date(), timeZone))})`;
  } catch {
    return timeZone;
  }
}

/** An instant as a `datetime-local` input shows it at the venue: "2031-07-09T10:00". */
export function toVenueInput(iso: string, timeZone: string): string {
  const instant = new Date(iso);
  const local = new Date(instant.getTime() + zoneOffsetMinutes(instant, timeZone) * 60_000);
  return local.toISOString().slice(0, 16);
}

/**
 * What an organiser typed as venue clock time ("2031-07-09T10:00") as an instant with the venue's
 * offset ("2031-07-09T10:00:00+05:00"). The offset is looked up twice because it can differ on
 * either side of a daylight-saving change.
 */
export function fromVenueInput(local: string, timeZone: string): string | null {
  if (!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/.test(local)) return null;
  const wall = Date.parse(`${local}:00Z`);
  if (Number.isNaN(wall)) return null;
  let offset = zoneOffsetMinutes(new Date(wall), timeZone);
  offset = zoneOffsetMinutes(new Date(wall - offset * 60_000), timeZone);
  return `${local}:00${offsetText(offset)}`;
}

/** Every IANA zone the browser knows, Central Asia's first. */
export function timeZones(): string[] {
  const preferred = ["Asia/Dushanbe", "Asia/Bishkek", "Europe/Moscow", "Asia/Almaty", "Asia/Tashkent", "UTC"];
  const all = typeof Intl.supportedValuesOf === "function" ? Intl.supportedValuesOf("timeZone") : [];
  return [...preferred, ...all.filter((zone) => !preferred.includes(zone))];
}
