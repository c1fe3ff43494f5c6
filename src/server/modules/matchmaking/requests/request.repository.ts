import { and, desc, eq, inArray, or, sql } from "drizzle-orm";
import type { Db } from "../../../platform/db";
import { meeting, meetingRequest } from "../schema";

export type RequestRow = typeof meetingRequest.$inferSelect;
export type RequestInsert = typeof meetingRequest.$inferInsert;

const LIVE = ["pending", "accepted"];
/** Pending and not yet past its expiry, or accepted: what counts against caps and blocks a second request. */
const stillLive = sql`(${meetingRequest.status} = 'accepted' or (${meetingRequest.status} = 'pending' and ${meetingRequest.expiresAt} > now()))`;

/** Pending requests past their expiry become expired, in one statement for the whole forum. */
export async function expireOverdue(db: Db, forumId: string): Promise<void> {
  await db
    .update(meetingRequest)
    .set({ status: "expired" })
    .where(and(eq(meetingRequest.forumId, forumId), eq(meetingRequest.status, "pending"), sql`${meetingRequest.expiresAt} <= now()`));
}

export async function insertRequest(db: Db, row: RequestInsert): Promise<RequestRow> {
  const [inserted] = await db.insert(meetingRequest).values(row).returning();
  return inserted;
}

export async function findRequest(db: Db, id: string): Promise<RequestRow | undefined> {
  const [row] = await db.select().from(meetingRequest).where(eq(meetingRequest.id, id));
  return row;
}

/** The request as it is now, locked until the transaction ends: answers to it take turns. */
export async function lockRequest(db: Db, id: string): Promise<RequestRow | undefined> {
  const [row] = await db.select().from(meetingRequest).where(eq(meetingRequest.id, id)).for("update");
  return row;
}

export async function updateRequest(db: Db, id: string, values: Partial<RequestInsert>): Promise<RequestRow> {
  const [updated] = await db.update(meetingRequest).set(values).where(eq(meetingRequest.id, id)).returning();
  return updated;
}

/** Requests received that still count against the recipient's cap. */
export async function countReceived(db: Db, forumId: string, organizationId: string): Promise<number> {
  const [{ n }] = await db
    .select({ n: sql<number>`count(*)::int` })
    .from(meetingRequest)
    .where(and(eq(meetingRequest.forumId, forumId), eq(meetingRequest.toOrganizationId, organizationId), stillLive));
  return n;
}

/** The live request from one organisation to another, if any (at most one: a unique index keeps it so). */
export async function findLive(db: Db, forumId: string, fromOrganizationId: string, toOrganizationId: string): Promise<RequestRow | undefined> {
  const [row] = await db
    .select()
    .from(meetingRequest)
    .where(
      and(
        eq(meetingRequest.forumId, forumId),
        eq(meetingRequest.fromOrganizationId, fromOrganizationId),
        eq(meetingRequest.toOrganizationId, toOrganizationId),
        inArray(meetingRequest.status, LIVE),
      ),
    )
    .for("update");
  return row;
}

export type RequestFilter = { forumId: string; organizationId?: string; box: "incoming" | "outgoing" | "all"; status?: string };

export async function listRequests(db: Db, f: RequestFilter, offset: number, limit: number) {
  const org = f.organizationId;
  const where = and(
    eq(meetingRequest.forumId, f.forumId),
    org && f.box === "incoming" ? eq(meetingRequest.toOrganizationId, org) : undefined,
    org && f.box === "outgoing" ? eq(meetingRequest.fromOrganizationId, org) : undefined,
    org && f.box === "all" ? or(eq(meetingRequest.toOrganizationId, org), eq(meetingRequest.fromOrganizationId, org)) : undefined,
    f.status ? eq(meetingRequest.status, f.status) : undefined,
  );
  const [rows, [{ total }]] = await Promise.all([
    db.select().from(meetingRequest).where(where).orderBy(desc(meetingRequest.createdAt), desc(meetingRequest.id)).offset(offset).limit(limit),
    db.select({ total: sql<number>`count(*)::int` }).from(meetingRequest).where(where),
  ]);
  return { rows, total };
}

/** Latest request status between two organisations in either direction, keyed "from>to", for these counterparts. */
export async function latestStatusesBetween(db: Db, forumId: string, organizationId: string, counterpartIds: string[]) {
  if (counterpartIds.length === 0) return new Map<string, string>();
  const rows = await db
    .select({ from: meetingRequest.fromOrganizationId, to: meetingRequest.toOrganizationId, status: meetingRequest.status })
    .from(meetingRequest)
    .where(
      and(
        eq(meetingRequest.forumId, forumId),
        or(
          and(eq(meetingRequest.fromOrganizationId, organizationId), inArray(meetingRequest.toOrganizationId, counterpartIds)),
          and(eq(meetingRequest.toOrganizationId, organizationId), inArray(meetingRequest.fromOrganizationId, counterpartIds)),
        ),
      ),
    )
    .orderBy(desc(meetingRequest.createdAt));
  const byCounterpart = new Map<string, string>();
  for (const row of rows) {
    const other = row.from === organizationId ? row.to : row.from;
    // Live requests speak for the pair; otherwise the most recent one does.
    const known = byCounterpart.get(other);
    if (!known || (!LIVE.includes(known) && LIVE.includes(row.status))) byCounterpart.set(other, row.status);
  }
  return byCounterpart;
}

/**
 * The meeting each request led to: its own, or for one of a mutual pair, the meeting created when
 * its twin (the reverse request) was accepted after it was made.
 */
export async function meetingIdsOf(db: Db, rows: RequestRow[]): Promise<Map<string, string>> {
  if (rows.length === 0) return new Map();
  const found = (await db.execute(sql`
    select r.id as "requestId", (
      select m.id from ${meeting} m join ${meetingRequest} x on x.id = m.request_id
      where x.id = r.id
         or (r.mutual and r.status in ('accepted', 'cancelled') and x.forum_id = r.forum_id
             and x.from_organization_id = r.to_organization_id and x.to_organization_id = r.from_organization_id
             and m.created_at >= r.created_at)
      order by (x.id = r.id) desc, m.created_at desc
      limit 1
    ) as "meetingId"
    from ${meetingRequest} r
    where r.id in (${sql.join(
      rows.map((r) => sql`${r.id}`),
      sql`, `,
    )})`)) as unknown as { rows?: Array<{ requestId: string; meetingId: string | null }> } | Array<{ requestId: string; meetingId: string | null }>;
  const list = Array.isArray(found) ? found : (found.rows ?? []);
  return new Map(list.flatMap((r) => (r.meetingId ? [[r.requestId, r.meetingId] as [string, string]] : [])));
}
