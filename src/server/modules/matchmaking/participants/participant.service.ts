import type { z } from "zod";
import type { TParticipant, TParticipantCategory, ZParticipantJoin, ZParticipantQuery } from "../../../../contracts/matchmaking";
import type { SessionUser } from "../../../platform/auth";
import type { AppContext } from "../../../platform/context";
import { decodeCursor, pageOf } from "../../../platform/cursor";
import { type Db, inTransaction } from "../../../platform/db";
import { AppError, forbidden, invalid, notFound } from "../../../platform/errors";
import { queryWords, requireOrganizationRole, resolveQuery } from "../../directory";
import { loadVisibleForum, requireForumManager } from "../../exhibitions";
import { requireParticipantActor } from "../access";
import { slotStartingAt } from "../meeting-slots";
import { loadMatchmakingSettings } from "../settings/settings.service";
import * as repo from "./participant.repository";
import { describeParticipants, toParticipant } from "./participant.views";

type Ctx = Pick<AppContext, "database">;

/**
 * Approved exhibitors take part without joining: they are added (idempotently) before anything
 * reads the participants, so an approval made a moment ago is already there.
 */
export async function syncExhibitorParticipants(db: Db, forumId: string): Promise<void> {
  await repo.syncExhibitors(db, forumId);
}

export async function listParticipants(ctx: Ctx, viewer: SessionUser | null, forumId: string, query: z.output<typeof ZParticipantQuery>) {
  const db = ctx.database.db;
  await loadVisibleForum(db, forumId, viewer);
  await syncExhibitorParticipants(db, forumId);
  const offset = decodeCursor(query.cursor);
  const resolved = await resolveQuery(db, queryWords(query.q ?? ""));
  if (!resolved) return pageOf<TParticipant>([], offset, 0);
  const { rows, total } = await repo.listParticipants(db, forumId, {
    query: resolved,
    category: query.category,
    country: query.country,
    offset,
    limit: query.limit,
  });
  return pageOf(rows.map(toParticipant), offset, total);
}

async function participantView(db: Db, forumId: string, organizationId: string): Promise<TParticipant> {
  const view = (await describeParticipants(db, forumId, [organizationId])).get(organizationId);
  if (!view) throw notFound("Participant");
  return view;
}

const notAnExhibitor = () =>
  invalid("category", "Only organisations with an approved exhibitor application in this forum take part as exhibitors", "not_an_exhibitor", 409);

/**
 * An organisation's admins join it as a buyer, investor or trade visitor; exhibitors come from
 * their approved application; officials and anyone else are added by the forum's organisers.
 */
export async function joinMatchmaking(ctx: Ctx, actor: SessionUser, forumId: string, input: z.output<typeof ZParticipantJoin>) {
  const db = ctx.database.db;
  const { access } = await loadVisibleForum(db, forumId, actor);
  if (!access.manage) {
    await requireOrganizationRole(db, actor, input.organizationId, "admin");
    if (input.category === "official") throw forbidden("Only the forum's organisers may add officials");
  } else if (!(await repo.organizationExists(db, input.organizationId))) {
    throw notFound("Organisation");
  }
  if (input.category === "exhibitor" && !(await repo.hasApprovedApplication(db, forumId, input.organizationId))) throw notAnExhibitor();
  if (!(await repo.insertParticipant(db, { forumId, organizationId: input.organizationId, category: input.category }))) {
    throw invalid("organizationId", "This organisation already takes part in the forum's matchmaking", "already_participant", 409);
  }
  return participantView(db, forumId, input.organizationId);
}

export async function changeCategory(ctx: Ctx, actor: SessionUser, forumId: string, organizationId: string, category: TParticipantCategory) {
  const db = ctx.database.db;
  await requireForumManager(db, forumId, actor);
  await syncExhibitorParticipants(db, forumId);
  if (!(await repo.findParticipant(db, forumId, organizationId))) throw notFound("Participant");
  if (category === "exhibitor" && !(await repo.hasApprovedApplication(db, forumId, organizationId))) throw notAnExhibitor();
  await repo.updateCategory(db, forumId, organizationId, category);
  return participantView(db, forumId, organizationId);
}

/**
 * Leaving takes the organisation's requests, free slots and dismissals with it, so no list shows
 * a company that no longer takes part. Refused while it has meetings, and for exhibitors, whom
 * their approved application would add back at once.
 */
export async function leaveMatchmaking(ctx: Ctx, actor: SessionUser, forumId: string, organizationId: string) {
  const db = ctx.database.db;
  const { access } = await loadVisibleForum(db, forumId, actor);
  if (!access.manage) await requireOrganizationRole(db, actor, organizationId, "admin");
  if (await repo.hasApprovedApplication(db, forumId, organizationId)) {
    throw new AppError("exhibitor_participant", 409, "Exhibitors take part through their approved application and cannot leave");
  }
  await inTransaction(db, async (tx) => {
    if ((await repo.lockParticipants(tx, forumId, [organizationId])).length === 0) throw notFound("Participant");
    const meetings = await repo.countLiveMeetings(tx, forumId, organizationId);
    if (meetings > 0) throw new AppError("has_meetings", 409, `The organisation has ${meetings} accepted meeting(s) here; cancel them first`);
    await repo.deleteParticipant(tx, forumId, organizationId);
  });
}

const unavailabilityOf = async (db: Db, forumId: string, organizationId: string) => ({
  slots: (await repo.listUnavailability(db, forumId, organizationId)).map((at) => at.toISOString()),
});

export async function getUnavailability(ctx: Ctx, actor: SessionUser, forumId: string, organizationId: string) {
  const db = ctx.database.db;
  await syncExhibitorParticipants(db, forumId);
  await requireParticipantActor(db, actor, forumId, organizationId);
  return unavailabilityOf(db, forumId, organizationId);
}

/** Every slot named must be one of the forum's meeting slots; the list replaces the stored one. */
export async function setUnavailability(ctx: Ctx, actor: SessionUser, forumId: string, organizationId: string, slots: string[]) {
  const db = ctx.database.db;
  await syncExhibitorParticipants(db, forumId);
  const { forum } = await requireParticipantActor(db, actor, forumId, organizationId);
  const { slots: forumSlots } = await loadMatchmakingSettings(db, forum);
  const starts = slots.map((at, i) => {
    const slot = slotStartingAt(forumSlots, at);
    if (!slot) throw invalid(`slots.${i}`, "Not one of the forum's meeting slots");
    return slot.startsAt;
  });
  await repo.replaceUnavailability(
    db,
    forumId,
    organizationId,
    [...new Set(starts)].map((at) => new Date(at)),
  );
  return unavailabilityOf(db, forumId, organizationId);
}
