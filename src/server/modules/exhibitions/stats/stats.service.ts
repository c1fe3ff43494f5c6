import type { TForumStats, TVisitorCategory } from "../../../../contracts/exhibitions";
import type { SessionUser } from "../../../platform/auth";
import type { AppContext } from "../../../platform/context";
import { requireForumManager } from "../access";
import * as repo from "./stats.repository";
import { venueHourText } from "./venue-hours";

type Ctx = Pick<AppContext, "database">;

const biggestFirst = (counts: repo.Count[]) => [...counts].sort((a, b) => b.count - a.count || a.key.localeCompare(b.key));
const total = (counts: { count: number }[]) => counts.reduce((sum, c) => sum + c.count, 0);
const cents = (amount: number) => Math.round(amount * 100) / 100;

const hourly = (rows: repo.HourCount[]) =>
  rows.map((r) => ({ hour: venueHourText(r.localHour, r.offsetSeconds), category: r.category as TVisitorCategory, count: r.count }));

/**
 * The organisers' dashboard, counted by the database. Cancelled registrations are left out of
 * visitors and check-ins alike; hours are the venue's wall-clock hours.
 */
export async function getForumStats(ctx: Ctx, actor: SessionUser | null, forumId: string): Promise<TForumStats> {
  const db = ctx.database.db;
  const forum = await requireForumManager(db, forumId, actor);
  const [byCountry, bySector, byStatus, booths, revenue, byCategory, registeredByHour, checkedInByHour] = await Promise.all([
    repo.countExhibitorsByCountry(db, forumId),
    repo.countExhibitorsBySector(db, forumId),
    repo.countApplicationsByStatus(db, forumId),
    repo.summariseBooths(db, forumId),
    repo.sumRevenueByCurrency(db, forumId),
    repo.countRegistrationsByCategory(db, forumId),
    repo.countByVenueHour(db, forumId, forum.timeZone, "registered"),
    repo.countByVenueHour(db, forumId, forum.timeZone, "checkedIn"),
  ]);
  const registered = biggestFirst(byCategory.map((c) => ({ key: c.key, count: c.registered })));
  const checkedIn = biggestFirst(byCategory.filter((c) => c.checkedIn > 0).map((c) => ({ key: c.key, count: c.checkedIn })));
  return {
    generatedAt: new Date().toISOString(),
    timeZone: forum.timeZone,
    exhibitors: { total: total(byCountry), byCountry: biggestFirst(byCountry), bySector: biggestFirst(bySector) },
    applications: { byStatus: biggestFirst(byStatus) },
    booths: {
      ...booths,
      area: cents(booths.area),
      soldArea: cents(booths.soldArea),
      revenue: revenue
        .flatMap((r) => (r.currency ? [{ currency: r.currency, amount: cents(r.amount) }] : []))
        .sort((a, b) => a.currency.localeCompare(b.currency)),
    },
    registrations: { total: total(registered), byCategory: registered, byHour: hourly(registeredByHour) },
    checkIns: { total: total(checkedIn), byCategory: checkedIn, byHour: hourly(checkedInByHour) },
  };
}
