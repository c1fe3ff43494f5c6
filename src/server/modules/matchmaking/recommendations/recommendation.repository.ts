import { and, eq, inArray, sql } from "drizzle-orm";
import type { Db } from "../../../platform/db";
import { organization, product } from "../../directory";
import { currentProfile } from "../participants/participant.repository";
import { cooperationProfile, meetingParticipant, recommendationDismissal } from "../schema";

/**
 * A cheap fingerprint of everything the forum's match index is built from: participants, their
 * organisations, products and current profiles (counts catch deletions, latest times catch edits),
 * and today's date, since profiles stop being current at midnight.
 */
export async function matchDataStamp(db: Db, forumId: string): Promise<string> {
  const participants = sql`(select ${meetingParticipant.organizationId} from ${meetingParticipant} where ${meetingParticipant.forumId} = ${forumId})`;
  const [row] = await db
    .select({
      stamp: sql<string>`concat_ws('|',
        current_date::text,
        (select count(*) || ':' || coalesce(max(${meetingParticipant.joinedAt})::text, '') from ${meetingParticipant} where ${meetingParticipant.forumId} = ${forumId}),
        (select coalesce(max(${organization.updatedAt})::text, '') from ${organization} where ${organization.id} in ${participants}),
        (select count(*) || ':' || coalesce(max(${product.updatedAt})::text, '') from ${product} where ${product.organizationId} in ${participants}),
        (select count(*) || ':' || coalesce(max(${cooperationProfile.updatedAt})::text, '') from ${cooperationProfile} where ${cooperationProfile.organizationId} in ${participants}))`,
    })
    .from(sql`(select 1) as one`);
  return row.stamp;
}

/** The forum's participants with what the matching engine reads of them. */
export async function loadMatchData(db: Db, forumId: string) {
  const orgs = await db
    .select({
      id: organization.id,
      country: organization.country,
      region: organization.region,
      sectors: organization.sectors,
      languages: organization.languages,
      description: organization.description,
    })
    .from(meetingParticipant)
    .innerJoin(organization, eq(organization.id, meetingParticipant.organizationId))
    .where(eq(meetingParticipant.forumId, forumId))
    .orderBy(organization.id);
  const ids = orgs.map((o) => o.id);
  if (ids.length === 0) return { orgs, products: [], profiles: [] };
  const [products, profiles] = await Promise.all([
    db
      .select({ id: product.id, organizationId: product.organizationId, hsCode: product.hsCode, name: product.name, description: product.description })
      .from(product)
      .where(inArray(product.organizationId, ids)),
    db
      .select({
        id: cooperationProfile.id,
        organizationId: cooperationProfile.organizationId,
        kind: cooperationProfile.kind,
        hsCodes: cooperationProfile.hsCodes,
        targetMarkets: cooperationProfile.targetMarkets,
        languages: cooperationProfile.languages,
        title: cooperationProfile.title,
        description: cooperationProfile.description,
      })
      .from(cooperationProfile)
      .where(and(inArray(cooperationProfile.organizationId, ids), currentProfile)),
  ]);
  return { orgs, products, profiles };
}

export async function listDismissed(db: Db, userId: string, forumId: string, organizationId: string): Promise<string[]> {
  const rows = await db
    .select({ id: recommendationDismissal.dismissedOrganizationId })
    .from(recommendationDismissal)
    .where(
      and(eq(recommendationDismissal.userId, userId), eq(recommendationDismissal.forumId, forumId), eq(recommendationDismissal.organizationId, organizationId)),
    );
  return rows.map((r) => r.id);
}

export async function insertDismissal(db: Db, row: typeof recommendationDismissal.$inferInsert) {
  await db.insert(recommendationDismissal).values(row).onConflictDoNothing();
}

export async function deleteDismissal(db: Db, row: { userId: string; forumId: string; organizationId: string; dismissedOrganizationId: string }) {
  await db
    .delete(recommendationDismissal)
    .where(
      and(
        eq(recommendationDismissal.userId, row.userId),
        eq(recommendationDismissal.forumId, row.forumId),
        eq(recommendationDismissal.organizationId, row.organizationId),
        eq(recommendationDismissal.dismissedOrganizationId, row.dismissedOrganizationId),
      ),
    );
}
