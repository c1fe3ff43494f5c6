import { and, asc, eq, inArray, sql } from "drizzle-orm";
import type { Db } from "../../../platform/db";
import { sqlStateOf } from "../../../platform/errors";
import { checkIn, registration } from "../schema";
import type { RegistrationState, StoredScan } from "./scan-outcomes";

export type NewCheckIn = typeof checkIn.$inferInsert;

const state = {
  id: registration.id,
  badgeCode: registration.badgeCode,
  fullName: registration.fullName,
  organizationName: registration.organizationName,
  category: registration.category,
  cancelledAt: registration.cancelledAt,
  checkedInAt: registration.checkedInAt,
};

/** Everything a door device needs to recognise every badge of the forum. */
export async function listBadges(db: Db, forumId: string): Promise<RegistrationState[]> {
  return db.select(state).from(registration).where(eq(registration.forumId, forumId)).orderBy(asc(registration.badgeCode));
}

/** Thrown inside the transaction when a scan id was stored by another request after we looked. */
class ScanRaced extends Error {}

// A deadlock (two batches reusing each other's scan ids for different badges) is broken by the
// database failing one; a raced scan id means our view of stored scans was stale. Both are
// resolved by running the whole transaction again, which then sees the other request's result.
const RETRYABLE = new Set(["40P01", "40001"]);
const MAX_ATTEMPTS = 4;

function isRetryable(error: unknown): boolean {
  return error instanceof ScanRaced || RETRYABLE.has(sqlStateOf(error) ?? "");
}

type Json<T> = { [K in keyof T]: T[K] extends Date | null ? string | null : T[K] };
type LockedState = { registrations: RegistrationState[]; stored: StoredScan[] };
const rowsOf = <T>(result: unknown): T[] => (Array.isArray(result) ? result : ((result as { rows?: T[] }).rows ?? []));
const dateOf = (text: string | null) => (text === null ? null : new Date(text));

/**
 * One statement: locks the forum's registrations with these badge codes (in id order, so two
 * batches never wait on each other in a circle) and reads which of these scans are stored.
 * A scan stored by a request we waited for may be missing from what it reads; saveScans then
 * notices and the transaction runs again.
 */
async function lockBadgesAndReadScans(tx: Db, forumId: string, codes: string[], scanIds: string[]): Promise<LockedState> {
  const locked = codes.length
    ? sql`select ${registration.id} as "id", ${registration.badgeCode} as "badgeCode", ${registration.fullName} as "fullName",
            ${registration.organizationName} as "organizationName", ${registration.category} as "category",
            ${registration.cancelledAt} as "cancelledAt", ${registration.checkedInAt} as "checkedInAt"
          from ${registration} where ${and(eq(registration.forumId, forumId), inArray(registration.badgeCode, codes))}
          order by ${registration.id} for update`
    : sql`select null where false`;
  const [row] = rowsOf<{ registrations: Json<RegistrationState>[] | null; stored: StoredScan[] | null }>(
    await tx.execute(sql`
      with locked as materialized (${locked})
      select (select json_agg(l) from locked l) as "registrations",
             (select json_agg(s) from (
                select ${checkIn.scanId} as "scanId", ${checkIn.forumId} as "forumId", ${checkIn.registrationId} as "registrationId", ${checkIn.outcome} as "outcome"
                from ${checkIn} where ${inArray(checkIn.scanId, scanIds)}) s) as "stored"`),
  );
  return {
    registrations: (row.registrations ?? []).map((r) => ({ ...r, cancelledAt: dateOf(r.cancelledAt), checkedInAt: dateOf(r.checkedInAt) })),
    stored: row.stored ?? [],
  };
}

/**
 * Runs `change` in a transaction holding the batch's badges locked, given their current state and
 * the scans of the batch already stored: batches that scan the same badge take turns, and each
 * sees what the previous one committed.
 */
export async function withBadgesLocked<T>(
  db: Db,
  forumId: string,
  codes: string[],
  scanIds: string[],
  change: (tx: Db, state: LockedState) => Promise<T>,
): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await db.transaction(async (tx) => change(tx as unknown as Db, await lockBadgesAndReadScans(tx as unknown as Db, forumId, codes, scanIds)));
    } catch (error) {
      if (attempt >= MAX_ATTEMPTS || !isRetryable(error)) throw error;
    }
  }
}

/**
 * Stores the new scans and moves first entries, in one statement. Every scan must be new: one
 * stored meanwhile by another request means the outcomes were decided on a stale view.
 */
export async function saveScans(tx: Db, rows: NewCheckIn[], checkedInAt: Map<string, Date>) {
  if (rows.length === 0) return;
  const insert = tx.insert(checkIn).values(rows).onConflictDoNothing({ target: checkIn.scanId }).returning({ scanId: checkIn.scanId });
  let statement = insert.getSQL();
  if (checkedInAt.size > 0) {
    const cases = sql.join(
      [...checkedInAt].map(([id, at]) => sql`when ${id} then ${at.toISOString()}::timestamptz`),
      sql` `,
    );
    const update = tx
      .update(registration)
      .set({ checkedInAt: sql`case ${registration.id} ${cases} end` })
      .where(inArray(registration.id, [...checkedInAt.keys()]));
    statement = sql`with moved as (${update.getSQL()}) ${insert.getSQL()}`;
  }
  const inserted = rowsOf<unknown>(await tx.execute(statement));
  if (inserted.length < rows.length) throw new ScanRaced();
}
