import { offsetMinutesAt } from "../zone-clock";

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
