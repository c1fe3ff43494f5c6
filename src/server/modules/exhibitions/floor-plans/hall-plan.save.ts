import type { z } from "zod";
import type { ZHallPlanInput } from "../../../../contracts/exhibitions";
import { inferBoothType } from "../../../../engines/floor-plan";
import type { Db } from "../../../platform/db";
import { validationFailed } from "../../../platform/errors";
import { newId } from "../../../platform/ids";
import * as repo from "./floor-plan.repository";

type PlanInput = z.output<typeof ZHallPlanInput>;

/**
 * Replaces a hall's booths with the drawn ones, matching by number: a booth that keeps its number
 * keeps its id and its exhibitor however it is moved or resized; a booth left out of the plan is
 * removed, unless an exhibitor holds it. All or nothing.
 */
export async function saveBooths(db: Db, hall: repo.HallRow, input: PlanInput): Promise<repo.HallRow> {
  const enginePlan = { ...input, booths: input.booths.map((b) => ({ ...b, type: b.type ?? undefined })) };
  return db.transaction(async (txDb) => {
    const tx = txDb as unknown as Db;
    const existing = new Map((await repo.listHallBooths(tx, hall.id)).map((b) => [b.number, b]));
    const wanted = new Set(input.booths.map((b) => b.number));
    const dropped = [...existing.values()].filter((b) => !wanted.has(b.number));
    const held = dropped.filter((b) => b.applicationId);
    if (held.length) {
      throw validationFailed(
        held.map((b) => ({ field: "booths", message: `Booth ${b.number} is held by an exhibitor and cannot be removed; release it first` })),
        "booth_held",
        409,
      );
    }
    const removed = await repo.deleteFreeBooths(
      tx,
      dropped.map((b) => b.id),
    );
    // A booth taken between reading and deleting stays: refuse rather than silently keep it.
    if (removed !== dropped.length)
      throw validationFailed([{ field: "booths", message: "A booth was just taken by an exhibitor; reload the plan" }], "booth_held", 409);
    const inserts = [];
    for (const booth of input.booths) {
      const values = {
        number: booth.number,
        x: booth.x,
        y: booth.y,
        width: booth.width,
        height: booth.height,
        type: booth.type ?? inferBoothType(booth, enginePlan),
        priceAmount: booth.price ?? null,
        priceCurrency: booth.price != null ? (booth.currency ?? null) : null,
        pavilionId: booth.pavilionId ?? null,
      };
      const current = existing.get(booth.number);
      if (current) await repo.updateBooth(tx, current.id, values);
      else inserts.push({ id: newId(), forumId: hall.forumId, hallId: hall.id, ...values });
    }
    await repo.insertBooths(tx, inserts);
    return repo.updateHall(tx, hall.id, { width: input.width, height: input.height, entrances: input.entrances, obstacles: input.obstacles });
  });
}
