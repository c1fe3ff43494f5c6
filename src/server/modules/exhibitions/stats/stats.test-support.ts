import type { Db } from "../../../platform/db";
import { newId } from "../../../platform/ids";
import { booth, exhibitorApplication, hall } from "../schema";

export type BoothSpec = { holder: string | null; width: number; height: number; price?: { amount: number; currency: string } };

/** An application in a given state, as the applications slice would leave it. */
export async function fileApplication(db: Db, forumId: string, organizationId: string, status: string): Promise<string> {
  const id = newId();
  await db.insert(exhibitorApplication).values({ id, forumId, organizationId, kind: "booth", status });
  return id;
}

/** A hall with these booths side by side, each held by `holder` (an application id) or free. */
export async function buildBooths(db: Db, forumId: string, specs: BoothSpec[]) {
  const hallId = newId();
  await db.insert(hall).values({ id: hallId, forumId, name: { en: "Hall A" }, width: 200, height: 20, entrances: [{ x: 0, y: 10 }] });
  await db.insert(booth).values(
    specs.map((spec, i) => ({
      id: newId(),
      forumId,
      hallId,
      number: `A-${i + 1}`,
      x: 10 * i,
      y: 0,
      width: spec.width,
      height: spec.height,
      type: "row",
      priceAmount: spec.price?.amount ?? null,
      priceCurrency: spec.price?.currency ?? null,
      applicationId: spec.holder,
    })),
  );
}
