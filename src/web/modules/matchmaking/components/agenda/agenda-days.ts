import type { TLocalizedText } from "../../../../../contracts/common";
import type { TMeeting, TParticipant } from "../../../../../contracts/matchmaking";
import { venueDateOf } from "../../../exhibitions/components/venue-time";

export type AgendaDay<T> = { date: string; items: T[] };

/** Items with a start, by venue calendar day and in time order; those without a start are left out. */
export function groupByVenueDay<T extends { startsAt: string | null }>(items: readonly T[], timeZone: string): AgendaDay<T>[] {
  const days = new Map<string, T[]>();
  const timed = items.filter((item): item is T & { startsAt: string } => !!item.startsAt);
  for (const item of timed.sort((a, b) => Date.parse(a.startsAt) - Date.parse(b.startsAt))) {
    const date = venueDateOf(item.startsAt, timeZone);
    const day = days.get(date);
    if (day) day.push(item);
    else days.set(date, [item]);
  }
  return [...days].sort(([a], [b]) => a.localeCompare(b)).map(([date, dayItems]) => ({ date, items: dayItems }));
}

/** The other side of a meeting, seen from one participant. */
export const counterpartOf = (meeting: Pick<TMeeting, "host" | "guest">, organizationId: string): TParticipant =>
  meeting.host.organizationId === organizationId ? meeting.guest : meeting.host;

/**
 * Where a meeting happens. The server's own words ("Table 12 · Meeting area") come first; without
 * them the place is told from its kind, the table number and the host's booth.
 */
export type PlaceText = { label: TLocalizedText } | { key: string; params: Record<string, string> };

export function placeOf(meeting: Pick<TMeeting, "place" | "tableNumber" | "placeLabel" | "host" | "guest">): PlaceText {
  const label = meeting.placeLabel;
  if (label && Object.values(label).some((text) => text?.trim())) return { label };
  if (meeting.place === "table") {
    return meeting.tableNumber !== null
      ? { key: "matchmaking.where.tableNumber", params: { number: String(meeting.tableNumber) } }
      : { key: "matchmaking.where.table", params: {} };
  }
  if (meeting.place === "booth") {
    const booth = meeting.host.booth ?? meeting.guest.booth;
    return booth ? { key: "matchmaking.where.boothNumber", params: { number: booth.number } } : { key: "matchmaking.where.booth", params: {} };
  }
  return { key: "matchmaking.where.online", params: {} };
}

/**
 * Who hosts a meeting booked on the spot: a booth meeting happens at the host's booth, so the side
 * with a booth hosts it; otherwise the one who books does.
 */
export function spotHostAndGuest(me: TParticipant, counterpart: TParticipant, place: TMeeting["place"]) {
  const swap = place === "booth" && !me.booth && !!counterpart.booth;
  return swap
    ? { hostOrganizationId: counterpart.organizationId, guestOrganizationId: me.organizationId }
    : { hostOrganizationId: me.organizationId, guestOrganizationId: counterpart.organizationId };
}
