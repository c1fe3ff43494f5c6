import type { Db } from "../../../platform/db";
import { isUnavailable, listMeetingsHolding, type MeetingRow } from "./meeting.repository";

export type SlotConflict = { organizationId: string; reason: "busy" | "unavailable" };

/**
 * The first side that cannot meet at `startsAt`: a live meeting already holds the slot for it, or it
 * has said it is unavailable then. `holding` saves the query when the caller has the slot's meetings.
 */
export async function slotConflictOf(
  db: Db,
  forumId: string,
  sides: readonly string[],
  startsAt: Date,
  holding?: readonly MeetingRow[],
): Promise<SlotConflict | undefined> {
  const held = holding ?? (await listMeetingsHolding(db, forumId, startsAt));
  for (const side of sides) {
    if (held.some((m) => m.hostOrganizationId === side || m.guestOrganizationId === side)) return { organizationId: side, reason: "busy" };
    if (await isUnavailable(db, forumId, side, startsAt)) return { organizationId: side, reason: "unavailable" };
  }
  return undefined;
}
