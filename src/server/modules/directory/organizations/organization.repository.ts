import { and, arrayContains, asc, count, desc, eq, inArray, sql } from "drizzle-orm";
import type { Db } from "../../../platform/db";
import { member, organization, product, productSearch } from "../schema";
import { matchesAll, type ResolvedQuery, relevance } from "../search.repository";

export type OrganizationRow = typeof organization.$inferSelect;
export type OrganizationInsert = typeof organization.$inferInsert;

export type OrganizationFilter = {
  query: ResolvedQuery;
  country?: string;
  region?: string;
  sector?: string;
  hsPrefix?: string;
  offset: number;
  limit: number;
};

export async function searchOrganizations(db: Db, f: OrganizationFilter) {
  const conditions = [
    matchesAll(f.query, organization.searchWords),
    f.country ? eq(organization.country, f.country) : undefined,
    f.region ? eq(organization.region, f.region) : undefined,
    f.sector ? arrayContains(organization.sectors, [f.sector]) : undefined,
    f.hsPrefix
      ? sql`exists (select 1 from ${product} where ${product.organizationId} = ${organization.id} and ${product.hsCode} like ${`${f.hsPrefix}%`})`
      : undefined,
  ];
  const score = relevance(f.query, organization.nameWords, organization.searchWords);
  const rows = await db
    .select({ row: organization, score: score.as("score"), total: sql<number>`count(*) over()`.mapWith(Number) })
    .from(organization)
    .where(and(...conditions))
    .orderBy(desc(sql`score`), asc(organization.nameWords), asc(organization.id))
    .limit(f.limit)
    .offset(f.offset);
  return { rows: rows.map((r) => ({ ...r.row, score: r.score })), total: rows[0]?.total ?? 0 };
}

export async function findOrganization(db: Db, id: string): Promise<OrganizationRow | undefined> {
  const [row] = await db.select().from(organization).where(eq(organization.id, id));
  return row;
}

export async function countProductsByOrganization(db: Db, ids: string[]): Promise<Map<string, number>> {
  if (ids.length === 0) return new Map();
  const rows = await db
    .select({ id: product.organizationId, n: count() })
    .from(product)
    .where(inArray(product.organizationId, ids))
    .groupBy(product.organizationId);
  return new Map(rows.map((r) => [r.id, Number(r.n)]));
}

/** Creates the organisation and its first member, the owner, in one transaction. */
export async function insertOrganizationWithOwner(db: Db, row: OrganizationInsert, owner: { memberId: string; userId: string; jobTitle?: string | null }) {
  await db.transaction(async (tx) => {
    await tx.insert(organization).values(row);
    await tx.insert(member).values({ id: owner.memberId, organizationId: row.id, userId: owner.userId, role: "owner", jobTitle: owner.jobTitle ?? null });
  });
}

export async function updateOrganization(db: Db, id: string, values: Partial<OrganizationInsert>) {
  await db
    .update(organization)
    .set({ ...values, updatedAt: new Date() })
    .where(eq(organization.id, id));
}

export async function listProductKeysInputs(db: Db, organizationId: string) {
  return db.select().from(product).where(eq(product.organizationId, organizationId));
}

export async function updateProductSearchWords(db: Db, productId: string, words: { nameWords: string[]; searchWords: string[] }) {
  await db.update(productSearch).set(words).where(eq(productSearch.productId, productId));
}

/** Products are searched by their maker's place, kept beside their search words. */
export async function updateProductPlaces(db: Db, organizationId: string, place: { country: string; region: string | null }) {
  await db.update(productSearch).set(place).where(eq(productSearch.organizationId, organizationId));
}
