import { and, asc, eq, gt, inArray } from "drizzle-orm";
import { user } from "../../../platform/auth.schema";
import type { Db } from "../../../platform/db";
import { invitation, member, organization } from "../schema";

export type MemberRow = typeof member.$inferSelect;
export type InvitationRow = typeof invitation.$inferSelect;

export async function findMembership(db: Db, organizationId: string, userId: string): Promise<MemberRow | undefined> {
  const [row] = await db
    .select()
    .from(member)
    .where(and(eq(member.organizationId, organizationId), eq(member.userId, userId)));
  return row;
}

export async function findMember(db: Db, organizationId: string, memberId: string): Promise<MemberRow | undefined> {
  const [row] = await db
    .select()
    .from(member)
    .where(and(eq(member.organizationId, organizationId), eq(member.id, memberId)));
  return row;
}

export async function listMembers(db: Db, organizationId: string) {
  return db
    .select({ member, name: user.name, email: user.email })
    .from(member)
    .innerJoin(user, eq(user.id, member.userId))
    .where(eq(member.organizationId, organizationId))
    .orderBy(asc(member.createdAt));
}

export async function listMembershipsOfUser(db: Db, userId: string) {
  return db
    .select({ organizationId: member.organizationId, role: member.role, organizationName: organization.legalName })
    .from(member)
    .innerJoin(organization, eq(organization.id, member.organizationId))
    .where(eq(member.userId, userId))
    .orderBy(asc(member.createdAt));
}

export async function updateMember(db: Db, memberId: string, values: Partial<Pick<MemberRow, "role" | "jobTitle">>) {
  await db.update(member).set(values).where(eq(member.id, memberId));
}

export async function deleteMember(db: Db, memberId: string) {
  await db.delete(member).where(eq(member.id, memberId));
}

export async function insertInvitation(db: Db, row: typeof invitation.$inferInsert) {
  await db.insert(invitation).values(row);
}

export async function findInvitation(db: Db, id: string): Promise<InvitationRow | undefined> {
  const [row] = await db.select().from(invitation).where(eq(invitation.id, id));
  return row;
}

export async function findPendingInvitation(db: Db, organizationId: string, email: string) {
  const [row] = await db
    .select()
    .from(invitation)
    .where(
      and(eq(invitation.organizationId, organizationId), eq(invitation.email, email), eq(invitation.status, "pending"), gt(invitation.expiresAt, new Date())),
    );
  return row;
}

export async function listInvitations(db: Db, where: { organizationId?: string; email?: string }) {
  return db
    .select({ invitation, organizationName: organization.legalName })
    .from(invitation)
    .innerJoin(organization, eq(organization.id, invitation.organizationId))
    .where(
      and(
        where.organizationId ? eq(invitation.organizationId, where.organizationId) : undefined,
        where.email ? eq(invitation.email, where.email) : undefined,
        eq(invitation.status, "pending"),
        gt(invitation.expiresAt, new Date()),
      ),
    )
    .orderBy(asc(invitation.createdAt));
}

export async function setInvitationStatus(db: Db, id: string, status: "accepted" | "cancelled") {
  await db.update(invitation).set({ status }).where(eq(invitation.id, id));
}

/** Accepting adds the member and closes the invitation together, or neither happens. */
/** Adds a person to an organisation; someone already a member keeps their membership. */
export async function insertMember(db: Db, row: typeof member.$inferInsert) {
  await db.insert(member).values(row).onConflictDoNothing();
}

export async function acceptInvitation(db: Db, inv: InvitationRow, memberId: string, userId: string) {
  await db.transaction(async (tx) => {
    await insertMember(tx, { id: memberId, organizationId: inv.organizationId, userId, role: inv.role });
    await tx.update(invitation).set({ status: "accepted" }).where(eq(invitation.id, inv.id));
  });
}

/**
 * Runs `change` in a transaction that holds the organisation's owner rows locked, and tells it
 * how many owners there are: two owners stepping down at once cannot leave none.
 */
export async function withOwnersLocked<T>(db: Db, organizationId: string, change: (tx: Db, owners: number) => Promise<T>): Promise<T> {
  return db.transaction(async (tx) => {
    const owners = await tx
      .select({ id: member.id })
      .from(member)
      .where(and(eq(member.organizationId, organizationId), eq(member.role, "owner")))
      .for("update");
    return change(tx as unknown as Db, owners.length);
  });
}

/** Everyone who speaks for these organisations, to tell them about something that concerns them. */
export async function listMemberContacts(db: Db, organizationIds: string[]) {
  if (organizationIds.length === 0) return [];
  return db
    .select({ organizationId: member.organizationId, email: user.email, name: user.name, preferredLanguage: user.preferredLanguage })
    .from(member)
    .innerJoin(user, eq(user.id, member.userId))
    .where(inArray(member.organizationId, organizationIds));
}
