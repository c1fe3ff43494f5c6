import { eq } from "drizzle-orm";
import type { Db } from "./db";
import { storedFile } from "./platform.schema";

export type StoredFileRow = typeof storedFile.$inferSelect;

export const insertStoredFile = (db: Db, row: typeof storedFile.$inferInsert) => db.insert(storedFile).values(row);

export async function findStoredFile(db: Db, id: string): Promise<StoredFileRow | undefined> {
  const [row] = await db.select().from(storedFile).where(eq(storedFile.id, id));
  return row;
}

export async function deleteStoredFile(db: Db, id: string) {
  await db.delete(storedFile).where(eq(storedFile.id, id));
}
