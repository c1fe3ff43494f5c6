import { useLanguage } from "../../../ui/useLanguage";
import { formatAtVenue, formatDayHeading, formatVenueTime } from "../../exhibitions/components/venue-time";

/** Times of meetings as the venue's clocks show them, in the reader's language. */
export function useVenueClock(timeZone: string) {
  const language = useLanguage();
  const time = (iso: string) => formatVenueTime(iso, timeZone, language);
  return {
    language,
    /** "10:00" */
    time,
    /** "10:00–10:30" */
    range: (startsAt: string, endsAt: string | null) => (endsAt ? `${time(startsAt)}–${time(endsAt)}` : time(startsAt)),
    /** "Wed 9 Jul, 10:00" */
    moment: (iso: string) =>
      formatAtVenue(iso, timeZone, language, { weekday: "short", day: "numeric", month: "short", hour: "2-digit", minute: "2-digit", hourCycle: "h23" }),
    /** "Wednesday, 9 July" of a venue date */
    day: (date: string) => formatDayHeading(date, language),
  };
}
