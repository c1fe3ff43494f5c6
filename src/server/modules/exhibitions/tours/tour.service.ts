import type { z } from "zod";
import type { TTour, ZTourInput, ZTourPatch } from "../../../../contracts/exhibitions";
import type { SessionUser } from "../../../platform/auth";
import type { AppContext } from "../../../platform/context";
import type { Db } from "../../../platform/db";
import { invalid, notFound } from "../../../platform/errors";
import { newId } from "../../../platform/ids";
import { requireForumManager } from "../access";
import * as plans from "../floor-plans/floor-plan.repository";
import type { ForumRow } from "../forums/forum.repository";
import { venueDateOf } from "../venue-time";
import * as repo from "./tour.repository";
import { planTourRoute } from "./tour-route";

type Ctx = Pick<AppContext, "database" | "mailer" | "config">;

const MINUTE = 60_000;

type BoothsById = Map<string, Awaited<ReturnType<typeof plans.listBoothsWithHolders>>[number]>;

/** The booths with their holders, by id: read once for any number of tours of the forum. */
const boothsOf = async (db: Db, where: { forumId: string; hallId?: string }): Promise<BoothsById> =>
  new Map((await plans.listBoothsWithHolders(db, where)).map((b) => [b.booth.id, b]));

/** A tour with its timetable: each stop's booth, the exhibitor there, and the venue clock times. */
export async function toTour(db: Db, row: repo.TourRow, known?: BoothsById): Promise<TTour> {
  const booths = known ?? (await boothsOf(db, { forumId: row.forumId, hallId: row.hallId }));
  const at = (minute: number) => new Date(row.startsAt.getTime() + minute * MINUTE).toISOString();
  const last = row.legs.at(-1);
  return {
    id: row.id,
    forumId: row.forumId,
    name: row.name,
    note: row.note,
    hallId: row.hallId,
    startsAt: row.startsAt.toISOString(),
    endsAt: at(last?.departureMinute ?? 0),
    minutesPerStop: row.minutesPerStop,
    entrance: row.entrance,
    stops: row.legs.map((leg) => {
      const booth = booths.get(leg.boothId);
      const holder = booth?.holder?.status === "approved" ? booth.holder : null;
      return {
        boothId: leg.boothId,
        boothNumber: booth?.booth.number ?? "?",
        exhibitor: holder?.organizationId ? { organizationId: holder.organizationId, name: holder.name ?? {} } : null,
        walkMinutes: leg.walkMinutes,
        distanceMetres: leg.distanceMetres,
        arrivesAt: at(leg.arrivalMinute),
        leavesAt: at(leg.departureMinute),
        path: leg.path,
      };
    }),
    totalDistanceMetres: row.totalDistanceMetres,
    optimal: row.optimal,
    notifiedAt: row.notifiedAt?.toISOString() ?? null,
  };
}

// A delegation may walk the stands during the set-up days before opening, never long before or after the forum.
const TOUR_LEAD_DAYS = 31;

/**
 * A tour happens at the venue around the forum. Without this, any instant was stored: a tour
 * dated decades away, and years outside PostgreSQL's range (year 0, year 10000) ended in a 500.
 */
function checkTourStart(forum: ForumRow, startsAt: Date) {
  const day = venueDateOf(startsAt, forum.timeZone);
  const earliest = new Date(Date.parse(`${forum.startsOn}T00:00:00Z`) - TOUR_LEAD_DAYS * 86_400_000).toISOString().slice(0, 10);
  // Years outside 1000–9999 do not format as YYYY-MM-DD (year 0 reads "1-01-01", year 10000 has five digits).
  if (day.length !== 10 || day < earliest || day > forum.endsOn) {
    throw invalid("startsAt", `A tour takes place from ${earliest} to the forum's last day, ${forum.endsOn} (${forum.timeZone})`);
  }
}

async function hallOfForum(db: Db, forumId: string, hallId: string) {
  const hall = await plans.findHall(db, hallId);
  if (!hall || hall.forumId !== forumId) throw invalid("hallId", "There is no such hall in this forum");
  return hall;
}

export async function createTour(ctx: Ctx, actor: SessionUser, forumId: string, input: z.output<typeof ZTourInput>) {
  const db = ctx.database.db;
  const forum = await requireForumManager(db, forumId, actor);
  checkTourStart(forum, new Date(input.startsAt));
  const hall = await hallOfForum(db, forumId, input.hallId);
  const route = await planTourRoute(db, hall, input);
  const row = await repo.insertTour(db, {
    id: newId(),
    forumId,
    hallId: hall.id,
    name: input.name,
    note: input.note,
    startsAt: new Date(input.startsAt),
    minutesPerStop: input.minutesPerStop,
    entrance: input.entrance,
    ...route,
  });
  return toTour(db, row);
}

/** Tours are the organisers' plans (a head of state's route is not public). */
export async function managedTour(ctx: Ctx, actor: SessionUser, tourId: string): Promise<{ row: repo.TourRow; forum: ForumRow }> {
  const row = await repo.findTour(ctx.database.db, tourId);
  if (!row) throw notFound("Tour");
  return { row, forum: await requireForumManager(ctx.database.db, row.forumId, actor) };
}

export async function listTours(ctx: Ctx, actor: SessionUser, forumId: string) {
  const db = ctx.database.db;
  await requireForumManager(db, forumId, actor);
  const [rows, booths] = await Promise.all([repo.listTours(db, forumId), boothsOf(db, { forumId })]);
  return { items: await Promise.all(rows.map((row) => toTour(db, row, booths))) };
}

export async function getTour(ctx: Ctx, actor: SessionUser, tourId: string) {
  return toTour(ctx.database.db, (await managedTour(ctx, actor, tourId)).row);
}

export async function updateTour(ctx: Ctx, actor: SessionUser, tourId: string, patch: z.output<typeof ZTourPatch>) {
  const db = ctx.database.db;
  const { row, forum } = await managedTour(ctx, actor, tourId);
  if (patch.startsAt) checkTourStart(forum, new Date(patch.startsAt));
  const hall = await hallOfForum(db, row.forumId, patch.hallId ?? row.hallId);
  const replan = patch.hallId || patch.boothIds || patch.entrance !== undefined || patch.minutesPerStop !== undefined;
  const route = replan
    ? await planTourRoute(db, hall, {
        boothIds: patch.boothIds ?? row.legs.map((l) => l.boothId),
        entrance: patch.entrance ?? row.entrance,
        minutesPerStop: patch.minutesPerStop ?? row.minutesPerStop,
      })
    : {};
  const { boothIds: _ignored, startsAt, ...rest } = patch;
  const updated = await repo.updateTour(db, row.id, { ...rest, ...(startsAt && { startsAt: new Date(startsAt) }), ...route });
  return toTour(db, updated);
}

export async function deleteTour(ctx: Ctx, actor: SessionUser, tourId: string) {
  const { row } = await managedTour(ctx, actor, tourId);
  await repo.deleteTour(ctx.database.db, row.id);
}
