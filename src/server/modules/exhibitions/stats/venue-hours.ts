/** "2025-07-09T10:00:00" at +18000 s → "2025-07-09T10:00:00+05:00": the venue's hour as an instant. */
export function venueHourText(localHour: string, offsetSeconds: number): string {
  const minutes = Math.round(offsetSeconds / 60);
  const sign = minutes < 0 ? "-" : "+";
  const abs = Math.abs(minutes);
  return `${localHour}${sign}${String(Math.floor(abs / 60)).padStart(2, "0")}:${String(abs % 60).padStart(2, "0")}`;
}
