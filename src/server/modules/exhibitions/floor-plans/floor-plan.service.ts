import type { z } from "zod";
import type { TFloorPlan, THall, ZHallInput, ZHallPatch, ZHallPlanInput, ZPavilionInput, ZPavilionPatch } from "../../../../contracts/exhibitions";
import { validateHallPlan } from "../../../../engines/floor-plan";
import type { SessionUser } from "../../../platform/auth";
import type { AppContext } from "../../../platform/context";
import type { Db } from "../../../platform/db";
import { AppError, invalid, isUniqueViolation, notFound, validationFailed } from "../../../platform/errors";
import { newId } from "../../../platform/ids";
import { loadVisibleForum, requireForumManager } from "../access";
import * as repo from "./floor-plan.repository";
import { toBooth, toHall, toPavilion } from "./floor-plan.views";
import { saveBooths } from "./hall-plan.save";

type Ctx = Pick<AppContext, "database" | "reference">;

export async function getFloorPlan(ctx: Ctx, viewer: SessionUser | null, forumId: string): Promise<TFloorPlan> {
  const db = ctx.database.db;
  await loadVisibleForum(db, forumId, viewer);
  const [pavilions, halls, booths] = await Promise.all([
    repo.listPavilions(db, forumId),
    repo.listHalls(db, forumId),
    repo.listBoothsWithHolders(db, { forumId }),
  ]);
  return {
    forumId,
    pavilions: pavilions.map(toPavilion),
    halls: halls.map((hall) =>
      toHall(
        hall,
        booths.filter((b) => b.booth.hallId === hall.id).map((b) => toBooth(b.booth, b.holder)),
      ),
    ),
  };
}

export async function hallView(db: Db, hall: repo.HallRow): Promise<THall> {
  const booths = await repo.listBoothsWithHolders(db, { forumId: hall.forumId, hallId: hall.id });
  return toHall(
    hall,
    booths.map((b) => toBooth(b.booth, b.holder)),
  );
}

function checkPavilionCountry(ctx: Ctx, country: string | null | undefined) {
  if (country && !ctx.reference.jurisdictions.isCountry(country)) throw invalid("country", `${country} is not an ISO 3166-1 country code`);
}

export async function createPavilion(ctx: Ctx, actor: SessionUser, forumId: string, input: z.output<typeof ZPavilionInput>) {
  await requireForumManager(ctx.database.db, forumId, actor);
  checkPavilionCountry(ctx, input.country);
  return toPavilion(await repo.insertPavilion(ctx.database.db, { id: newId(), forumId, ...input, country: input.country ?? null }));
}

async function managedPavilion(ctx: Ctx, actor: SessionUser, pavilionId: string) {
  const row = await repo.findPavilion(ctx.database.db, pavilionId);
  if (!row) throw notFound("Pavilion");
  await requireForumManager(ctx.database.db, row.forumId, actor);
  return row;
}

export async function updatePavilion(ctx: Ctx, actor: SessionUser, pavilionId: string, patch: z.output<typeof ZPavilionPatch>) {
  await managedPavilion(ctx, actor, pavilionId);
  checkPavilionCountry(ctx, patch.country);
  return toPavilion(await repo.updatePavilion(ctx.database.db, pavilionId, patch));
}

/** Its booths stay where they are, just no longer grouped. */
export async function deletePavilion(ctx: Ctx, actor: SessionUser, pavilionId: string) {
  await managedPavilion(ctx, actor, pavilionId);
  await repo.deletePavilion(ctx.database.db, pavilionId);
}

function throwPlanProblems(plan: Parameters<typeof validateHallPlan>[0]) {
  const problems = validateHallPlan(plan);
  if (problems.length) throw validationFailed(problems.map((p) => ({ field: p.path || "plan", message: p.message })));
}

export async function createHall(ctx: Ctx, actor: SessionUser, forumId: string, input: z.output<typeof ZHallInput>): Promise<THall> {
  const db = ctx.database.db;
  await requireForumManager(db, forumId, actor);
  throwPlanProblems({ width: input.width, height: input.height, entrances: input.entrances, obstacles: input.obstacles, booths: [] });
  const row = await repo.insertHall(db, { id: newId(), forumId, position: await repo.nextHallPosition(db, forumId), ...input });
  return toHall(row, []);
}

async function managedHall(ctx: Ctx, actor: SessionUser, hallId: string) {
  const row = await repo.findHall(ctx.database.db, hallId);
  if (!row) throw notFound("Hall");
  await requireForumManager(ctx.database.db, row.forumId, actor);
  return row;
}

export async function renameHall(ctx: Ctx, actor: SessionUser, hallId: string, patch: z.output<typeof ZHallPatch>) {
  await managedHall(ctx, actor, hallId);
  return hallView(ctx.database.db, await repo.updateHall(ctx.database.db, hallId, patch));
}

export async function deleteHall(ctx: Ctx, actor: SessionUser, hallId: string) {
  await managedHall(ctx, actor, hallId);
  // Counted and deleted under the booths' locks: counted apart, a booth booked in between was
  // deleted with the hall, and its exhibitor's application silently lost it.
  await ctx.database.db.transaction(async (txDb) => {
    const tx = txDb as unknown as Db;
    const held = await repo.lockAndCountHeldBooths(tx, hallId);
    if (held > 0) throw new AppError("hall_has_exhibitors", 409, `${held} booth(s) in this hall are held by exhibitors; move or release them first`);
    await repo.deleteHall(tx, hallId);
  });
}

/** Saves a whole hall as drawn in the editor or imported from a file. */
export async function saveHallPlan(ctx: Ctx, actor: SessionUser, hallId: string, input: z.output<typeof ZHallPlanInput>): Promise<THall> {
  const db = ctx.database.db;
  const hall = await managedHall(ctx, actor, hallId);
  throwPlanProblems({ ...input, booths: input.booths.map((b) => ({ ...b, type: b.type ?? undefined })) });
  const pavilionIds = new Set((await repo.listPavilions(db, hall.forumId)).map((p) => p.id));
  const errors = input.booths.flatMap((b, i) => [
    ...(b.pavilionId && !pavilionIds.has(b.pavilionId)
      ? [{ field: `booths[${i}].pavilionId`, message: `Booth ${b.number}: no such pavilion in this forum` }]
      : []),
    ...(b.price != null && !b.currency ? [{ field: `booths[${i}].currency`, message: `Booth ${b.number}: give the currency of the price` }] : []),
  ]);
  if (errors.length) throw validationFailed(errors);
  const taken = await repo.numbersInOtherHalls(
    db,
    hall.forumId,
    hallId,
    input.booths.map((b) => b.number),
  );
  if (taken.length) throw validationFailed(taken.map((n) => ({ field: "booths", message: `Booth number ${n} is already used in another hall of this forum` })));
  // Two halls saved at once can both pass the check above with the same new number; the unique
  // index then refuses the second, which used to surface as a 500.
  const saved = await saveBooths(db, hall, input).catch((error: unknown) => {
    if (!isUniqueViolation(error, "booth_forum_number_uq")) throw error;
    throw validationFailed(
      [{ field: "booths", message: "A booth number of this plan was just used in another hall of this forum; reload the plans and save again" }],
      "booth_number_taken",
      409,
    );
  });
  return hallView(db, saved);
}
