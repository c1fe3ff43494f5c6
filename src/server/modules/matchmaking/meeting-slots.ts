import type { TMeetingSlot } from "../../../contracts/matchmaking";
import { offsetMinutesAt } from "./zone-clock";

type Session = { date: string; start: string; end: string };

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
