import { and, asc, desc, eq, like, sql } from "drizzle-orm";
import type { Db } from "../../../platform/db";
import { organization, product } from "../schema";
import { matchesAll, type ResolvedQuery, relevance } from "../search.repository";

export type ProductRow = typeof product.$inferSelect;
export type ProductInsert = typeof product.$inferInsert;
export type ProductWithMaker = {
  product: ProductRow;
  maker: Pick<typeof organization.$inferSelect, "id" | "legalName" | "shortName" | "country" | "region" | "fictional">;
};

const maker = {
  id: organization.id,
  legalName: organization.legalName,
  shortName: organization.shortName,
  country: organization.country,
  region: organization.region,
  fictional: organization.fictional,
};

export type ProductFilter = {
  query: ResolvedQuery;
  hsPrefix?: string;
  country?: string;
  region?: string;
  organizationId?: string;
  offset: number;
  limit: number;
};

export async function searchProducts(db: Db, f: ProductFilter) {
  const score = relevance(f.query, product.nameWords, product.searchWords);
  const rows = await db
    .select({ product, maker, score: score.as("score"), total: sql<number>`count(*) over()`.mapWith(Number) })
    .from(product)
    .innerJoin(organization, eq(organization.id, product.organizationId))
    .where(
      and(
        matchesAll(f.query, product.searchWords),
        f.hsPrefix ? like(product.hsCode, `${f.hsPrefix}%`) : undefined,
        f.country ? eq(organization.country, f.country) : undefined,
        f.region ? eq(organization.region, f.region) : undefined,
        f.organizationId ? eq(product.organizationId, f.organizationId) : undefined,
      ),
    )
    .orderBy(desc(sql`score`), asc(product.nameWords), asc(product.id))
    .limit(f.limit)
    .offset(f.offset);
  return { rows, total: rows[0]?.total ?? 0 };
}

export async function findProduct(db: Db, id: string): Promise<ProductWithMaker | undefined> {
  const [row] = await db
    .select({ product, maker })
    .from(product)
    .innerJoin(organization, eq(organization.id, product.organizationId))
    .where(eq(product.id, id));
  return row;
}

export const insertProduct = (db: Db, row: ProductInsert) => db.insert(product).values(row);

export async function updateProduct(db: Db, id: string, values: Partial<ProductInsert>) {
  await db
    .update(product)
    .set({ ...values, updatedAt: new Date() })
    .where(eq(product.id, id));
}

export async function deleteProduct(db: Db, id: string) {
  await db.delete(product).where(eq(product.id, id));
}

/**
 * Appends a photo in one statement, so parallel uploads neither lose photos nor pass the limit.
 * Returns false when the product already has `limit` photos (or no longer exists).
 */
export async function appendProductPhoto(db: Db, id: string, fileId: string, limit: number): Promise<boolean> {
  const rows = await db
    .update(product)
    .set({ photoFileIds: sql`array_append(${product.photoFileIds}, ${fileId})`, updatedAt: new Date() })
    .where(and(eq(product.id, id), sql`cardinality(${product.photoFileIds}) < ${limit}`))
    .returning({ id: product.id });
  return rows.length > 0;
}

/** Removes a photo in one statement; false when the product does not have it. */
export async function removeProductPhoto(db: Db, id: string, fileId: string): Promise<boolean> {
  const rows = await db
    .update(product)
    .set({ photoFileIds: sql`array_remove(${product.photoFileIds}, ${fileId})`, updatedAt: new Date() })
    .where(and(eq(product.id, id), sql`${fileId} = any(${product.photoFileIds})`))
    .returning({ id: product.id });
  return rows.length > 0;
}
