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

/** A stretch of time with one UTC offset; `from` is when it began (the first one: the range's start). */
export type ZonePeriod = { from: Date; offsetFrom: number; offset: number };

const DAY = 86_400_000;

/**
 * The offsets a zone uses between two instants and when they change: one period for a zone
 * without daylight saving (Asia/Dushanbe, Asia/Bishkek), more where clocks move. Days are
 * scanned, then each change is narrowed to the minute.
 */
export function zonePeriods(timeZone: string, start: Date, end: Date): ZonePeriod[] {
  const first = offsetMinutesAt(start, timeZone);
  const periods: ZonePeriod[] = [{ from: start, offsetFrom: first, offset: first }];
  let before = start.getTime();
  let offset = first;
  for (let at = before + DAY; before < end.getTime(); at += DAY) {
    const probe = Math.min(at, end.getTime());
    const next = offsetMinutesAt(new Date(probe), timeZone);
    if (next !== offset) {
      let low = before;
      let high = probe;
      while (high - low > 60_000) {
        const middle = Math.floor((low + high) / 2 / 60_000) * 60_000;
        if (middle <= low) break;
        if (offsetMinutesAt(new Date(middle), timeZone) === offset) low = middle;
        else high = middle;
      }
      periods.push({ from: new Date(high), offsetFrom: offset, offset: next });
      offset = next;
    }
    before = probe;
  }
  return periods;
}
