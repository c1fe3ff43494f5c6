import { and, count, eq, isNotNull, isNull, type SQL, sql } from "drizzle-orm";
import type { Db } from "../../../platform/db";
import { organization } from "../../directory";
import { booth, exhibitorApplication, registration } from "../schema";

export type Count = { key: string; count: number };
export type HourCount = { localHour: string; offsetSeconds: number; category: string; count: number };

const approvedOf = (forumId: string) => and(eq(exhibitorApplication.forumId, forumId), eq(exhibitorApplication.status, "approved"));

export async function countExhibitorsByCountry(db: Db, forumId: string): Promise<Count[]> {
  return db
    .select({ key: organization.country, count: count() })
    .from(exhibitorApplication)
    .innerJoin(organization, eq(organization.id, exhibitorApplication.organizationId))
    .where(approvedOf(forumId))
    .groupBy(organization.country);
}

export async function countExhibitorsBySector(db: Db, forumId: string): Promise<Count[]> {
  const sectors = db
    .select({ sector: sql<string>`unnest(${organization.sectors})`.as("sector") })
    .from(exhibitorApplication)
    .innerJoin(organization, eq(organization.id, exhibitorApplication.organizationId))
    .where(approvedOf(forumId))
    .as("sectors");
  return db.select({ key: sectors.sector, count: count() }).from(sectors).groupBy(sectors.sector);
}

export async function countApplicationsByStatus(db: Db, forumId: string): Promise<Count[]> {
  return db
    .select({ key: exhibitorApplication.status, count: count() })
    .from(exhibitorApplication)
    .where(eq(exhibitorApplication.forumId, forumId))
    .groupBy(exhibitorApplication.status);
}

const area = sql`${booth.width} * ${booth.height}`;
const sold = sql`${exhibitorApplication.status} = 'approved'`;
const counted = (filter: SQL) => sql<number>`count(*) filter (where ${filter})`.mapWith(Number);

/** A booth is free with no holder, sold to an approved exhibitor, reserved for one still waiting. */
export async function summariseBooths(db: Db, forumId: string) {
  const [row] = await db
    .select({
      total: count(),
      free: counted(sql`${booth.applicationId} is null`),
      reserved: counted(sql`${exhibitorApplication.status} in ('pending', 'waitlisted')`),
      sold: counted(sold),
      area: sql<number>`coalesce(sum(${area}), 0)`.mapWith(Number),
      soldArea: sql<number>`coalesce(sum(${area}) filter (where ${sold}), 0)`.mapWith(Number),
    })
    .from(booth)
    .leftJoin(exhibitorApplication, eq(exhibitorApplication.id, booth.applicationId))
    .where(eq(booth.forumId, forumId));
  return row;
}

export async function sumRevenueByCurrency(db: Db, forumId: string) {
  return db
    .select({ currency: sql<string>`${booth.priceCurrency}`, amount: sql<number>`sum(${booth.priceAmount})`.mapWith(Number) })
    .from(booth)
    .innerJoin(exhibitorApplication, eq(exhibitorApplication.id, booth.applicationId))
    .where(and(eq(booth.forumId, forumId), eq(exhibitorApplication.status, "approved"), isNotNull(booth.priceAmount), isNotNull(booth.priceCurrency)))
    .groupBy(booth.priceCurrency);
}

const liveOf = (forumId: string) => and(eq(registration.forumId, forumId), isNull(registration.cancelledAt));

/** Live registrations, and how many of them came in, by category. */
export async function countRegistrationsByCategory(db: Db, forumId: string) {
  return db
    .select({ key: registration.category, registered: count(), checkedIn: counted(sql`${registration.checkedInAt} is not null`) })
    .from(registration)
    .where(liveOf(forumId))
    .groupBy(registration.category);
}

/**
 * Live registrations by the venue-local hour they registered or came in, and category. The bucket is the wall-clock
 * hour at the venue; its offset from UTC is returned with it, so the caller can write the hour
 * as an instant without guessing the zone's rules (a zone may change offset across a forum).
 */
export async function countByVenueHour(db: Db, forumId: string, timeZone: string, event: "registered" | "checkedIn"): Promise<HourCount[]> {
  const instant = event === "registered" ? registration.createdAt : registration.checkedInAt;
  const local = db
    .select({ hour: sql<string>`date_trunc('hour', ${instant} at time zone ${timeZone})`.as("hour"), category: registration.category })
    .from(registration)
    .where(and(liveOf(forumId), isNotNull(instant)))
    .as("local");
  return db
    .select({
      localHour: sql<string>`to_char(${local.hour}, 'YYYY-MM-DD"T"HH24:MI:SS')`,
      offsetSeconds: sql<number>`extract(epoch from ${local.hour} - ((${local.hour} at time zone ${timeZone}) at time zone 'UTC'))`.mapWith(Number),
      category: local.category,
      count: count(),
    })
    .from(local)
    .groupBy(local.hour, local.category)
    .orderBy(local.hour, local.category);
}
