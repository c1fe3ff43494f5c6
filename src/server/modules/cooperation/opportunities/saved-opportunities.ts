import { and, desc, eq } from "drizzle-orm";
import type { TSavedOpportunities } from "../../../../contracts/cooperation";
import type { SessionUser } from "../../../platform/auth";
import type { Db } from "../../../platform/db";
import { savedOpportunity } from "../schema";

type Key = { a: string; b: string; id: string };
const matches = (userId: string, key: Key) =>
  and(eq(savedOpportunity.userId, userId), eq(savedOpportunity.a, key.a), eq(savedOpportunity.b, key.b), eq(savedOpportunity.opportunityId, key.id));

export async function listSavedOpportunities(db: Db, actor: SessionUser): Promise<TSavedOpportunities> {
  const rows = await db.select().from(savedOpportunity).where(eq(savedOpportunity.userId, actor.id)).orderBy(desc(savedOpportunity.savedAt));
  return { items: rows.map((r) => ({ a: r.a, b: r.b, id: r.opportunityId, savedAt: r.savedAt.toISOString() })) };
}

/** Saving twice keeps one; forgetting one never saved is no error. */
export async function saveOpportunity(db: Db, actor: SessionUser, key: Key) {
  await db.insert(savedOpportunity).values({ userId: actor.id, a: key.a, b: key.b, opportunityId: key.id }).onConflictDoNothing();
  return listSavedOpportunities(db, actor);
}

export async function forgetOpportunity(db: Db, actor: SessionUser, key: Key) {
  await db.delete(savedOpportunity).where(matches(actor.id, key));
  return listSavedOpportunities(db, actor);
}
