import { tradeComplementarity, tradeIntensity } from "../../../../engines/trade-indicators";
import type { AppContext } from "../../../platform/context";
import type { DatasetRow } from "../catalog.repository";
import { productsByYear, worldTotalsByYear } from "./flows.repository";
import type { TradeSources } from "./trade-sources";
import { isRegion } from "./trade-sources";

export type PairIndicators = { complementarityAB: number | null; complementarityBA: number | null; intensityAB: number | null; intensityBA: number | null };

type YearProducts = Map<number, Map<string, number>>;

function byYear(rows: { year: number; hs: string; value: number }[]): YearProducts {
  const out: YearProducts = new Map();
  for (const row of rows) {
    let products = out.get(row.year);
    if (!products) out.set(row.year, (products = new Map()));
    products.set(row.hs, row.value);
  }
  return out;
}

const total = (products: Map<string, number> | undefined) => (products ? [...products.values()].reduce((sum, v) => sum + v, 0) : 0);

/** Where a jurisdiction's own trade with the world is recorded: a region's dataset, else the world one. */
async function sourceOf(sources: TradeSources, code: string): Promise<DatasetRow | undefined> {
  if (isRegion(code)) return sources.flowsFor([code]).catch(() => undefined);
  return sources.world() ?? sources.flowsFor([code]).catch(() => undefined);
}

/**
 * Trade complementarity (how well what one side sells matches what the other buys) and trade
 * intensity (how much more they trade than their shares of world trade predict), each direction,
 * for every year both sides have data; six-digit products.
 */
export async function pairIndicatorsByYear(
  ctx: AppContext,
  sources: TradeSources,
  a: string,
  b: string,
  bilateral: { year: number; aToB: number; bToA: number }[],
): Promise<Map<number, PairIndicators>> {
  const [sourceA, sourceB] = await Promise.all([sourceOf(sources, a), sourceOf(sources, b)]);
  const world = sources.world();
  if (!sourceA || !sourceB || !world) return new Map();
  const store = ctx.analytics;
  const [exportsA, importsA, exportsB, importsB, worldTotals] = await Promise.all([
    productsByYear(store, sourceA.tableName, "exporter", a, 6).then(byYear),
    productsByYear(store, sourceA.tableName, "importer", a, 6).then(byYear),
    productsByYear(store, sourceB.tableName, "exporter", b, 6).then(byYear),
    productsByYear(store, sourceB.tableName, "importer", b, 6).then(byYear),
    worldTotalsByYear(store, world.tableName),
  ]);
  const worldByYear = new Map(worldTotals.map((row) => [row.year, row.value]));
  const out = new Map<number, PairIndicators>();
  for (const { year, aToB, bToA } of bilateral) {
    const [xa, ma, xb, mb] = [exportsA.get(year), importsA.get(year), exportsB.get(year), importsB.get(year)];
    const worldTotal = worldByYear.get(year) ?? 0;
    const intensity = (flow: number, exports: Map<string, number> | undefined, imports: Map<string, number> | undefined) =>
      exports && imports && worldTotal > 0 ? tradeIntensity({ bilateral: flow, exporterTotal: total(exports), importerTotal: total(imports), worldTotal }) : null;
    out.set(year, {
      complementarityAB: xa && mb ? tradeComplementarity(xa, mb) : null,
      complementarityBA: xb && ma ? tradeComplementarity(xb, ma) : null,
      intensityAB: intensity(aToB, xa, mb),
      intensityBA: intensity(bToA, xb, ma),
    });
  }
  return out;
}
