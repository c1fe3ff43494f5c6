import { wallClockOf } from "../zone-clock";
import { type ZonePeriod, zonePeriods } from "./zone-periods";

export type CalendarEvent = {
  /** Stable across feeds, so a calendar app updates the event instead of adding another. */
  uid: string;
  startsAt: Date;
  endsAt: Date;
  summary: string;
  location: string;
  description: string;
  cancelled: boolean;
  url: string | null;
  lastModified: Date;
};

export type AgendaCalendar = {
  name: string;
  timeZone: string;
  /** The stretch the time zone must describe: the forum's days and every event. */
  covers: { start: Date; end: Date };
  events: CalendarEvent[];
  now: Date;
};

const MAX_OCTETS = 75;

/** RFC 5545 §3.3.11: backslash, semicolon, comma and line breaks are escaped in TEXT values. */
export function escapeText(value: string): string {
  return value
    .replace(/\\/g, "\\\\")
    .replace(/;/g, "\\;")
    .replace(/,/g, "\\,")
    .replace(/\r\n|\r|\n/g, "\\n");
}

/** RFC 5545 §3.1: lines longer than 75 octets continue on the next line after a space; UTF-8 characters are never split. */
export function foldLine(line: string): string {
  const lines: string[] = [];
  let current = "";
  let octets = 0;
  for (const char of line) {
    const size = Buffer.byteLength(char, "utf8");
    if (octets + size > MAX_OCTETS) {
      lines.push(current);
      current = " ";
      octets = 1;
    }
    current += char;
    octets += size;
  }
  lines.push(current);
  return lines.join("\r\n");
}

const utcStamp = (instant: Date) => `${instant.toISOString().slice(0, 19).replace(/[-:]/g, "")}Z`;

function offsetText(minutes: number): string {
  const sign = minutes < 0 ? "-" : "+";
  const abs = Math.abs(minutes);
  return `${sign}${String(Math.floor(abs / 60)).padStart(2, "0")}${String(abs % 60).padStart(2, "0")}`;
}

/** The local time a change took effect, written in the offset it changed from (as RFC 5545 wants it). */
const onsetOf = (period: ZonePeriod, index: number) =>
  index === 0 ? "19700101T000000" : utcStamp(new Date(period.from.getTime() + period.offsetFrom * 60_000)).slice(0, 15);

function timeZoneLines(timeZone: string, covers: AgendaCalendar["covers"]): string[] {
  const periods = zonePeriods(timeZone, covers.start, covers.end);
  const standard = Math.min(...periods.map((p) => p.offset));
  const lines = ["BEGIN:VTIMEZONE", `TZID:${timeZone}`];
  periods.forEach((period, index) => {
    const kind = period.offset > standard ? "DAYLIGHT" : "STANDARD";
    lines.push(
      `BEGIN:${kind}`,
      `DTSTART:${onsetOf(period, index)}`,
      `TZOFFSETFROM:${offsetText(period.offsetFrom)}`,
      `TZOFFSETTO:${offsetText(period.offset)}`,
      `TZNAME:${offsetText(period.offset)}`,
      `END:${kind}`,
    );
  });
  lines.push("END:VTIMEZONE");
  return lines;
}

function eventLines(event: CalendarEvent, timeZone: string, now: Date): string[] {
  return [
    "BEGIN:VEVENT",
    `UID:${event.uid}`,
    `DTSTAMP:${utcStamp(now)}`,
    `LAST-MODIFIED:${utcStamp(event.lastModified)}`,
    `DTSTART;TZID=${timeZone}:${wallClockOf(event.startsAt, timeZone)}`,
    `DTEND;TZID=${timeZone}:${wallClockOf(event.endsAt, timeZone)}`,
    `SUMMARY:${escapeText(event.summary)}`,
    `LOCATION:${escapeText(event.location)}`,
    `DESCRIPTION:${escapeText(event.description)}`,
    ...(event.url ? [`URL:${event.url}`] : []),
    `STATUS:${event.cancelled ? "CANCELLED" : "CONFIRMED"}`,
    "TRANSP:OPAQUE",
    "END:VEVENT",
  ];
}

/** An iCalendar feed (RFC 5545) of a participant's meetings, in the venue's time zone. */
export function writeAgendaCalendar(calendar: AgendaCalendar): string {
  const lines = [
    "BEGIN:VCALENDAR",
    "VERSION:2.0",
    "PRODID:-//Hamkori//Meeting agenda//EN",
    "CALSCALE:GREGORIAN",
    "METHOD:PUBLISH",
    `X-WR-CALNAME:${escapeText(calendar.name)}`,
    `X-WR-TIMEZONE:${calendar.timeZone}`,
    ...timeZoneLines(calendar.timeZone, calendar.covers),
    ...calendar.events.flatMap((event) => eventLines(event, calendar.timeZone, calendar.now)),
    "END:VCALENDAR",
  ];
  return `${lines.map(foldLine).join("\r\n")}\r\n`;
}
