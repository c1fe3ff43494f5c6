import type { z } from "zod";
import type { TMeeting, ZAttendanceInput, ZOutcomeInput } from "../../../../contracts/matchmaking";
import type { SessionUser } from "../../../platform/auth";
import type { AppContext } from "../../../platform/context";
import { type Db, inTransaction } from "../../../platform/db";
import { AppError, forbidden, invalid, notFound } from "../../../platform/errors";
import type { ForumRow } from "../../exhibitions";
import { loadMatchmakingSettings } from "../settings/settings.service";
import * as repo from "./meeting.repository";
import { describeMeetings } from "./meeting.view";
import { isMemberOf, isPublished, requireMeetingAccess } from "./meeting-access";

type Ctx = Pick<AppContext, "database">;

export async function viewMeeting(db: Db, forum: Pick<ForumRow, "id" | "timeZone">, row: repo.MeetingRow): Promise<TMeeting> {
  const [meeting] = await describeMeetings(db, forum.id, await loadMatchmakingSettings(db, forum), [row]);
  if (!meeting) throw notFound("Meeting");
  return meeting;
}

export async function getMeeting(ctx: Ctx, actor: SessionUser, meetingId: string): Promise<TMeeting> {
  const { meeting, forum } = await requireMeetingAccess(ctx.database.db, actor, meetingId);
  return viewMeeting(ctx.database.db, forum, meeting);
}

const notScheduled = () => new AppError("meeting_not_scheduled", 409, "This meeting has no published time yet");

/** A cancelled meeting comes back only if its slot and table are still its own: a spot booking may have taken them. */
async function requireSlotStillFree(tx: Db, meeting: repo.MeetingRow) {
  const others = (await repo.listMeetingsHolding(tx, meeting.forumId, meeting.startsAt!)).filter((m) => m.id !== meeting.id);
  const sides = [meeting.hostOrganizationId, meeting.guestOrganizationId];
  if (others.some((m) => sides.includes(m.hostOrganizationId) || sides.includes(m.guestOrganizationId))) {
    throw new AppError("participant_busy", 409, "One of the sides has another meeting at that time now");
  }
  if (meeting.place === "table" && others.some((m) => m.place === "table" && m.publishedAt && m.tableNumber === meeting.tableNumber)) {
    throw new AppError("table_taken", 409, "The meeting's table has been given to another meeting at that time");
  }
}

/** Either side or the meetings desk marks a scheduled meeting held, missed or cancelled (or planned again). */
export async function setAttendance(ctx: Ctx, actor: SessionUser, meetingId: string, input: z.output<typeof ZAttendanceInput>): Promise<TMeeting> {
  const db = ctx.database.db;
  const { meeting, forum } = await requireMeetingAccess(db, actor, meetingId);
  if (!isPublished(meeting)) throw notScheduled();
  const updated = await inTransaction(db, async (tx) => {
    if (meeting.attendance === "cancelled" && input.attendance !== "cancelled") {
      await repo.lockForumMatchmaking(tx, meeting.forumId);
      await requireSlotStillFree(tx, meeting);
    }
    return repo.updateMeeting(tx, meeting.id, { attendance: input.attendance });
  });
  return viewMeeting(db, forum, updated);
}

/**
 * One side says how the meeting went; saying it again replaces what that side said. Only the
 * side's own members speak for it. An outcome means the meeting took place, so a planned one is marked held.
 */
export async function recordOutcome(ctx: Ctx, actor: SessionUser, meetingId: string, input: z.output<typeof ZOutcomeInput>): Promise<TMeeting> {
  const db = ctx.database.db;
  const { meeting, forum } = await requireMeetingAccess(db, actor, meetingId).catch((error: unknown) => {
    if (error instanceof AppError && error.code === "forbidden") throw forbidden("Only members of the meeting's two sides may record its outcome");
    throw error;
  });
  if (!(await isMemberOf(db, actor, input.organizationId))) throw forbidden("Only members of this organisation may record its outcome");
  if (input.organizationId !== meeting.hostOrganizationId && input.organizationId !== meeting.guestOrganizationId) {
    throw invalid("organizationId", "This organisation is not a side of the meeting");
  }
  if (meeting.attendance === "cancelled") throw new AppError("meeting_cancelled", 409, "This meeting was cancelled; it has no outcome");
  if (!isPublished(meeting)) throw notScheduled();
  const saved = await inTransaction(db, async (tx) => {
    await repo.saveOutcome(tx, { meetingId: meeting.id, ...input, recordedBy: actor.id });
    return meeting.attendance === "planned" ? repo.updateMeeting(tx, meeting.id, { attendance: "held" }) : meeting;
  });
  return viewMeeting(db, forum, saved);
}
