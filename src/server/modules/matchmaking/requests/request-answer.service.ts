import type { z } from "zod";
import type {
  TMatchmakingSettings,
  TMeetingPlace,
  TParticipant,
  ZAcceptInput,
  ZDeclineInput,
  ZProposeInput,
  ZRequestPriorityInput,
} from "../../../../contracts/matchmaking";
import type { SessionUser } from "../../../platform/auth";
import type { AppContext } from "../../../platform/context";
import { type Db, inTransaction } from "../../../platform/db";
import { AppError, forbidden, invalid, notFound } from "../../../platform/errors";
import { newId } from "../../../platform/ids";
import { requireOrganizationRole } from "../../directory";
import { loadVisibleForum, requireForumManager } from "../../exhibitions";
import { slotStartingAt } from "../meeting-slots";
import { insertMeeting, updateMeeting } from "../meetings/meeting.repository";
import { slotConflictOf } from "../meetings/slot-conflict";
import { lockParticipants } from "../participants/participant.repository";
import { describeParticipants } from "../participants/participant.views";
import { loadMatchmakingSettings } from "../settings/settings.service";
import * as repo from "./request.repository";
import { describeRequest } from "./request.views";
import { notifyOtherSide } from "./request-notify";

type Ctx = Pick<AppContext, "database" | "mailer" | "config">;
type Side = "from" | "to";

const notPending = (status: string) => new AppError("request_not_pending", 409, `This request is ${status}, no longer waiting for an answer`);
const expired = () => new AppError("request_expired", 409, "This request has expired");
const notYourTurn = () => forbidden("The other organisation answers this request now");

const isMember = (db: Db, actor: SessionUser, organizationId: string) =>
  requireOrganizationRole(db, actor, organizationId, "member").then(
    () => true,
    () => false,
  );

/** The request, its forum and which sides the actor speaks for; the forum's overdue requests are expired first. */
async function loadForAnswer(ctx: Ctx, actor: SessionUser, requestId: string) {
  const db = ctx.database.db;
  const row = await repo.findRequest(db, requestId);
  if (!row) throw notFound("Meeting request");
  const { forum } = await loadVisibleForum(db, row.forumId, actor);
  const sides = new Set<Side>();
  if (await isMember(db, actor, row.fromOrganizationId)) sides.add("from");
  if (await isMember(db, actor, row.toOrganizationId)) sides.add("to");
  if (sides.size === 0) throw forbidden("Only members of the two organisations may answer this request");
  await repo.expireOverdue(db, forum.id);
  return { row, forum, sides };
}

/** Who answers next: the recipient, unless it has proposed a slot, which the requester then accepts or declines. */
const answeringSide = (row: repo.RequestRow): Side => (row.proposedByOrganizationId === row.toOrganizationId ? "from" : "to");

/** Re-reads the request under a row lock (both participants locked first) and refuses it unless it is still pending. */
async function lockPending(tx: Db, row: repo.RequestRow): Promise<repo.RequestRow> {
  await lockParticipants(tx, row.forumId, [row.fromOrganizationId, row.toOrganizationId]);
  const current = await repo.lockRequest(tx, row.id);
  if (!current) throw notFound("Meeting request");
  if (current.status !== "pending") throw notPending(current.status);
  if (current.expiresAt.getTime() <= Date.now()) throw expired();
  return current;
}

/** Exactly one exhibitor between the two hosts the meeting (at its booth); otherwise the recipient hosts. */
function hostOf(from: TParticipant, to: TParticipant): { host: TParticipant; guest: TParticipant } {
  if (from.category === "exhibitor" && to.category !== "exhibitor") return { host: from, guest: to };
  return { host: to, guest: from };
}

function allowedPlaces(settings: TMatchmakingSettings, host: TParticipant): TMeetingPlace[] {
  const places: TMeetingPlace[] = [];
  if (settings.boothMeetings && host.booth) places.push("booth");
  if (settings.tables > 0) places.push("table");
  if (settings.onlineMeetings) places.push("online");
  return places;
}

/** The place asked for when the forum allows it; else the host's booth, a table, or online, in that order. */
function placeOf(settings: TMatchmakingSettings, host: TParticipant, asked: TMeetingPlace | undefined): TMeetingPlace {
  const allowed = allowedPlaces(settings, host);
  if (asked) {
    if (!allowed.includes(asked)) throw invalid("place", `This meeting can take place at: ${allowed.join(", ") || "a table"}`);
    return asked;
  }
  return allowed[0] ?? "table";
}

export async function acceptRequest(ctx: Ctx, actor: SessionUser, requestId: string, input: z.output<typeof ZAcceptInput>) {
  const db = ctx.database.db;
  const { row, forum, sides } = await loadForAnswer(ctx, actor, requestId);
  const settings = await loadMatchmakingSettings(db, forum);
  const participants = await describeParticipants(db, forum.id, [row.fromOrganizationId, row.toOrganizationId]);
  const from = participants.get(row.fromOrganizationId);
  const to = participants.get(row.toOrganizationId);
  if (!from || !to) throw notFound("Participant");
  const { host, guest } = hostOf(from, to);
  const place = placeOf(settings, host, input.place);

  const accepted = await inTransaction(db, async (tx) => {
    const current = await lockPending(tx, row);
    if (!sides.has(answeringSide(current))) throw notYourTurn();
    const agreed = current.proposedByOrganizationId ? current.proposedStartsAt : null;
    if (agreed && (await slotConflictOf(tx, forum.id, [current.fromOrganizationId, current.toOrganizationId], agreed))) {
      throw invalid("proposedStartsAt", "One of the two organisations is no longer free at the proposed time", "slot_taken", 409);
    }
    await insertMeeting(tx, {
      id: newId(),
      forumId: forum.id,
      requestId: current.id,
      hostOrganizationId: host.organizationId,
      guestOrganizationId: guest.organizationId,
      agreedStartsAt: agreed,
      place,
      boothId: place === "booth" ? (host.booth?.id ?? null) : null,
    });
    // Both asked each other: one meeting answers both requests.
    const twin = await repo.findLive(tx, forum.id, current.toOrganizationId, current.fromOrganizationId);
    if (twin?.status === "pending") await repo.updateRequest(tx, twin.id, { status: "accepted", respondedAt: new Date() });
    return repo.updateRequest(tx, current.id, { status: "accepted", respondedAt: new Date() });
  });
  const told = answeringSide(accepted) === "to" ? accepted.fromOrganizationId : accepted.toOrganizationId;
  await notifyOtherSide(ctx, forum, accepted, "accepted", told, { message: input.message ?? null, startsAt: accepted.proposedStartsAt });
  return describeRequest(db, accepted);
}

/** The recipient declines; the requester may decline a slot the recipient proposed, which ends the request too. */
export async function declineRequest(ctx: Ctx, actor: SessionUser, requestId: string, input: z.output<typeof ZDeclineInput>) {
  const { row, forum, sides } = await loadForAnswer(ctx, actor, requestId);
  const declined = await inTransaction(ctx.database.db, async (tx) => {
    const current = await lockPending(tx, row);
    const side: Side | undefined = sides.has("to") ? "to" : answeringSide(current) === "from" && sides.has("from") ? "from" : undefined;
    if (!side) throw forbidden("Only the recipient may decline this request; cancel it instead");
    await clearTwinMutual(tx, current);
    return repo.updateRequest(tx, current.id, { status: "declined", declineReason: input.reason, respondedAt: new Date() });
  });
  const told = sides.has("to") ? declined.fromOrganizationId : declined.toOrganizationId;
  await notifyOtherSide(ctx, forum, declined, "declined", told, { reason: input.reason });
  return describeRequest(ctx.database.db, declined);
}

/** When one of a mutual pair is closed unanswered, the other is no longer mutual. */
async function clearTwinMutual(tx: Db, row: repo.RequestRow) {
  const twin = await repo.findLive(tx, row.forumId, row.toOrganizationId, row.fromOrganizationId);
  if (twin?.status === "pending" && twin.mutual) await repo.updateRequest(tx, twin.id, { mutual: false });
}

/** The recipient proposes a slot free for both; the requester then accepts or declines it. The expiry clock starts again. */
export async function proposeSlot(ctx: Ctx, actor: SessionUser, requestId: string, input: z.output<typeof ZProposeInput>) {
  const db = ctx.database.db;
  const { row, forum, sides } = await loadForAnswer(ctx, actor, requestId);
  if (!sides.has("to")) throw forbidden("Only the recipient may propose a time; the requester may cancel and ask again");
  const settings = await loadMatchmakingSettings(db, forum);
  const slot = slotStartingAt(settings.slots, input.startsAt);
  if (!slot) throw invalid("startsAt", "Not one of the forum's meeting slots");
  const startsAt = new Date(slot.startsAt);
  const proposed = await inTransaction(db, async (tx) => {
    const current = await lockPending(tx, row);
    if (await slotConflictOf(tx, forum.id, [current.fromOrganizationId, current.toOrganizationId], startsAt)) {
      throw invalid("startsAt", "One of the two organisations is not free at this time", "slot_taken", 409);
    }
    return repo.updateRequest(tx, current.id, {
      proposedStartsAt: startsAt,
      proposedByOrganizationId: current.toOrganizationId,
      expiresAt: new Date(Date.now() + settings.requestExpiryHours * 3_600_000),
    });
  });
  await notifyOtherSide(ctx, forum, proposed, "proposed", proposed.fromOrganizationId, { message: input.message ?? null, startsAt });
  return describeRequest(db, proposed);
}

/** Either side withdraws: a pending request is closed, an accepted one takes its meeting with it. */
export async function cancelRequest(ctx: Ctx, actor: SessionUser, requestId: string) {
  const db = ctx.database.db;
  const { row } = await loadForAnswer(ctx, actor, requestId);
  const cancelled = await inTransaction(db, async (tx) => {
    await lockParticipants(tx, row.forumId, [row.fromOrganizationId, row.toOrganizationId]);
    const current = await repo.lockRequest(tx, row.id);
    if (!current) throw notFound("Meeting request");
    if (current.status !== "pending" && current.status !== "accepted") {
      throw new AppError("request_closed", 409, `This request is already ${current.status}`);
    }
    if (current.status === "accepted") {
      const meetingId = (await repo.meetingIdsOf(tx, [current])).get(current.id);
      if (meetingId) await updateMeeting(tx, meetingId, { attendance: "cancelled" });
      const twin = await repo.findLive(tx, current.forumId, current.toOrganizationId, current.fromOrganizationId);
      if (twin?.status === "accepted") await repo.updateRequest(tx, twin.id, { status: "cancelled", respondedAt: new Date() });
    } else {
      await clearTwinMutual(tx, current);
    }
    return repo.updateRequest(tx, current.id, { status: "cancelled", respondedAt: new Date() });
  });
  return describeRequest(db, cancelled);
}

/** Organisers rank requests for the scheduler (0–9; higher is placed first). */
export async function setPriority(ctx: Ctx, actor: SessionUser, requestId: string, input: z.output<typeof ZRequestPriorityInput>) {
  const db = ctx.database.db;
  const row = await repo.findRequest(db, requestId);
  if (!row) throw notFound("Meeting request");
  await requireForumManager(db, row.forumId, actor);
  return describeRequest(db, await repo.updateRequest(db, row.id, { priority: input.priority }));
}
