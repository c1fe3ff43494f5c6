import { and, asc, eq, inArray, isNotNull, isNull, or, sql } from "drizzle-orm";
import type { Db } from "../../../platform/db";
import { booth, hall } from "../../exhibitions";
import { matchmakingSettings, meeting, meetingOutcome, participantUnavailability } from "../schema";

export type MeetingRow = typeof meeting.$inferSelect;
export type OutcomeRow = typeof meetingOutcome.$inferSelect;

export async function findMeeting(db: Db, id: string): Promise<MeetingRow | undefined> {
  const [row] = await db.select().from(meeting).where(eq(meeting.id, id));
  return row;
}

/** Meetings of a forum, or of one organisation in it (either side), in time order, unscheduled last. */
export async function listMeetings(db: Db, forumId: string, organizationId?: string): Promise<MeetingRow[]> {
  return db
    .select()
    .from(meeting)
    .where(
      and(
        eq(meeting.forumId, forumId),
        organizationId ? or(eq(meeting.hostOrganizationId, organizationId), eq(meeting.guestOrganizationId, organizationId)) : undefined,
      ),
    )
    .orderBy(sql`${meeting.startsAt} asc nulls last`, asc(meeting.createdAt), asc(meeting.id));
}

export async function listOutcomes(db: Db, meetingIds: string[]): Promise<OutcomeRow[]> {
  if (meetingIds.length === 0) return [];
  return db.select().from(meetingOutcome).where(inArray(meetingOutcome.meetingId, meetingIds)).orderBy(asc(meetingOutcome.recordedAt));
}

export type BoothPlace = { id: string; number: string; hallName: Record<string, string> };

export async function findBooths(db: Db, boothIds: string[]): Promise<BoothPlace[]> {
  if (boothIds.length === 0) return [];
  return db
    .select({ id: booth.id, number: booth.number, hallName: hall.name })
    .from(booth)
    .innerJoin(hall, eq(hall.id, booth.hallId))
    .where(inArray(booth.id, boothIds));
}

export async function updateMeeting(db: Db, id: string, values: Partial<Pick<MeetingRow, "attendance" | "startsAt" | "tableNumber" | "publishedAt">>) {
  const [row] = await db
    .update(meeting)
    .set({ ...values, updatedAt: new Date() })
    .where(eq(meeting.id, id))
    .returning();
  return row;
}

/** One outcome per side: recording again replaces it. */
export async function saveOutcome(db: Db, row: typeof meetingOutcome.$inferInsert) {
  const { meetingId, organizationId, ...values } = row;
  await db
    .insert(meetingOutcome)
    .values(row)
    .onConflictDoUpdate({ target: [meetingOutcome.meetingId, meetingOutcome.organizationId], set: { ...values, recordedAt: new Date() } });
}

export async function insertMeeting(db: Db, row: typeof meeting.$inferInsert): Promise<MeetingRow> {
  const [inserted] = await db.insert(meeting).values(row).returning();
  return inserted;
}

export async function listForumUnavailability(db: Db, forumId: string, organizationIds?: string[]) {
  return db
    .select({ organizationId: participantUnavailability.organizationId, startsAt: participantUnavailability.startsAt })
    .from(participantUnavailability)
    .where(
      and(eq(participantUnavailability.forumId, forumId), organizationIds ? inArray(participantUnavailability.organizationId, organizationIds) : undefined),
    );
}

/**
 * Takes the forum's matchmaking lock until the transaction ends: bookings on the spot take turns
 * per forum, so two desks cannot give away the same table or the same person's slot at once.
 */
export async function lockForumMatchmaking(db: Db, forumId: string): Promise<boolean> {
  const rows = await db.select({ id: matchmakingSettings.forumId }).from(matchmakingSettings).where(eq(matchmakingSettings.forumId, forumId)).for("update");
  return rows.length === 1;
}

/** Live meetings that hold the slot at `startsAt`: published there, or agreed there and waiting for the schedule. */
export async function listMeetingsHolding(db: Db, forumId: string, startsAt: Date) {
  return db
    .select()
    .from(meeting)
    .where(
      and(
        eq(meeting.forumId, forumId),
        sql`${meeting.attendance} <> 'cancelled'`,
        or(and(isNotNull(meeting.publishedAt), eq(meeting.startsAt, startsAt)), and(isNull(meeting.publishedAt), eq(meeting.agreedStartsAt, startsAt))),
      ),
    );
}

/** An accepted meeting of the pair (either way round) that no schedule has placed yet. */
export async function findUnscheduledMeetingOf(db: Db, forumId: string, one: string, other: string): Promise<MeetingRow | undefined> {
  const [row] = await db
    .select()
    .from(meeting)
    .where(
      and(
        eq(meeting.forumId, forumId),
        sql`${meeting.attendance} <> 'cancelled'`,
        isNull(meeting.publishedAt),
        or(
          and(eq(meeting.hostOrganizationId, one), eq(meeting.guestOrganizationId, other)),
          and(eq(meeting.hostOrganizationId, other), eq(meeting.guestOrganizationId, one)),
        ),
      ),
    )
    .orderBy(asc(meeting.createdAt))
    .limit(1);
  return row;
}

export async function isUnavailable(db: Db, forumId: string, organizationId: string, startsAt: Date): Promise<boolean> {
  const rows = await db
    .select({ at: participantUnavailability.startsAt })
    .from(participantUnavailability)
    .where(
      and(
        eq(participantUnavailability.forumId, forumId),
        eq(participantUnavailability.organizationId, organizationId),
        eq(participantUnavailability.startsAt, startsAt),
      ),
    );
  return rows.length > 0;
}

export async function placeMeeting(db: Db, id: string, values: Pick<MeetingRow, "startsAt" | "place" | "tableNumber" | "boothId" | "publishedAt">) {
  const [row] = await db
    .update(meeting)
    .set({ ...values, updatedAt: new Date() })
    .where(eq(meeting.id, id))
    .returning();
  return row;
}
