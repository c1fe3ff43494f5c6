import { and, asc, eq, inArray, sql } from "drizzle-orm";
import type { Db } from "../../../platform/db";
import { organization } from "../../directory";
import { booth, exhibitorApplication, hall, pavilion } from "../schema";

export type PavilionRow = typeof pavilion.$inferSelect;
export type HallRow = typeof hall.$inferSelect;
export type BoothRow = typeof booth.$inferSelect;
export type BoothValues = Omit<typeof booth.$inferInsert, "id" | "forumId" | "hallId" | "applicationId">;

export const listPavilions = (db: Db, forumId: string) =>
  db.select().from(pavilion).where(eq(pavilion.forumId, forumId)).orderBy(asc(pavilion.kind), asc(pavilion.id));

export async function findPavilion(db: Db, id: string): Promise<PavilionRow | undefined> {
  const [row] = await db.select().from(pavilion).where(eq(pavilion.id, id));
  return row;
}

export async function insertPavilion(db: Db, row: typeof pavilion.$inferInsert): Promise<PavilionRow> {
  const [inserted] = await db.insert(pavilion).values(row).returning();
  return inserted;
}

export async function updatePavilion(db: Db, id: string, values: Partial<typeof pavilion.$inferInsert>): Promise<PavilionRow> {
  const [updated] = await db.update(pavilion).set(values).where(eq(pavilion.id, id)).returning();
  return updated;
}

export const deletePavilion = (db: Db, id: string) => db.delete(pavilion).where(eq(pavilion.id, id));

export const listHalls = (db: Db, forumId: string) => db.select().from(hall).where(eq(hall.forumId, forumId)).orderBy(asc(hall.position), asc(hall.id));

export async function findHall(db: Db, id: string): Promise<HallRow | undefined> {
  const [row] = await db.select().from(hall).where(eq(hall.id, id));
  return row;
}

export async function insertHall(db: Db, row: typeof hall.$inferInsert): Promise<HallRow> {
  const [inserted] = await db.insert(hall).values(row).returning();
  return inserted;
}

export async function updateHall(db: Db, id: string, values: Partial<typeof hall.$inferInsert>): Promise<HallRow> {
  const [updated] = await db.update(hall).set(values).where(eq(hall.id, id)).returning();
  return updated;
}

export const deleteHall = (db: Db, id: string) => db.delete(hall).where(eq(hall.id, id));

export async function nextHallPosition(db: Db, forumId: string): Promise<number> {
  const [row] = await db
    .select({ next: sql<number>`coalesce(max(${hall.position}) + 1, 0)`.mapWith(Number) })
    .from(hall)
    .where(eq(hall.forumId, forumId));
  return row.next;
}

/** Booths with whoever holds them: the holding application's status and organisation. */
export async function listBoothsWithHolders(db: Db, where: { forumId: string; hallId?: string }) {
  return db
    .select({
      booth,
      holder: {
        applicationId: exhibitorApplication.id,
        status: exhibitorApplication.status,
        organizationId: organization.id,
        name: organization.legalName,
        country: organization.country,
      },
    })
    .from(booth)
    .leftJoin(exhibitorApplication, eq(exhibitorApplication.id, booth.applicationId))
    .leftJoin(organization, eq(organization.id, exhibitorApplication.organizationId))
    .where(and(eq(booth.forumId, where.forumId), where.hallId ? eq(booth.hallId, where.hallId) : undefined))
    .orderBy(asc(booth.number));
}

/** Locks the hall's booths until the transaction ends and counts those held: none can be taken meanwhile. */
export async function lockAndCountHeldBooths(db: Db, hallId: string): Promise<number> {
  const booths = await db.select({ applicationId: booth.applicationId }).from(booth).where(eq(booth.hallId, hallId)).for("update");
  return booths.filter((b) => b.applicationId !== null).length;
}

/** Booth numbers used in the forum's other halls: a number names one booth in the whole forum. */
export async function numbersInOtherHalls(db: Db, forumId: string, hallId: string, numbers: string[]) {
  if (numbers.length === 0) return [];
  const rows = await db
    .select({ number: booth.number })
    .from(booth)
    .where(and(eq(booth.forumId, forumId), sql`${booth.hallId} <> ${hallId}`, inArray(booth.number, numbers)));
  return rows.map((r) => r.number);
}

export const listHallBooths = (db: Db, hallId: string) => db.select().from(booth).where(eq(booth.hallId, hallId));

export async function deleteFreeBooths(db: Db, ids: string[]): Promise<number> {
  if (ids.length === 0) return 0;
  const deleted = await db
    .delete(booth)
    .where(and(inArray(booth.id, ids), sql`${booth.applicationId} is null`))
    .returning({ id: booth.id });
  return deleted.length;
}

export const updateBooth = (db: Db, id: string, values: BoothValues) => db.update(booth).set(values).where(eq(booth.id, id));
export const insertBooths = (db: Db, rows: (typeof booth.$inferInsert)[]) => (rows.length ? db.insert(booth).values(rows) : Promise.resolve());
