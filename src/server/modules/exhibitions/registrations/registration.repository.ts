import { and, asc, count, desc, eq, ilike, inArray, isNull, or, type SQL, sql } from "drizzle-orm";
import type { Db } from "../../../platform/db";
import { member, organization } from "../../directory";
import { exhibitorApplication, forum, registration } from "../schema";

export type RegistrationRow = typeof registration.$inferSelect;
export type RegistrationInsert = typeof registration.$inferInsert;

import type { ForumRow } from "../forums/forum.repository";

export type { ForumRow };

export async function insertRegistration(db: Db, row: RegistrationInsert): Promise<RegistrationRow> {
  const [inserted] = await db.insert(registration).values(row).returning();
  return inserted;
}

// 1,000 rows of 16 columns stay far below PostgreSQL's 65,535 parameters per statement.
const INSERT_CHUNK = 1000;

/** All or nothing: one transaction for the whole file. */
export async function insertRegistrations(db: Db, rows: RegistrationInsert[]): Promise<void> {
  await db.transaction(async (tx) => {
    for (let i = 0; i < rows.length; i += INSERT_CHUNK) await tx.insert(registration).values(rows.slice(i, i + INSERT_CHUNK));
  });
}

/**
 * Locks the application row while counting its staff, so two colleagues adding people at the
 * same moment cannot pass the limit. Returns null when the limit is reached.
 */
export async function insertStaffWithinLimit(db: Db, row: RegistrationInsert & { applicationId: string }, limit: number): Promise<RegistrationRow | null> {
  return db.transaction(async (tx) => {
    await tx.select({ id: exhibitorApplication.id }).from(exhibitorApplication).where(eq(exhibitorApplication.id, row.applicationId)).for("update");
    const [{ n }] = await tx
      .select({ n: count() })
      .from(registration)
      .where(and(eq(registration.applicationId, row.applicationId), isNull(registration.cancelledAt)));
    if (n >= limit) return null;
    const [inserted] = await tx.insert(registration).values(row).returning();
    return inserted;
  });
}

export async function findRegistration(db: Db, id: string): Promise<{ registration: RegistrationRow; forum: ForumRow } | undefined> {
  const [row] = await db.select({ registration, forum }).from(registration).innerJoin(forum, eq(forum.id, registration.forumId)).where(eq(registration.id, id));
  return row;
}

export async function updateRegistration(db: Db, id: string, values: Partial<RegistrationInsert>): Promise<RegistrationRow> {
  const [row] = await db.update(registration).set(values).where(eq(registration.id, id)).returning();
  return row;
}

export async function deleteRegistration(db: Db, id: string): Promise<void> {
  await db.delete(registration).where(eq(registration.id, id));
}

export type RegistrationFilter = { forumId: string; q: string; code: string | null; category?: string; checkedIn?: boolean; offset: number; limit: number };

const escapeLike = (text: string) => text.replace(/[\\%_]/g, (char) => `\\${char}`);

export async function listForumRegistrations(db: Db, f: RegistrationFilter) {
  const pattern = `%${escapeLike(f.q)}%`;
  const matches: SQL | undefined = f.q
    ? or(
        ilike(registration.fullName, pattern),
        ilike(registration.email, pattern),
        ilike(registration.organizationName, pattern),
        f.code ? eq(registration.badgeCode, f.code) : undefined,
      )
    : undefined;
  const checked = f.checkedIn === undefined ? undefined : f.checkedIn ? sql`${registration.checkedInAt} is not null` : isNull(registration.checkedInAt);
  const rows = await db
    .select({ registration, total: sql<number>`count(*) over()`.mapWith(Number) })
    .from(registration)
    .where(and(eq(registration.forumId, f.forumId), matches, f.category ? eq(registration.category, f.category) : undefined, checked))
    .orderBy(desc(registration.createdAt), asc(registration.id))
    .limit(f.limit)
    .offset(f.offset);
  return { rows: rows.map((r) => r.registration), total: rows[0]?.total ?? 0 };
}

/** Registrations made by the user, or for the address they proved is theirs; newest forum first. */
export async function listPersonRegistrations(db: Db, who: { userId: string; verifiedEmail: string | null }, offset: number, limit: number) {
  const mine = or(eq(registration.userId, who.userId), who.verifiedEmail ? eq(registration.email, who.verifiedEmail) : undefined);
  const rows = await db
    .select({ registration, forum, total: sql<number>`count(*) over()`.mapWith(Number) })
    .from(registration)
    .innerJoin(forum, eq(forum.id, registration.forumId))
    .where(mine)
    .orderBy(desc(forum.startsOn), desc(registration.createdAt), asc(registration.id))
    .limit(limit)
    .offset(offset);
  return { rows, total: rows[0]?.total ?? 0 };
}

// Large enough to keep the statement count low, small enough for any parameter limit.
const LOOKUP_CHUNK = 5000;

export async function findRegisteredEmails(db: Db, forumId: string, emails: string[]): Promise<Set<string>> {
  const found = new Set<string>();
  for (let i = 0; i < emails.length; i += LOOKUP_CHUNK) {
    const rows = await db
      .select({ email: registration.email })
      .from(registration)
      .where(and(eq(registration.forumId, forumId), inArray(registration.email, emails.slice(i, i + LOOKUP_CHUNK))));
    for (const row of rows) found.add(row.email);
  }
  return found;
}

export type BadgeFilter = { category?: string; onlyNotCheckedIn?: boolean };

const badgeWhere = (forumId: string, f: BadgeFilter) =>
  and(
    eq(registration.forumId, forumId),
    isNull(registration.cancelledAt),
    f.category ? eq(registration.category, f.category) : undefined,
    f.onlyNotCheckedIn ? isNull(registration.checkedInAt) : undefined,
  );

export async function countBadges(db: Db, forumId: string, f: BadgeFilter): Promise<number> {
  const [{ n }] = await db.select({ n: count() }).from(registration).where(badgeWhere(forumId, f));
  return n;
}

/** In print order: by category, then alphabetically, as badges are laid out on the desk. */
export async function listBadgeRegistrations(db: Db, forumId: string, f: BadgeFilter): Promise<RegistrationRow[]> {
  return db.select().from(registration).where(badgeWhere(forumId, f)).orderBy(asc(registration.category), asc(registration.fullName), asc(registration.id));
}

export async function listApplicationStaff(db: Db, applicationId: string): Promise<RegistrationRow[]> {
  return db.select().from(registration).where(eq(registration.applicationId, applicationId)).orderBy(asc(registration.createdAt), asc(registration.id));
}

export async function findOrganizationNames(db: Db, id: string) {
  const [row] = await db.select({ legalName: organization.legalName, shortName: organization.shortName }).from(organization).where(eq(organization.id, id));
  return row;
}

/** Whether the user belongs (in any role) to the organisation that filed the application. */
export async function isApplicantMember(db: Db, applicationId: string, userId: string): Promise<boolean> {
  const rows = await db
    .select({ id: member.id })
    .from(member)
    .innerJoin(exhibitorApplication, eq(exhibitorApplication.organizationId, member.organizationId))
    .where(and(eq(exhibitorApplication.id, applicationId), eq(member.userId, userId)))
    .limit(1);
  return rows.length > 0;
}
