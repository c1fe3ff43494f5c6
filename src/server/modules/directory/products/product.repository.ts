import { and, asc, desc, eq, inArray, like, sql } from "drizzle-orm";
import type { TLocalizedText } from "../../../../contracts/common";
import type { Db } from "../../../platform/db";
import type { Place } from "../reference";
import { organization, product, productSearch } from "../schema";
import { matchesAll, type ResolvedQuery, relevance } from "../search.repository";
import type { SearchWords } from "../search-keys";

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

/** Ranks on the narrow search table, then loads the full rows of just the page asked for. */
export async function searchProducts(db: Db, f: ProductFilter) {
  const score = relevance(f.query, productSearch.nameWords, productSearch.searchWords);
  const ranked = await db
    .select({ id: productSearch.productId, score: score.as("score"), total: sql<number>`count(*) over()`.mapWith(Number) })
    .from(productSearch)
    .where(
      and(
        matchesAll(f.query, productSearch.searchWords),
        f.hsPrefix ? like(productSearch.hsCode, `${f.hsPrefix}%`) : undefined,
        f.country ? eq(productSearch.country, f.country) : undefined,
        f.region ? eq(productSearch.region, f.region) : undefined,
        f.organizationId ? eq(productSearch.organizationId, f.organizationId) : undefined,
      ),
    )
    .orderBy(desc(sql`score`), asc(productSearch.nameWords), asc(productSearch.productId))
    .limit(f.limit)
    .offset(f.offset);
  if (ranked.length === 0) return { rows: [], total: 0 };
  const full = await db
    .select({ product, maker })
    .from(product)
    .innerJoin(organization, eq(organization.id, product.organizationId))
    .where(
      inArray(
        product.id,
        ranked.map((r) => r.id),
      ),
    );
  const byId = new Map(full.map((row) => [row.product.id, row]));
  const rows = ranked.flatMap((r) => {
    const row = byId.get(r.id);
    return row ? [{ ...row, score: r.score }] : [];
  });
  return { rows, total: ranked[0].total };
}

export async function findProduct(db: Db, id: string): Promise<ProductWithMaker | undefined> {
  const [row] = await db
    .select({ product, maker })
    .from(product)
    .innerJoin(organization, eq(organization.id, product.organizationId))
    .where(eq(product.id, id));
  return row;
}

export type ProductPlace = { country: string; region: string | null };

/** Inserts the product and its search row together. */
export async function insertProduct(db: Db, row: ProductInsert, words: SearchWords, place: ProductPlace) {
  await db.transaction(async (tx) => {
    await tx.insert(product).values(row);
    await tx.insert(productSearch).values({ productId: row.id, organizationId: row.organizationId, hsCode: row.hsCode, ...place, ...words });
  });
}

/** Updates the product and, when given, its search words (and code) in one transaction. */
export async function updateProduct(db: Db, id: string, values: Partial<ProductInsert>, words?: SearchWords) {
  await db.transaction(async (tx) => {
    await tx
      .update(product)
      .set({ ...values, updatedAt: new Date() })
      .where(eq(product.id, id));
    if (words) {
      await tx
        .update(productSearch)
        .set({ ...words, ...(values.hsCode ? { hsCode: values.hsCode } : {}) })
        .where(eq(productSearch.productId, id));
    }
  });
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

export type MakerOfHeading = { heading: string; id: string; legalName: TLocalizedText; shortName: TLocalizedText; country: string; region: string | null };

/** Organisations of a country (or one of its regions) with products in any of the four-digit headings. */
export async function findMakersOfHeadings(db: Db, place: Place, headings: string[]): Promise<MakerOfHeading[]> {
  if (headings.length === 0) return [];
  const heading = sql<string>`left(${product.hsCode}, 4)`;
  return db
    .selectDistinct({ heading, ...maker })
    .from(product)
    .innerJoin(organization, eq(organization.id, product.organizationId))
    .where(and(eq(organization.country, place.country), place.region ? eq(organization.region, place.region) : undefined, inArray(heading, headings)))
    .orderBy(heading, asc(organization.id));
}
