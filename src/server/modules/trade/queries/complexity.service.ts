import { computeComplexity } from "../../../../engines/trade-indicators";
import type { AppContext } from "../../../platform/context";
import type { DatasetRow } from "../catalog.repository";
import { complexityInput } from "./flows.repository";
import { remember } from "./kept-results";

export type RankedLocation = { location: string; eci: number; diversity: number; coi: number; rank: number };
export type ComplexityYear = { locations: RankedLocation[]; products: { hs: string; pci: number; ubiquity: number }[] };

// Computed once per dataset version and year.
const cache = new Map<string, Promise<ComplexityYear>>();
const KEEP = 16;

/** Economic complexity of the world dataset's countries for a year, on four-digit products. */
export function complexityOf(ctx: AppContext, world: DatasetRow, year: number): Promise<ComplexityYear> {
  return remember(
    cache,
    `${world.tableName}:${year}`,
    () =>
      complexityInput(ctx.analytics, world.tableName, year).then((rows) => {
        const result = computeComplexity(rows);
        const locations = [...result.locations]
          .filter((l) => Number.isFinite(l.eci))
          .sort((a, b) => b.eci - a.eci || a.location.localeCompare(b.location))
          .map((l, index) => ({ location: l.location, eci: l.eci, diversity: l.diversity, coi: l.coi, rank: index + 1 }));
        const products = result.products
          .filter((p) => Number.isFinite(p.pci))
          .map((p) => ({ hs: p.product, pci: p.pci, ubiquity: p.ubiquity }))
          .sort((a, b) => b.pci - a.pci || a.hs.localeCompare(b.hs));
        return { locations, products };
      }),
    KEEP,
  );
}
