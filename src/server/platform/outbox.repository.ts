import { count, desc } from "drizzle-orm";
import type { Db } from "./db";
import { outbox } from "./platform.schema";

export const insertOutboxMessage = (db: Db, row: typeof outbox.$inferInsert) => db.insert(outbox).values(row);

export const listOutbox = (db: Db, limit: number, offset: number) =>
  db.select().from(outbox).orderBy(desc(outbox.createdAt), desc(outbox.id)).limit(limit).offset(offset);

export const countOutbox = async (db: Db) => Number((await db.select({ n: count() }).from(outbox))[0].n);
