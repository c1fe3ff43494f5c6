import { and, count, desc, eq, inArray, sql } from "drizzle-orm";
import type { Db } from "../../../platform/db";
import { organization, product } from "../../directory";
import { booth, exhibitorApplication, pavilion } from "../schema";

export type ApplicationRow = typeof exhibitorApplication.$inferSelect;

export async function insertApplication(db: Db, row: typeof exhibitorApplication.$inferInsert): Promise<ApplicationRow> {
  const [inserted] = await db.insert(exhibitorApplication).values(row).returning();
  return inserted;
}

export async function findApplication(db: Db, id: string): Promise<ApplicationRow | undefined> {
  const [row] = await db.select().from(exhibitorApplication).where(eq(exhibitorApplication.id, id));
  return row;
}

/** The application as it is now, locked until the transaction ends: decisions, booth moves and withdrawals take turns. */
export async function lockApplication(db: Db, id: string): Promise<ApplicationRow | undefined> {
  const [row] = await db.select().from(exhibitorApplication).where(eq(exhibitorApplication.id, id)).for("update");
  return row;
}

export async function updateApplication(db: Db, id: string, values: Partial<typeof exhibitorApplication.$inferInsert>): Promise<ApplicationRow> {
  const [updated] = await db.update(exhibitorApplication).set(values).where(eq(exhibitorApplication.id, id)).returning();
  return updated;
}

/**
 * Takes a free booth for an application. One conditional update: when many ask for the same
 * booth at once, the database lets exactly one of them find it free.
 */
export async function holdBooth(db: Db, forumId: string, boothId: string, applicationId: string): Promise<boolean> {
  const taken = await db
    .update(booth)
    .set({ applicationId })
    .where(and(eq(booth.id, boothId), eq(booth.forumId, forumId), sql`${booth.applicationId} is null`))
    .returning({ id: booth.id });
  return taken.length === 1;
}

export async function releaseBooth(db: Db, applicationId: string) {
  await db.update(booth).set({ applicationId: null }).where(eq(booth.applicationId, applicationId));
}

export async function findBoothInForum(db: Db, forumId: string, boothId: string) {
  const [row] = await db
    .select()
    .from(booth)
    .where(and(eq(booth.id, boothId), eq(booth.forumId, forumId)));
  return row;
}

export async function findPavilionInForum(db: Db, forumId: string, pavilionId: string) {
  const [row] = await db
    .select()
    .from(pavilion)
    .where(and(eq(pavilion.id, pavilionId), eq(pavilion.forumId, forumId)));
  return row;
}

export async function findProductsOf(db: Db, organizationId: string, ids: string[]) {
  if (ids.length === 0) return [];
  return db
    .select({ id: product.id })
    .from(product)
    .where(and(eq(product.organizationId, organizationId), inArray(product.id, ids)));
}

/** Applications with what a reviewer needs beside them: organisation, booth, pavilion, products. */
export async function describeApplications(db: Db, rows: ApplicationRow[]) {
  const ids = rows.map((r) => r.id);
  const orgIds = [...new Set(rows.map((r) => r.organizationId))];
  const productIds = [...new Set(rows.flatMap((r) => r.productIds))];
  const pavilionIds = [...new Set(rows.flatMap((r) => (r.pavilionId ? [r.pavilionId] : [])))];
  const [orgs, booths, products, pavilions] = await Promise.all([
    orgIds.length
      ? db
          .select({ id: organization.id, name: organization.legalName, country: organization.country, sectors: organization.sectors })
          .from(organization)
          .where(inArray(organization.id, orgIds))
      : [],
    ids.length
      ? db
          .select({ id: booth.id, number: booth.number, hallId: booth.hallId, width: booth.width, height: booth.height, applicationId: booth.applicationId })
          .from(booth)
          .where(inArray(booth.applicationId, ids))
      : [],
    productIds.length ? db.select({ id: product.id, name: product.name, hsCode: product.hsCode }).from(product).where(inArray(product.id, productIds)) : [],
    pavilionIds.length ? db.select().from(pavilion).where(inArray(pavilion.id, pavilionIds)) : [],
  ]);
  return {
    organizations: new Map(orgs.map((o) => [o.id, o])),
    boothsByApplication: new Map(booths.map((b) => [b.applicationId as string, b])),
    products: new Map(products.map((p) => [p.id, p])),
    pavilions: new Map(pavilions.map((p) => [p.id, p])),
  };
}

export async function listApplications(db: Db, where: { forumId?: string; organizationId?: string; status?: string }, offset: number, limit: number) {
  const condition = and(
    where.forumId ? eq(exhibitorApplication.forumId, where.forumId) : undefined,
    where.organizationId ? eq(exhibitorApplication.organizationId, where.organizationId) : undefined,
    where.status ? eq(exhibitorApplication.status, where.status) : undefined,
  );
  const [rows, [{ total }]] = await Promise.all([
    db
      .select()
      .from(exhibitorApplication)
      .where(condition)
      .orderBy(desc(exhibitorApplication.createdAt), desc(exhibitorApplication.id))
      .offset(offset)
      .limit(limit),
    db.select({ total: count() }).from(exhibitorApplication).where(condition),
  ]);
  return { rows, total };
}
