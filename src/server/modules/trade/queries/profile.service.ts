import type { TJurisdictionProfile, TRcaProduct } from "../../../../contracts/trade";
import { balassaRca } from "../../../../engines/trade-indicators";
import type { AppContext } from "../../../platform/context";
import { complexityOf } from "./complexity.service";
import { productsOf, topPartners, yearTotals } from "./flows.repository";
import type { FlowSource } from "./trade-sources";
import { type HsNamer, hsNamer, isRegion, loadTradeSources, pickYear } from "./trade-sources";
import { cachedWorldProducts } from "./world-aggregates";

const RCA_LIMIT = 50;

/** Exports and imports over time, main partners, what is exported, strengths and complexity rank. */
export async function jurisdictionProfile(ctx: AppContext, code: string, query: { year?: number; dataset?: string }): Promise<TJurisdictionProfile> {
  const sources = await loadTradeSources(ctx.analytics);
  const dataset = await sources.flowsFor([code], query.dataset);
  const year = pickYear(dataset, query.year);
  const world = sources.world();
  const reader = ctx.analytics;
  const table = dataset.tableName;
  const [years, partners, chapters, rcaProducts, complexity] = await Promise.all([
    yearTotals(reader, table, code),
    topPartners(reader, table, code, year),
    productsOf(reader, table, "exporter", code, year, 2),
    world ? revealedAdvantages({ reader, table }, { reader, table: world.tableName }, code, year, hsNamer(ctx)) : Promise.resolve([]),
    world && !isRegion(code) ? complexityOf(ctx, world, year) : Promise.resolve(undefined),
  ]);
  const ranked = complexity?.locations.find((l) => l.location === code);
  const name = hsNamer(ctx);
  return {
    jurisdiction: code,
    dataset: dataset.name,
    synthetic: dataset.synthetic,
    year,
    years,
    partners,
    structure: chapters.map((c) => {
      const section = ctx.reference.hs.get(c.hs)?.section ?? "?";
      return { section, sectionName: ctx.reference.hs.sectionName(section), chapter: c.hs, chapterName: name(c.hs), value: c.value };
    }),
    rcaProducts: rcaProducts.slice(0, RCA_LIMIT),
    complexity: ranked ? { eci: ranked.eci, rank: ranked.rank, of: complexity?.locations.length ?? 0, diversity: ranked.diversity } : null,
  };
}

/**
 * Balassa's RCA of `code` in every six-digit product, against world exports of the world dataset.
 * A region's exports come from its own dataset but are still measured against the world's mix.
 */
export async function revealedAdvantages(own: FlowSource, world: FlowSource, code: string, year: number, name: HsNamer): Promise<TRcaProduct[]> {
  const [ownProducts, everyone] = await Promise.all([
    productsOf(own.reader, own.table, "exporter", code, year, 6),
    cachedWorldProducts(world.reader, world.table, year),
  ]);
  const worldTotal = everyone.reduce((sum, p) => sum + p.value, 0);
  const ownTotal = ownProducts.reduce((sum, p) => sum + p.value, 0);
  const worldByHs = new Map(everyone.map((p) => [p.hs, p.value]));
  if (worldTotal <= 0 || ownTotal <= 0) return [];
  return ownProducts
    .flatMap((p) => {
      const worldValue = worldByHs.get(p.hs);
      if (!worldValue) return [];
      const rca = balassaRca(p.value, ownTotal, worldValue, worldTotal);
      return rca > 1 ? [{ hs: p.hs, name: name(p.hs), rca, value: p.value, worldShare: Math.min(1, p.value / worldValue) }] : [];
    })
    .sort((a, b) => b.rca - a.rca || a.hs.localeCompare(b.hs));
}
