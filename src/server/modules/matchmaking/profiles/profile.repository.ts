import { and, desc, eq, inArray, sql } from "drizzle-orm";
import type { Db } from "../../../platform/db";
import { matchesAll, organization, type Place, type ResolvedQuery } from "../../directory";
import { currentProfile } from "../participants/participant.repository";
import { cooperationProfile, meetingParticipant } from "../schema";

export type ProfileRow = typeof cooperationProfile.$inferSelect;
export type ProfileInsert = typeof cooperationProfile.$inferInsert;
export type ProfileWithOwner = { profile: ProfileRow; owner: { id: string; name: ProfileRow["title"]; country: string; region: string | null } };

const owner = { id: organization.id, name: organization.legalName, country: organization.country, region: organization.region };

export async function insertProfile(db: Db, row: ProfileInsert) {
  await db.insert(cooperationProfile).values(row);
}

export async function updateProfile(db: Db, id: string, values: Partial<ProfileInsert>) {
  await db
    .update(cooperationProfile)
    .set({ ...values, updatedAt: new Date() })
    .where(eq(cooperationProfile.id, id));
}

export async function deleteProfile(db: Db, id: string) {
  await db.delete(cooperationProfile).where(eq(cooperationProfile.id, id));
}

export async function findProfile(db: Db, id: string): Promise<ProfileWithOwner | undefined> {
  const [row] = await db
    .select({ profile: cooperationProfile, owner })
    .from(cooperationProfile)
    .innerJoin(organization, eq(organization.id, cooperationProfile.organizationId))
    .where(eq(cooperationProfile.id, id));
  return row;
}

/** Current profiles of these organisations (for recommendations and participant cards). */
export async function findCurrentProfilesOf(db: Db, organizationIds: string[]): Promise<ProfileWithOwner[]> {
  if (organizationIds.length === 0) return [];
  return db
    .select({ profile: cooperationProfile, owner })
    .from(cooperationProfile)
    .innerJoin(organization, eq(organization.id, cooperationProfile.organizationId))
    .where(and(inArray(cooperationProfile.organizationId, organizationIds), currentProfile))
    .orderBy(desc(cooperationProfile.updatedAt), desc(cooperationProfile.id));
}

export type ProfileFilter = {
  query: ResolvedQuery;
  kind?: string;
  hs?: string;
  country?: string;
  forumId?: string;
  organizationId?: string;
  includeExpired: boolean;
  offset: number;
  limit: number;
};

export async function searchProfiles(db: Db, f: ProfileFilter) {
  const where = and(
    matchesAll(f.query, cooperationProfile.searchWords),
    f.kind ? eq(cooperationProfile.kind, f.kind) : undefined,
    // A profile for a whole chapter ("52") answers a query for a subheading in it, and the reverse.
    f.hs ? sql`exists (select 1 from unnest(${cooperationProfile.hsCodes}) code where code like ${`${f.hs}%`} or ${f.hs} like code || '%')` : undefined,
    f.country ? eq(organization.country, f.country) : undefined,
    f.forumId
      ? sql`${cooperationProfile.organizationId} in (select ${meetingParticipant.organizationId} from ${meetingParticipant} where ${meetingParticipant.forumId} = ${f.forumId})`
      : undefined,
    f.organizationId ? eq(cooperationProfile.organizationId, f.organizationId) : undefined,
    f.includeExpired ? undefined : currentProfile,
  );
  const [rows, [{ total }]] = await Promise.all([
    db
      .select({ profile: cooperationProfile, owner })
      .from(cooperationProfile)
      .innerJoin(organization, eq(organization.id, cooperationProfile.organizationId))
      .where(where)
      .orderBy(desc(cooperationProfile.updatedAt), desc(cooperationProfile.id))
      .offset(f.offset)
      .limit(f.limit),
    db
      .select({ total: sql<number>`count(*)::int` })
      .from(cooperationProfile)
      .innerJoin(organization, eq(organization.id, cooperationProfile.organizationId))
      .where(where),
  ]);
  return { rows, total };
}

/** Current offers and requests of the organisations of a country, or of one of its regions. */
export async function findCurrentTradeProfilesIn(db: Db, place: Place) {
  return db
    .select({
      kind: cooperationProfile.kind,
      hsCodes: cooperationProfile.hsCodes,
      owner: {
        id: organization.id,
        legalName: organization.legalName,
        shortName: organization.shortName,
        country: organization.country,
        region: organization.region,
      },
    })
    .from(cooperationProfile)
    .innerJoin(organization, eq(organization.id, cooperationProfile.organizationId))
    .where(
      and(
        inArray(cooperationProfile.kind, ["offer", "request"]),
        eq(organization.country, place.country),
        place.region ? eq(organization.region, place.region) : undefined,
        currentProfile,
      ),
    );
}
