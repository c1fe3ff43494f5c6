import { and, asc, eq, inArray, sql } from "drizzle-orm";
import type { Db } from "../../../platform/db";
import { matchesAll, organization, type ResolvedQuery } from "../../directory";
import { booth, exhibitorApplication, forum, hall } from "../../exhibitions";
import { cooperationProfile, meeting, meetingParticipant, meetingRequest, participantUnavailability, recommendationDismissal } from "../schema";

export type ParticipantRow = typeof meetingParticipant.$inferSelect;

export async function findParticipant(db: Db, forumId: string, organizationId: string): Promise<ParticipantRow | undefined> {
  const [row] = await db
    .select()
    .from(meetingParticipant)
    .where(and(eq(meetingParticipant.forumId, forumId), eq(meetingParticipant.organizationId, organizationId)));
  return row;
}

/**
 * Locks the participants' rows until the transaction ends, always in id order so two
 * transactions locking the same pair cannot deadlock. Requests to an organisation, answers to
 * them and leaving all take this lock, so a receive cap is counted by one writer at a time.
 */
export async function lockParticipants(db: Db, forumId: string, organizationIds: string[]): Promise<ParticipantRow[]> {
  const rows: ParticipantRow[] = [];
  for (const organizationId of [...new Set(organizationIds)].sort()) {
    const [row] = await db
      .select()
      .from(meetingParticipant)
      .where(and(eq(meetingParticipant.forumId, forumId), eq(meetingParticipant.organizationId, organizationId)))
      .for("update");
    if (row) rows.push(row);
  }
  return rows;
}

/** Every approved exhibitor of the forum takes part as an exhibitor; a second run adds nothing. */
export async function syncExhibitors(db: Db, forumId: string): Promise<void> {
  await db.execute(sql`
    insert into ${meetingParticipant} (forum_id, organization_id, category)
    select ${exhibitorApplication.forumId}, ${exhibitorApplication.organizationId}, 'exhibitor'
    from ${exhibitorApplication}
    where ${exhibitorApplication.forumId} = ${forumId} and ${exhibitorApplication.status} = 'approved'
    on conflict do nothing`);
}

/**
 * The published forums an organisation takes part in, or will as soon as its approved exhibitor
 * application is synced: the places where it can be asked for a meeting.
 */
export async function findPublishedForumsOf(db: Db, organizationId: string) {
  const taking = db.select({ id: meetingParticipant.forumId }).from(meetingParticipant).where(eq(meetingParticipant.organizationId, organizationId));
  const exhibiting = db
    .select({ id: exhibitorApplication.forumId })
    .from(exhibitorApplication)
    .where(and(eq(exhibitorApplication.organizationId, organizationId), eq(exhibitorApplication.status, "approved")));
  return db
    .select()
    .from(forum)
    .where(and(eq(forum.status, "published"), sql`${forum.id} in (${taking} union ${exhibiting})`))
    .orderBy(asc(forum.startsOn), asc(forum.id));
}

export async function hasApprovedApplication(db: Db, forumId: string, organizationId: string): Promise<boolean> {
  const rows = await db
    .select({ id: exhibitorApplication.id })
    .from(exhibitorApplication)
    .where(
      and(eq(exhibitorApplication.forumId, forumId), eq(exhibitorApplication.organizationId, organizationId), eq(exhibitorApplication.status, "approved")),
    );
  return rows.length > 0;
}

export async function organizationExists(db: Db, organizationId: string): Promise<boolean> {
  return (await db.select({ id: organization.id }).from(organization).where(eq(organization.id, organizationId))).length > 0;
}

export async function insertParticipant(db: Db, row: typeof meetingParticipant.$inferInsert): Promise<boolean> {
  const inserted = await db.insert(meetingParticipant).values(row).onConflictDoNothing().returning({ id: meetingParticipant.organizationId });
  return inserted.length === 1;
}

export async function updateCategory(db: Db, forumId: string, organizationId: string, category: string) {
  await db
    .update(meetingParticipant)
    .set({ category })
    .where(and(eq(meetingParticipant.forumId, forumId), eq(meetingParticipant.organizationId, organizationId)));
}

/** Meetings the organisation still has in the forum (planned, held or missed; cancelled ones do not count). */
export async function countLiveMeetings(db: Db, forumId: string, organizationId: string): Promise<number> {
  const [{ n }] = await db
    .select({ n: sql<number>`count(*)::int` })
    .from(meeting)
    .where(
      and(
        eq(meeting.forumId, forumId),
        sql`${organizationId} in (${meeting.hostOrganizationId}, ${meeting.guestOrganizationId})`,
        sql`${meeting.attendance} <> 'cancelled'`,
      ),
    );
  return n;
}

/** Removes the organisation from the forum's matchmaking with its requests, cancelled meetings, free slots and dismissals. */
export async function deleteParticipant(db: Db, forumId: string, organizationId: string) {
  await db.delete(meeting).where(and(eq(meeting.forumId, forumId), sql`${organizationId} in (${meeting.hostOrganizationId}, ${meeting.guestOrganizationId})`));
  await db
    .delete(meetingRequest)
    .where(and(eq(meetingRequest.forumId, forumId), sql`${organizationId} in (${meetingRequest.fromOrganizationId}, ${meetingRequest.toOrganizationId})`));
  await db
    .delete(participantUnavailability)
    .where(and(eq(participantUnavailability.forumId, forumId), eq(participantUnavailability.organizationId, organizationId)));
  await db.delete(recommendationDismissal).where(and(eq(recommendationDismissal.forumId, forumId), eq(recommendationDismissal.organizationId, organizationId)));
  await db.delete(meetingParticipant).where(and(eq(meetingParticipant.forumId, forumId), eq(meetingParticipant.organizationId, organizationId)));
}

// Profiles still valid today; expired ones stay with their owner but are not counted or offered.
export const currentProfile = sql`(${cooperationProfile.validUntil} is null or ${cooperationProfile.validUntil} >= current_date)`;

const participantColumns = {
  organizationId: meetingParticipant.organizationId,
  category: meetingParticipant.category,
  joinedAt: meetingParticipant.joinedAt,
  name: organization.legalName,
  country: organization.country,
  region: organization.region,
  sectors: organization.sectors,
  languages: organization.languages,
  boothId: booth.id,
  boothNumber: booth.number,
  hallName: hall.name,
  profileCount: sql<number>`(select count(*)::int from ${cooperationProfile} where ${cooperationProfile.organizationId} = ${meetingParticipant.organizationId} and ${currentProfile})`,
};

/** Participants with their organisation and, for exhibitors, the booth of their approved application. */
function participantsWithDetails(db: Db) {
  return db
    .select(participantColumns)
    .from(meetingParticipant)
    .innerJoin(organization, eq(organization.id, meetingParticipant.organizationId))
    .leftJoin(
      exhibitorApplication,
      and(
        eq(exhibitorApplication.forumId, meetingParticipant.forumId),
        eq(exhibitorApplication.organizationId, meetingParticipant.organizationId),
        eq(exhibitorApplication.status, "approved"),
      ),
    )
    .leftJoin(booth, eq(booth.applicationId, exhibitorApplication.id))
    .leftJoin(hall, eq(hall.id, booth.hallId));
}

export type ParticipantDetails = Awaited<ReturnType<typeof findParticipantDetails>>[number];

export async function findParticipantDetails(db: Db, forumId: string, organizationIds: string[]) {
  if (organizationIds.length === 0) return [];
  return participantsWithDetails(db).where(and(eq(meetingParticipant.forumId, forumId), inArray(meetingParticipant.organizationId, organizationIds)));
}

export type ParticipantFilter = { query: ResolvedQuery; category?: string; country?: string; offset: number; limit: number };

export async function listParticipants(db: Db, forumId: string, filter: ParticipantFilter) {
  const where = and(
    eq(meetingParticipant.forumId, forumId),
    matchesAll(filter.query, organization.searchWords),
    filter.category ? eq(meetingParticipant.category, filter.category) : undefined,
    filter.country ? eq(organization.country, filter.country) : undefined,
  );
  const rows = await participantsWithDetails(db)
    .where(where)
    .orderBy(asc(organization.nameWords), asc(meetingParticipant.organizationId))
    .offset(filter.offset)
    .limit(filter.limit);
  const [{ total }] = await db
    .select({ total: sql<number>`count(*)::int` })
    .from(meetingParticipant)
    .innerJoin(organization, eq(organization.id, meetingParticipant.organizationId))
    .where(where);
  return { rows, total };
}

export async function listUnavailability(db: Db, forumId: string, organizationId: string): Promise<Date[]> {
  const rows = await db
    .select({ startsAt: participantUnavailability.startsAt })
    .from(participantUnavailability)
    .where(and(eq(participantUnavailability.forumId, forumId), eq(participantUnavailability.organizationId, organizationId)))
    .orderBy(asc(participantUnavailability.startsAt));
  return rows.map((r) => r.startsAt);
}

/** Replaces the organisation's unavailable slots in one transaction. */
export async function replaceUnavailability(db: Db, forumId: string, organizationId: string, startsAt: Date[]) {
  await db.transaction(async (tx) => {
    await tx
      .delete(participantUnavailability)
      .where(and(eq(participantUnavailability.forumId, forumId), eq(participantUnavailability.organizationId, organizationId)));
    if (startsAt.length > 0) await tx.insert(participantUnavailability).values(startsAt.map((at) => ({ forumId, organizationId, startsAt: at })));
  });
}
