// A zone's wall clock, read through one cached Intl formatter per zone: building a formatter costs far
// more than using one, and slots and calendar times are computed on every request.
const formats = new Map<string, Intl.DateTimeFormat>();

function formatOf(timeZone: string): Intl.DateTimeFormat {
  let format = formats.get(timeZone);
  if (!format) {
    format = new Intl.DateTimeFormat("en-US", {
      timeZone,
      hourCycle: "h23",
      year: "numeric",
      month: "2-digit",
      day: "2-digit",
      hour: "2-digit",
      minute: "2-digit",
      second: "2-digit",
    });
    formats.set(timeZone, format);
  }
  return format;
}

/** The wall clock of a zone at an instant, as "YYYYMMDDTHHMMSS" (the iCalendar local form). */
export function wallClockOf(instant: Date, timeZone: string): string {
  const parts = formatOf(timeZone).formatToParts(instant);
  const value = (type: string) => parts.find((part) => part.type === type)?.value ?? "00";
  return `${value("year")}${value("month")}${value("day")}T${value("hour")}${value("minute")}${value("second")}`;
}

/** Minutes east of UTC that a zone's clocks show at an instant (Asia/Dushanbe → 300). */
export function offsetMinutesAt(instant: Date, timeZone: string): number {
  const wall = wallClockOf(instant, timeZone);
  const asUtc = Date.UTC(+wall.slice(0, 4), +wall.slice(4, 6) - 1, +wall.slice(6, 8), +wall.slice(9, 11), +wall.slice(11, 13), +wall.slice(13, 15));
  return Math.round((asUtc - Math.floor(instant.getTime() / 1000) * 1000) / 60_000);
}
