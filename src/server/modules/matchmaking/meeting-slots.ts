import type { TMeetingSlot } from "../../../contracts/matchmaking";

type Session = { date: string; start: string; end: string };

// Building an Intl formatter costs far more than using one, and slots are computed on every request.
const wallClocks = new Map<string, Intl.DateTimeFormat>();
function wallClockOf(timeZone: string): Intl.DateTimeFormat {
  let format = wallClocks.get(timeZone);
  if (!format) {
    format = new Intl.DateTimeFormat("en-US", {
      timeZone,
      hourCycle: "h23",
      year: "numeric",
      month: "2-digit",
      day: "2-digit",
      hour: "2-digit",
      minute: "2-digit",
    });
    wallClocks.set(timeZone, format);
  }
  return format;
}

/** Minutes east of UTC that a zone's clocks show at an instant (Asia/Dushanbe → 300). */
function offsetMinutesAt(instant: Date, timeZone: string): number {
  const parts = wallClockOf(timeZone).formatToParts(instant);
  const value = (type: string) => Number(parts.find((part) => part.type === type)?.value);
  const wall = Date.UTC(value("year"), value("month") - 1, value("day"), value("hour"), value("minute"));
  return Math.round((wall - Math.floor(instant.getTime() / 60_000) * 60_000) / 60_000);
}

/** The instant a venue clock shows `date time`; two passes settle a daylight-saving change. */
export function venueInstant(date: string, clock: string, timeZone: string): Date {
  const wall = Date.parse(`${date}T${clock}:00Z`);
  let instant = new Date(wall - offsetMinutesAt(new Date(wall), timeZone) * 60_000);
  instant = new Date(wall - offsetMinutesAt(instant, timeZone) * 60_000);
  return instant;
}

/**
 * Every bookable slot of the forum, numbered in time order. Sessions are cut into whole slots of
 * `slotMinutes`; a remainder shorter than a slot is left free rather than offered as a short meeting.
 * Overlapping sessions are the organiser's mistake and are rejected when saved, so they are not merged here.
 */
export function meetingSlotsOf(sessions: readonly Session[], slotMinutes: number, timeZone: string): TMeetingSlot[] {
  const ordered = [...sessions].sort((a, b) => (a.date + a.start).localeCompare(b.date + b.start));
  const slots: TMeetingSlot[] = [];
  ordered.forEach((session, sessionIndex) => {
    const start = venueInstant(session.date, session.start, timeZone).getTime();
    const end = venueInstant(session.date, session.end, timeZone).getTime();
    for (let at = start; at + slotMinutes * 60_000 <= end; at += slotMinutes * 60_000) {
      slots.push({
        index: slots.length,
        session: sessionIndex,
        startsAt: new Date(at).toISOString(),
        endsAt: new Date(at + slotMinutes * 60_000).toISOString(),
      });
    }
  });
  return slots;
}

/** The slot starting at an instant, whatever offset the client wrote it with. */
export function slotStartingAt(slots: readonly TMeetingSlot[], instant: string | Date): TMeetingSlot | undefined {
  const time = new Date(instant).getTime();
  return slots.find((slot) => Date.parse(slot.startsAt) === time);
}
