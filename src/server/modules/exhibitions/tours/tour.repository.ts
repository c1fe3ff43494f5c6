import { asc, eq } from "drizzle-orm";
import type { Db } from "../../../platform/db";
import { tour } from "../schema";

export type TourRow = typeof tour.$inferSelect;

export async function insertTour(db: Db, row: typeof tour.$inferInsert): Promise<TourRow> {
  const [inserted] = await db.insert(tour).values(row).returning();
  return inserted;
}

export async function findTour(db: Db, id: string): Promise<TourRow | undefined> {
  const [row] = await db.select().from(tour).where(eq(tour.id, id));
  return row;
}

export const listTours = (db: Db, forumId: string) => db.select().from(tour).where(eq(tour.forumId, forumId)).orderBy(asc(tour.startsAt), asc(tour.id));

export async function updateTour(db: Db, id: string, values: Partial<typeof tour.$inferInsert>): Promise<TourRow> {
  const [updated] = await db.update(tour).set(values).where(eq(tour.id, id)).returning();
  return updated;
}

export const deleteTour = (db: Db, id: string) => db.delete(tour).where(eq(tour.id, id));
