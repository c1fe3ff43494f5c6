import { balassaRca } from "./rca";

export type PotentialInput = {
  /** The exporter's exports to the world, by product. */
  exporterExports: Map<string, number>;
  /** Every exporter's exports, by product: the world market. */
  worldExports: Map<string, number>;
  /** The market's imports from the world, by product, in the year of the estimate… */
  marketImports: Map<string, number>;
  /** …and `growthYears` earlier, for the trend of its demand (none: no growth assumed). */
  marketImportsBefore?: Map<string, number>;
  growthYears: number;
  /** What the exporter already sells the market, by product. */
  bilateral: Map<string, number>;
  exporterTotal: number;
  worldTotal: number;
};

export type PotentialRow = { product: string; supply: number; demand: number; ease: number; potential: number; actual: number; untapped: number };

/** Demand is projected this many years ahead of the estimate's year. */
export const PROJECTION_YEARS = 3;
const GROWTH_BOUNDS = [-0.2, 0.3] as const;
const EASE_BOUNDS = [0.1, 10] as const;

const clamp = (value: number, [low, high]: readonly [number, number]) => Math.min(high, Math.max(low, value));

/**
 * Untapped export potential, in the spirit of ITC's Export Potential Map (method and limits in
 * docs/trade-potential.md). For each product the exporter already sells somewhere:
 * supply = its world market share, scaled down where its RCA is below 1;
 * demand = the market's imports, grown by their recent yearly trend for PROJECTION_YEARS;
 * ease = what the exporter sells the market over what its market shares alone would give there;
 * potential = supply × demand × ease, and untapped = potential − actual, where positive.
 */
export function exportPotential(input: PotentialInput): PotentialRow[] {
  const supply = new Map<string, number>();
  for (const [product, value] of input.exporterExports) {
    const world = input.worldExports.get(product) ?? 0;
    if (value <= 0 || world <= 0) continue;
    const rca = balassaRca(value, input.exporterTotal, world, input.worldTotal);
    supply.set(product, Math.min(1, value / world) * Math.min(1, rca));
  }
  let expected = 0;
  let actualTotal = 0;
  for (const [product, share] of supply) {
    expected += share * (input.marketImports.get(product) ?? 0);
    actualTotal += input.bilateral.get(product) ?? 0;
  }
  const ease = expected > 0 ? clamp(actualTotal / expected, EASE_BOUNDS) : 1;
  const rows: PotentialRow[] = [];
  for (const [product, share] of supply) {
    const now = input.marketImports.get(product) ?? 0;
    if (now <= 0) continue;
    const before = input.marketImportsBefore?.get(product) ?? 0;
    const growth = input.marketImportsBefore && before > 0 && input.growthYears > 0 ? clamp((now / before) ** (1 / input.growthYears) - 1, GROWTH_BOUNDS) : 0;
    const demand = now * (1 + growth) ** PROJECTION_YEARS;
    const potential = share * demand * ease;
    const actual = input.bilateral.get(product) ?? 0;
    rows.push({ product, supply: share, demand, ease, potential, actual, untapped: Math.max(0, potential - actual) });
  }
  return rows;
}
