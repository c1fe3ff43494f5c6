import { useCallback } from "react";
import { dateTimeFormat } from "../../../../ui/format";
import { useLanguage } from "../../../../ui/useLanguage";
import { formatAtVenue } from "../venue-time";

/** An hour bucket ("2031-07-09T10:00:00+05:00") as the venue's clock shows it; the day too when it is not the first. */
export function useVenueHour(timeZone: string) {
  const language = useLanguage();
  return useCallback(
    (hour: string) => {
      const date = new Date(hour);
      if (Number.isNaN(date.getTime())) return hour;
      return dateTimeFormat(language, { timeZone, weekday: "short", hour: "2-digit", minute: "2-digit", hourCycle: "h23" }).format(date);
    },
    [language, timeZone],
  );
}

/** A venue date (YYYY-MM-DD) as a short day label. */
export function useVenueDay() {
  const language = useLanguage();
  return useCallback(
    (day: string) => dateTimeFormat(language, { timeZone: "UTC", day: "numeric", month: "short" }).format(new Date(`${day}T00:00:00Z`)),
    [language],
  );
}

/** The venue's clock time of an instant, to the second: when the figures were counted. */
export function useVenueClock(timeZone: string) {
  const language = useLanguage();
  return (iso: string) => formatAtVenue(iso, timeZone, language, { hour: "2-digit", minute: "2-digit", second: "2-digit", hourCycle: "h23" });
}
