import { eq } from "drizzle-orm";
import type { Db } from "../../../platform/db";
import { matchmakingSettings } from "../schema";

export type SettingsRow = typeof matchmakingSettings.$inferSelect;
export type SettingsValues = Omit<typeof matchmakingSettings.$inferInsert, "forumId" | "updatedAt">;

export async function findSettings(db: Db, forumId: string): Promise<SettingsRow | undefined> {
  const [row] = await db.select().from(matchmakingSettings).where(eq(matchmakingSettings.forumId, forumId));
  return row;
}

export async function saveSettings(db: Db, forumId: string, values: SettingsValues): Promise<SettingsRow> {
  const [row] = await db
    .insert(matchmakingSettings)
    .values({ forumId, ...values })
    .onConflictDoUpdate({ target: matchmakingSettings.forumId, set: { ...values, updatedAt: new Date() } })
    .returning();
  return row;
}
