import type { z } from "zod";
import type { TMatchmakingSettings, TMeeting, TParticipant, ZSpotMeetingInput } from "../../../../contracts/matchmaking";
import type { SessionUser } from "../../../platform/auth";
import type { AppContext } from "../../../platform/context";
import { inTransaction } from "../../../platform/db";
import { AppError, type FieldError, forbidden, validationFailed } from "../../../platform/errors";
import { pickText } from "../../../platform/i18n";
import { newId } from "../../../platform/ids";
import { loadVisibleForum } from "../../exhibitions";
import { slotStartingAt } from "../meeting-slots";
import { describeParticipants } from "../participants/participant.views";
import { loadMatchmakingSettings } from "../settings/settings.service";
import * as repo from "./meeting.repository";
import { viewMeeting } from "./meeting.service";
import { isMemberOf } from "./meeting-access";
import { slotConflictOf } from "./slot-conflict";

type Ctx = Pick<AppContext, "database">;
type Input = z.output<typeof ZSpotMeetingInput>;

/** Checks that need no lock: who the sides are, the slot, and whether the forum allows the place. */
function inputErrors(input: Input, sides: Map<string, TParticipant>, settings: TMatchmakingSettings): FieldError[] {
  const errors: FieldError[] = [];
  if (input.hostOrganizationId === input.guestOrganizationId)
    errors.push({ field: "guestOrganizationId", message: "A meeting needs two different organisations" });
  for (const field of ["hostOrganizationId", "guestOrganizationId"] as const) {
    if (!sides.has(input[field])) errors.push({ field, message: "This organisation does not take part in the forum's matchmaking" });
  }
  if (!slotStartingAt(settings.slots, input.startsAt)) errors.push({ field: "startsAt", message: "Not the start of one of the forum's meeting slots" });
  if (input.place === "table" && settings.tables === 0) errors.push({ field: "place", message: "The forum has no meeting tables" });
  if (input.place === "booth" && !settings.boothMeetings) errors.push({ field: "place", message: "The forum does not hold meetings at booths" });
  if (input.place === "booth" && settings.boothMeetings && sides.has(input.hostOrganizationId) && !sides.get(input.hostOrganizationId)?.booth) {
    errors.push({ field: "place", message: "The host has no booth to meet at" });
  }
  if (input.place === "online" && !settings.onlineMeetings) errors.push({ field: "place", message: "The forum does not hold online meetings" });
  return errors;
}

/** The lowest table number nobody uses in the slot, or null when every table is taken. */
function freeTable(holding: repo.MeetingRow[], tables: number): number | null {
  const used = new Set(holding.flatMap((m) => (m.place === "table" && m.publishedAt && m.tableNumber !== null ? [m.tableNumber] : [])));
  for (let table = 1; table <= tables; table++) if (!used.has(table)) return table;
  return null;
}

/**
 * Books a meeting into a free slot on the day, published at once. Both sides must be free then
 * (no meeting, not marked unavailable); a table meeting takes the lowest free table. If the pair
 * already has an accepted meeting waiting for the schedule, that one is placed instead of a second.
 */
export async function bookSpotMeeting(ctx: Ctx, actor: SessionUser, forumId: string, input: Input): Promise<TMeeting> {
  const db = ctx.database.db;
  const { forum, access } = await loadVisibleForum(db, forumId, actor);
  if (!access.manage && !(await isMemberOf(db, actor, input.hostOrganizationId)) && !(await isMemberOf(db, actor, input.guestOrganizationId))) {
    throw forbidden("Only members of the two sides and the forum's organisers may book a meeting");
  }
  const settings = await loadMatchmakingSettings(db, forum);
  const sides = await describeParticipants(db, forumId, [input.hostOrganizationId, input.guestOrganizationId]);
  const errors = inputErrors(input, sides, settings);
  if (errors.length > 0) throw validationFailed(errors);
  const startsAt = new Date(input.startsAt);
  const nameOf = (id: string) => pickText(sides.get(id)?.name ?? {});

  const booked = await inTransaction(db, async (tx) => {
    await repo.lockForumMatchmaking(tx, forumId);
    const holding = await repo.listMeetingsHolding(tx, forumId, startsAt);
    const conflict = await slotConflictOf(tx, forumId, [input.hostOrganizationId, input.guestOrganizationId], startsAt, holding);
    if (conflict?.reason === "busy") throw new AppError("participant_busy", 409, `${nameOf(conflict.organizationId)} already has a meeting at that time`);
    if (conflict) throw new AppError("participant_unavailable", 409, `${nameOf(conflict.organizationId)} is not available at that time`);
    const tableNumber = input.place === "table" ? freeTable(holding, settings.tables) : null;
    if (input.place === "table" && tableNumber === null) throw new AppError("no_free_table", 409, "Every meeting table is taken at that time");
    const placed = {
      startsAt,
      place: input.place,
      tableNumber,
      boothId: input.place === "booth" ? (sides.get(input.hostOrganizationId)?.booth?.id ?? null) : null,
      publishedAt: new Date(),
    };
    const waiting = await repo.findUnscheduledMeetingOf(tx, forumId, input.hostOrganizationId, input.guestOrganizationId);
    if (waiting) return repo.placeMeeting(tx, waiting.id, placed);
    return repo.insertMeeting(tx, {
      id: newId(),
      forumId,
      requestId: null,
      hostOrganizationId: input.hostOrganizationId,
      guestOrganizationId: input.guestOrganizationId,
      ...placed,
    });
  });
  return viewMeeting(db, forum, booked);
}
