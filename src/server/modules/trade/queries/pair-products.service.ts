import type { AppContext } from "../../../platform/context";
import { AppError } from "../../../platform/errors";
import { jurisdictionSeries, valuesOfYear } from "./jurisdiction-series";
import { pairFigures } from "./pair-aggregate";
import { loadTradeSources, pairTables, pickYear, type TradeSources } from "./trade-sources";
import { cachedWorldProducts } from "./world-aggregates";

export type SideProducts = { exports: Map<string, number>; imports: Map<string, number> };
export type PairProducts = {
  dataset: string;
  synthetic: boolean;
  year: number;
  a: SideProducts;
  b: SideProducts;
  /** World exports by six-digit code in the year, from the world dataset (empty without one). */
  world: Map<string, number>;
};

type Ctx = Pick<AppContext, "analytics">;

/** The dataset holding both sides, or null: the pages built on these work without trade figures too. */
async function datasetOfPair(sources: TradeSources, a: string, b: string) {
  try {
    return await sources.flowsFor([a, b]);
  } catch (error) {
    if (error instanceof AppError && error.code === "no_trade_data") return null;
    throw error;
  }
}

/**
 * What each of two jurisdictions exports to and imports from the world in one year, by six-digit
 * product: the trade side of the value-chain pages. Null when no dataset holds both.
 */
export async function pairProducts(ctx: Ctx, a: string, b: string, year?: number): Promise<PairProducts | null> {
  const sources = await loadTradeSources(ctx.analytics);
  const dataset = await datasetOfPair(sources, a, b);
  if (!dataset) return null;
  const shown = pickYear(dataset, year);
  const tables = await pairTables(sources, dataset, a, b);
  const world = sources.world();
  const [xa, ma, xb, mb, worldProducts] = await Promise.all([
    jurisdictionSeries(ctx.analytics, tables.a, a, "exporter"),
    jurisdictionSeries(ctx.analytics, tables.a, a, "importer"),
    jurisdictionSeries(ctx.analytics, tables.b, b, "exporter"),
    jurisdictionSeries(ctx.analytics, tables.b, b, "importer"),
    world ? cachedWorldProducts(ctx.analytics, world.tableName, shown) : Promise.resolve([]),
  ]);
  return {
    dataset: dataset.name,
    synthetic: dataset.synthetic,
    year: shown,
    a: { exports: valuesOfYear(xa, shown), imports: valuesOfYear(ma, shown) },
    b: { exports: valuesOfYear(xb, shown), imports: valuesOfYear(mb, shown) },
    world: new Map(worldProducts.map((p) => [p.hs, p.value])),
  };
}

/** Turnover (both directions) between two jurisdictions by year, with the dataset it comes from; null without one. */
export async function pairTurnover(ctx: Ctx, a: string, b: string): Promise<{ dataset: string; synthetic: boolean; years: Map<number, number> } | null> {
  const sources = await loadTradeSources(ctx.analytics);
  const dataset = await datasetOfPair(sources, a, b);
  if (!dataset) return null;
  const { summary } = await pairFigures(ctx.analytics, await pairTables(sources, dataset, a, b), a, b, []);
  return { dataset: dataset.name, synthetic: dataset.synthetic, years: new Map(summary.filter((y) => y.ab + y.ba > 0).map((y) => [y.year, y.ab + y.ba])) };
}
