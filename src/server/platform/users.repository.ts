import { eq } from "drizzle-orm";
import { account, user } from "./auth.schema";
import type { Db } from "./db";

export async function updateUserPreferences(db: Db, userId: string, values: { preferredLanguage: string }) {
  await db
    .update(user)
    .set({ ...values, updatedAt: new Date() })
    .where(eq(user.id, userId));
}

export async function findUserByEmail(db: Db, email: string) {
  const [row] = await db.select().from(user).where(eq(user.email, email));
  return row;
}

export async function setPlatformRole(db: Db, userId: string, platformRole: "user" | "admin") {
  await db.update(user).set({ platformRole }).where(eq(user.id, userId));
}

export const hasUsers = async (db: Db) => (await db.select({ id: user.id }).from(user).limit(1)).length > 0;

/** Creates a user with an e-mail/password account, as better-auth would store it. */
export async function insertUserWithPassword(
  db: Db,
  values: { id: string; name: string; email: string; passwordHash: string; platformRole?: "user" | "admin"; preferredLanguage?: string; isDemo?: boolean },
) {
  await db.transaction(async (tx) => {
    await tx.insert(user).values({
      id: values.id,
      name: values.name,
      email: values.email,
      emailVerified: true,
      platformRole: values.platformRole ?? "user",
      preferredLanguage: values.preferredLanguage ?? null,
      isDemo: values.isDemo ?? false,
    });
    await tx
      .insert(account)
      .values({ id: crypto.randomUUID(), accountId: values.id, providerId: "credential", userId: values.id, password: values.passwordHash });
  });
}

/** Marks the address as proven (tests and tools; people prove it through the e-mailed link). */
export async function markEmailVerified(db: Db, email: string) {
  await db.update(user).set({ emailVerified: true }).where(eq(user.email, email));
}

export async function findUserById(db: Db, id: string) {
  const [row] = await db
    .select({ id: user.id, name: user.name, email: user.email, preferredLanguage: user.preferredLanguage })
    .from(user)
    .where(eq(user.id, id));
  return row;
}
