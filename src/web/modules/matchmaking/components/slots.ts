import type { TLocalizedText } from "../../../../contracts/common";
import type { TMeetingSlot } from "../../../../contracts/matchmaking";
import { venueDateOf } from "../../exhibitions/components/venue-time";

type Session = { date: string; start: string; end: string; label?: TLocalizedText };
export type SlotSession = { session: number; start: string; end: string; label: TLocalizedText; slots: TMeetingSlot[] };
export type SlotDay = { date: string; sessions: SlotSession[] };

/** The same instant, whatever offset each side wrote it with ("…T05:00:00Z" and "…T10:00:00+05:00"). */
export const sameInstant = (a: string, b: string) => Date.parse(a) === Date.parse(b);

/** Instants as numbers, to look slots up by their start whatever their offset. */
export const instantSet = (instants: readonly string[]) => new Set(instants.map((instant) => Date.parse(instant)));

/**
 * Slots by venue day, then by session (a morning, an afternoon). The server numbers sessions in
 * date-and-start order, so they are sorted the same way here to find each one's label and hours.
 */
export function groupSlots(slots: readonly TMeetingSlot[], sessions: readonly Session[], timeZone: string): SlotDay[] {
  const ordered = [...sessions].sort((a, b) => (a.date + a.start).localeCompare(b.date + b.start));
  const days = new Map<string, Map<number, SlotSession>>();
  for (const slot of [...slots].sort((a, b) => Date.parse(a.startsAt) - Date.parse(b.startsAt))) {
    const session = ordered[slot.session];
    const date = session?.date ?? venueDateOf(slot.startsAt, timeZone);
    let day = days.get(date);
    if (!day) {
      day = new Map();
      days.set(date, day);
    }
    let group = day.get(slot.session);
    if (!group) {
      group = { session: slot.session, start: session?.start ?? "", end: session?.end ?? "", label: session?.label ?? {}, slots: [] };
      day.set(slot.session, group);
    }
    group.slots.push(slot);
  }
  return [...days]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([date, groups]) => ({ date, sessions: [...groups.values()].sort((a, b) => a.session - b.session) }));
}

/** Slots that have not ended yet: nobody can prefer or propose a time already past. */
export const upcomingSlots = (slots: readonly TMeetingSlot[], now: number) => slots.filter((slot) => Date.parse(slot.endsAt) > now);
