import { and, asc, count, desc, eq, gte, inArray, lt, or, sql } from "drizzle-orm";
import type { Db } from "../../../platform/db";
import { member, organization } from "../../directory";
import { booth, exhibitorApplication, forum, programmeSession } from "../schema";

export type ForumRow = typeof forum.$inferSelect;
export type SessionRow = typeof programmeSession.$inferSelect;

export async function findForumRow(db: Db, id: string): Promise<ForumRow | undefined> {
  const [row] = await db.select().from(forum).where(eq(forum.id, id));
  return row;
}

/**
 * Locks the forum row until the transaction ends, so writes that first check the forum's other
 * rows (a room free at that time) take turns. "No key update" leaves rows referencing the forum
 * (registrations, scans) free to be inserted meanwhile.
 */
export async function lockForum(db: Db, id: string): Promise<void> {
  await db.select({ id: forum.id }).from(forum).where(eq(forum.id, id)).for("no key update");
}

export async function insertForum(db: Db, row: typeof forum.$inferInsert): Promise<ForumRow> {
  const [inserted] = await db.insert(forum).values(row).returning();
  return inserted;
}

export async function updateForum(db: Db, id: string, values: Partial<typeof forum.$inferInsert>): Promise<ForumRow> {
  const [updated] = await db
    .update(forum)
    .set({ ...values, updatedAt: new Date() })
    .where(eq(forum.id, id))
    .returning();
  return updated;
}

export async function deleteForum(db: Db, id: string) {
  await db.delete(forum).where(eq(forum.id, id));
}

export type ForumListFilter = {
  today: string;
  when: "upcoming" | "past" | "all";
  organizerIds: string[] | null;
  draftsOf: string[] | "all";
  offset: number;
  limit: number;
};

/** Published forums, plus drafts of the organisations the viewer organises; soonest upcoming first. */
export async function listForums(db: Db, filter: ForumListFilter) {
  const visible =
    filter.draftsOf === "all"
      ? undefined
      : filter.draftsOf.length > 0
        ? or(eq(forum.status, "published"), inArray(forum.organizerOrganizationId, filter.draftsOf))
        : eq(forum.status, "published");
  const when = filter.when === "upcoming" ? gte(forum.endsOn, filter.today) : filter.when === "past" ? lt(forum.endsOn, filter.today) : undefined;
  const mine = filter.organizerIds ? inArray(forum.organizerOrganizationId, filter.organizerIds.length ? filter.organizerIds : ["-"]) : undefined;
  const where = and(visible, when, mine);
  const [rows, [{ total }]] = await Promise.all([
    db
      .select()
      .from(forum)
      .where(where)
      .orderBy(filter.when === "past" ? desc(forum.startsOn) : asc(forum.startsOn), asc(forum.id))
      .offset(filter.offset)
      .limit(filter.limit),
    db.select({ total: count() }).from(forum).where(where),
  ]);
  return { rows, total };
}

export async function findOrganizerNames(db: Db, ids: string[]) {
  if (ids.length === 0) return [];
  return db
    .select({ id: organization.id, name: organization.legalName, country: organization.country })
    .from(organization)
    .where(inArray(organization.id, ids));
}

/** The user's role in each organisation they belong to. */
export async function findMembershipRoles(db: Db, userId: string): Promise<Map<string, string>> {
  const rows = await db.select({ organizationId: member.organizationId, role: member.role }).from(member).where(eq(member.userId, userId));
  return new Map(rows.map((r) => [r.organizationId, r.role]));
}

export async function countForumFacts(db: Db, forumIds: string[]) {
  if (forumIds.length === 0) return new Map<string, { exhibitors: number; booths: number; freeBooths: number; sessions: number }>();
  const [exhibitors, booths, sessions] = await Promise.all([
    db
      .select({ forumId: exhibitorApplication.forumId, n: count() })
      .from(exhibitorApplication)
      .where(and(inArray(exhibitorApplication.forumId, forumIds), eq(exhibitorApplication.status, "approved")))
      .groupBy(exhibitorApplication.forumId),
    db
      .select({ forumId: booth.forumId, n: count(), free: sql<number>`count(*) filter (where ${booth.applicationId} is null)`.mapWith(Number) })
      .from(booth)
      .where(inArray(booth.forumId, forumIds))
      .groupBy(booth.forumId),
    db
      .select({ forumId: programmeSession.forumId, n: count() })
      .from(programmeSession)
      .where(inArray(programmeSession.forumId, forumIds))
      .groupBy(programmeSession.forumId),
  ]);
  const facts = new Map(forumIds.map((id) => [id, { exhibitors: 0, booths: 0, freeBooths: 0, sessions: 0 }]));
  for (const r of exhibitors) facts.get(r.forumId)!.exhibitors = r.n;
  for (const r of booths) Object.assign(facts.get(r.forumId)!, { booths: r.n, freeBooths: r.free });
  for (const r of sessions) facts.get(r.forumId)!.sessions = r.n;
  return facts;
}

export async function listSessions(db: Db, forumId: string): Promise<SessionRow[]> {
  return db.select().from(programmeSession).where(eq(programmeSession.forumId, forumId)).orderBy(asc(programmeSession.startsAt), asc(programmeSession.room));
}

export async function findSession(db: Db, id: string): Promise<SessionRow | undefined> {
  const [row] = await db.select().from(programmeSession).where(eq(programmeSession.id, id));
  return row;
}

/** Another session in the same room that overlaps [startsAt, endsAt). */
export async function findRoomClash(db: Db, forumId: string, room: string, startsAt: Date, endsAt: Date, exceptId?: string) {
  const [row] = await db
    .select({ id: programmeSession.id, title: programmeSession.title })
    .from(programmeSession)
    .where(
      and(
        eq(programmeSession.forumId, forumId),
        sql`lower(${programmeSession.room}) = lower(${room})`,
        lt(programmeSession.startsAt, endsAt),
        sql`${programmeSession.endsAt} > ${startsAt}`,
        exceptId ? sql`${programmeSession.id} <> ${exceptId}` : undefined,
      ),
    )
    .limit(1);
  return row;
}

export async function insertSession(db: Db, row: typeof programmeSession.$inferInsert): Promise<SessionRow> {
  const [inserted] = await db.insert(programmeSession).values(row).returning();
  return inserted;
}

export async function updateSession(db: Db, id: string, values: Partial<typeof programmeSession.$inferInsert>): Promise<SessionRow> {
  const [updated] = await db.update(programmeSession).set(values).where(eq(programmeSession.id, id)).returning();
  return updated;
}

export async function deleteSession(db: Db, id: string) {
  await db.delete(programmeSession).where(eq(programmeSession.id, id));
}
