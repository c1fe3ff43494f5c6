import type { TJurisdictionProfile, TRcaProduct } from "../../../../contracts/trade";
import type { AppContext } from "../../../platform/context";
import type { DatasetRow } from "../catalog.repository";
import { complexityOf } from "./complexity.service";
import { productsOf, topPartners, worldProducts, yearTotals } from "./flows.repository";
import { isRegion, loadTradeSources, pickYear } from "./trade-sources";

const RCA_LIMIT = 50;

/** Exports and imports over time, main partners, what is exported, strengths and complexity rank. */
export async function jurisdictionProfile(ctx: AppContext, code: string, query: { year?: number; dataset?: string }): Promise<TJurisdictionProfile> {
  const sources = await loadTradeSources(ctx.analytics);
  const dataset = await sources.flowsFor([code], query.dataset);
  const year = pickYear(dataset, query.year);
  const world = sources.world();
  const [years, partners, chapters, rcaProducts, complexity] = await Promise.all([
    yearTotals(ctx.analytics, dataset.tableName, code),
    topPartners(ctx.analytics, dataset.tableName, code, year),
    productsOf(ctx.analytics, dataset.tableName, "exporter", code, year, 2),
    world ? revealedAdvantages(ctx, dataset, world, code, year) : Promise.resolve([]),
    world && !isRegion(code) ? complexityOf(ctx, world, year) : Promise.resolve(undefined),
  ]);
  const ranked = complexity?.locations.find((l) => l.location === code);
  return {
    jurisdiction: code,
    dataset: dataset.name,
    synthetic: dataset.synthetic,
    year,
    years,
    partners,
    structure: chapters.map((c) => ({ section: ctx.reference.hs.get(c.hs)?.section ?? "?", chapter: c.hs, value: c.value })),
    rcaProducts: rcaProducts.slice(0, RCA_LIMIT),
    complexity: ranked ? { eci: ranked.eci, rank: ranked.rank, of: complexity?.locations.length ?? 0, diversity: ranked.diversity } : null,
  };
}

/**
 * Balassa's RCA of `code` in every six-digit product, against world exports of the world dataset.
 * A region's exports come from its own dataset but are still measured against the world's mix.
 */
export async function revealedAdvantages(ctx: AppContext, dataset: DatasetRow, world: DatasetRow, code: string, year: number): Promise<TRcaProduct[]> {
  const [own, everyone] = await Promise.all([
    productsOf(ctx.analytics, dataset.tableName, "exporter", code, year, 6),
    worldProducts(ctx.analytics, world.tableName, year, 6),
  ]);
  const worldTotal = everyone.reduce((sum, p) => sum + p.value, 0);
  const ownTotal = own.reduce((sum, p) => sum + p.value, 0);
  const worldByHs = new Map(everyone.map((p) => [p.hs, p.value]));
  if (worldTotal <= 0 || ownTotal <= 0) return [];
  return own
    .flatMap((p) => {
      const worldValue = worldByHs.get(p.hs);
      if (!worldValue) return [];
      const rca = p.value / ownTotal / (worldValue / worldTotal);
      return rca > 1 ? [{ hs: p.hs, rca, value: p.value, worldShare: Math.min(1, p.value / worldValue) }] : [];
    })
    .sort((a, b) => b.rca - a.rca || a.hs.localeCompare(b.hs));
}
