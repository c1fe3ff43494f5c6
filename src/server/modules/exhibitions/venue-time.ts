/** The calendar date an instant falls on at the venue (forum dates are venue-local). */
export function venueDateOf(instant: Date, timeZone: string): string {
  // en-CA formats as YYYY-MM-DD.
  return new Intl.DateTimeFormat("en-CA", { timeZone, year: "numeric", month: "2-digit", day: "2-digit" }).format(instant);
}

/** Today at the venue, so "upcoming" does not flip at the server's midnight. */
export const venueToday = (timeZone = "UTC", now = new Date()) => venueDateOf(now, timeZone);

/** Whole days from one venue date to another, counting both (a 9–11 July forum has 3). */
export function daysBetween(first: string, last: string): number {
  return Math.round((Date.parse(`${last}T00:00:00Z`) - Date.parse(`${first}T00:00:00Z`)) / 86_400_000) + 1;
}
