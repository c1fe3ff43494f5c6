import { and, asc, count, eq, inArray, or, type SQL, sql } from "drizzle-orm";
import type { Db } from "../../../platform/db";
import { matchesAll, organization, product, productSearch, type resolveQuery } from "../../directory";
import { booth, exhibitorApplication, hall, pavilion } from "../schema";

type Resolved = NonNullable<Awaited<ReturnType<typeof resolveQuery>>>;
export type ExhibitorFilter = {
  forumId: string;
  query: Resolved;
  pavilionId?: string;
  country?: string;
  sector?: string;
  hs?: string;
  offset: number;
  limit: number;
};

// The products an exhibitor shows: those chosen in the application, or its whole catalogue.
const shownProduct = sql`(cardinality(${exhibitorApplication.productIds}) = 0 or ${product.id} = any(${exhibitorApplication.productIds}))`;

function conditions(filter: ExhibitorFilter): SQL | undefined {
  const words = matchesAll(filter.query, organization.searchWords);
  const productWords = matchesAll(filter.query, productSearch.searchWords);
  return and(
    eq(exhibitorApplication.forumId, filter.forumId),
    eq(exhibitorApplication.status, "approved"),
    filter.pavilionId ? sql`coalesce(${booth.pavilionId}, ${exhibitorApplication.pavilionId}) = ${filter.pavilionId}` : undefined,
    filter.country ? eq(organization.country, filter.country) : undefined,
    filter.sector ? sql`${filter.sector} = any(${organization.sectors})` : undefined,
    filter.hs
      ? sql`exists (select 1 from ${product} where ${product.organizationId} = ${organization.id} and ${product.hsCode} like ${`${filter.hs}%`} and ${shownProduct})`
      : undefined,
    words && productWords
      ? or(words, sql`exists (select 1 from ${productSearch} where ${productSearch.organizationId} = ${organization.id} and ${productWords})`)
      : undefined,
  );
}

/** Approved exhibitors of a forum, in booth-number order (exhibitors without a booth last). */
export async function searchExhibitors(db: Db, filter: ExhibitorFilter) {
  const where = conditions(filter);
  const base = () =>
    db
      .select({
        applicationId: exhibitorApplication.id,
        productIds: exhibitorApplication.productIds,
        organization: {
          id: organization.id,
          name: organization.legalName,
          country: organization.country,
          region: organization.region,
          sectors: organization.sectors,
          logoFileId: organization.logoFileId,
          fictional: organization.fictional,
        },
        booth: { id: booth.id, number: booth.number, hallId: booth.hallId, hallName: hall.name },
        pavilion: { id: pavilion.id, name: pavilion.name, color: pavilion.color },
      })
      .from(exhibitorApplication)
      .innerJoin(organization, eq(organization.id, exhibitorApplication.organizationId))
      .leftJoin(booth, eq(booth.applicationId, exhibitorApplication.id))
      .leftJoin(hall, eq(hall.id, booth.hallId))
      .leftJoin(pavilion, sql`${pavilion.id} = coalesce(${booth.pavilionId}, ${exhibitorApplication.pavilionId})`);
  const [rows, [{ total }]] = await Promise.all([
    base().where(where).orderBy(sql`${booth.number} is null`, asc(booth.number), asc(organization.id)).offset(filter.offset).limit(filter.limit),
    db
      .select({ total: count() })
      .from(exhibitorApplication)
      .innerJoin(organization, eq(organization.id, exhibitorApplication.organizationId))
      .leftJoin(booth, eq(booth.applicationId, exhibitorApplication.id))
      .where(where),
  ]);
  return { rows, total };
}

export type ExhibitorRow = Awaited<ReturnType<typeof searchExhibitors>>["rows"][number];

export async function findShownProducts(db: Db, rows: ExhibitorRow[]) {
  const applicationIds = rows.map((r) => r.applicationId);
  if (applicationIds.length === 0) return [];
  return db
    .select({ applicationId: exhibitorApplication.id, id: product.id, name: product.name, hsCode: product.hsCode, photoFileIds: product.photoFileIds })
    .from(exhibitorApplication)
    .innerJoin(product, and(eq(product.organizationId, exhibitorApplication.organizationId), shownProduct))
    .where(inArray(exhibitorApplication.id, applicationIds))
    .orderBy(asc(product.hsCode), asc(product.id));
}
