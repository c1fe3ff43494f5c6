import { and, desc, eq, inArray, isNotNull, ne } from "drizzle-orm";
import type { Db } from "../../../platform/db";
import { organization } from "../../directory";
import { meeting, meetingParticipant, meetingRequest, scheduleRun } from "../schema";

export type ScheduleRunRow = typeof scheduleRun.$inferSelect;
export type StoredAssignment = ScheduleRunRow["assignments"][number];
export type MeetingRow = typeof meeting.$inferSelect;

export async function insertRun(db: Db, row: typeof scheduleRun.$inferInsert): Promise<ScheduleRunRow> {
  const [inserted] = await db.insert(scheduleRun).values(row).returning();
  return inserted;
}

export async function findRun(db: Db, id: string): Promise<ScheduleRunRow | undefined> {
  const [row] = await db.select().from(scheduleRun).where(eq(scheduleRun.id, id));
  return row;
}

/** The run row, locked until the transaction ends: two publishes of one draft take turns. */
export async function lockRun(db: Db, id: string): Promise<ScheduleRunRow | undefined> {
  const [row] = await db.select().from(scheduleRun).where(eq(scheduleRun.id, id)).for("update");
  return row;
}

export async function findLatestRun(db: Db, forumId: string): Promise<ScheduleRunRow | undefined> {
  const [row] = await db.select().from(scheduleRun).where(eq(scheduleRun.forumId, forumId)).orderBy(desc(scheduleRun.createdAt), desc(scheduleRun.id)).limit(1);
  return row;
}

export async function updateRun(db: Db, id: string, values: Partial<Pick<ScheduleRunRow, "status" | "jobId" | "assignments" | "review" | "publishedAt">>) {
  await db.update(scheduleRun).set(values).where(eq(scheduleRun.id, id));
}

/** Once one draft is published, the others describe a schedule that will never be. */
export async function discardOtherDrafts(db: Db, forumId: string, keptId: string) {
  await db
    .update(scheduleRun)
    .set({ status: "discarded" })
    .where(and(eq(scheduleRun.forumId, forumId), ne(scheduleRun.id, keptId), eq(scheduleRun.status, "draft")));
}

/** Accepted meetings that still stand, with what the scheduler weighs them by. */
export async function listLiveMeetings(db: Db, forumId: string) {
  return db
    .select({
      meeting,
      request: { mutual: meetingRequest.mutual, priority: meetingRequest.priority, createdAt: meetingRequest.createdAt },
    })
    .from(meeting)
    .leftJoin(meetingRequest, eq(meetingRequest.id, meeting.requestId))
    .where(and(eq(meeting.forumId, forumId), ne(meeting.attendance, "cancelled")))
    .orderBy(meeting.createdAt, meeting.id);
}

/** Live meetings locked for update, so that publishing writes over exactly what it compared. */
export async function lockLiveMeetings(db: Db, forumId: string) {
  return db
    .select()
    .from(meeting)
    .where(and(eq(meeting.forumId, forumId), ne(meeting.attendance, "cancelled")))
    .orderBy(meeting.id)
    .for("update");
}

export async function setMeetingSchedule(db: Db, id: string, values: { startsAt: Date | null; tableNumber: number | null; publishedAt: Date | null }) {
  await db
    .update(meeting)
    .set({ ...values, updatedAt: new Date() })
    .where(eq(meeting.id, id));
}

export type NamedOrganization = { id: string; name: Record<string, string> };

export async function listParticipantNames(db: Db, forumId: string): Promise<NamedOrganization[]> {
  return db
    .select({ id: organization.id, name: organization.legalName })
    .from(meetingParticipant)
    .innerJoin(organization, eq(organization.id, meetingParticipant.organizationId))
    .where(eq(meetingParticipant.forumId, forumId));
}

export async function listOrganizationNames(db: Db, ids: string[]): Promise<NamedOrganization[]> {
  if (ids.length === 0) return [];
  return db.select({ id: organization.id, name: organization.legalName }).from(organization).where(inArray(organization.id, ids));
}

export async function listMeetingSides(db: Db, meetingIds: string[]) {
  if (meetingIds.length === 0) return [];
  return db
    .select({ id: meeting.id, hostOrganizationId: meeting.hostOrganizationId, guestOrganizationId: meeting.guestOrganizationId })
    .from(meeting)
    .where(inArray(meeting.id, meetingIds));
}

/** Meetings with a published time that still stand, in time order. */
export async function listPublishedMeetings(db: Db, forumId: string) {
  return db
    .select({ id: meeting.id, hostOrganizationId: meeting.hostOrganizationId, guestOrganizationId: meeting.guestOrganizationId, startsAt: meeting.startsAt })
    .from(meeting)
    .where(and(eq(meeting.forumId, forumId), ne(meeting.attendance, "cancelled"), isNotNull(meeting.publishedAt), isNotNull(meeting.startsAt)))
    .orderBy(meeting.startsAt, meeting.id);
}
