import type { TBilateralView } from "../../../../contracts/trade";
import { tradeIntensity } from "../../../../engines/trade-indicators";
import type { AppContext } from "../../../platform/context";
import { invalid } from "../../../platform/errors";
import { mirrorRows, reportedFigures } from "./flows.repository";
import { type ProductRow, pairFigures, type YearSummary } from "./pair-aggregate";
import { A_TO_B, B_TO_A, GROWTH_YEARS, untappedPotential } from "./potential.service";
import { type HsNamer, hsNamer, loadTradeSources, pairTables, pickYear } from "./trade-sources";
import { cachedWorldProducts, cachedWorldTotals } from "./world-aggregates";

const TOP_PRODUCTS = 15;
const TOP_UNTAPPED = 10;

/** Everything the bilateral page shows for two jurisdictions, in one answer. */
export async function bilateralView(ctx: AppContext, query: { a: string; b: string; year?: number; dataset?: string }): Promise<TBilateralView> {
  const { a, b } = query;
  if (a === b) throw invalid("b", "Choose two different jurisdictions");
  const sources = await loadTradeSources(ctx.analytics);
  const dataset = await sources.flowsFor([a, b], query.dataset);
  const year = pickYear(dataset, query.year);
  const world = sources.world();
  const tables = await pairTables(sources, dataset, a, b);
  const [{ summary, rows }, reported, mirror, worldTotals, worldProducts] = await Promise.all([
    pairFigures(ctx.analytics, tables, a, b, [year, year - 1, year - GROWTH_YEARS]),
    reportedFigures(
      ctx.analytics,
      sources.published().map((d) => d.tableName),
      a,
      b,
    ),
    mirrorRows(
      ctx.analytics,
      sources.reported().map((d) => d.tableName),
      a,
      b,
    ),
    world ? cachedWorldTotals(ctx.analytics, world.tableName) : Promise.resolve([]),
    world ? cachedWorldProducts(ctx.analytics, world.tableName, year) : Promise.resolve([]),
  ]);
  const worldByProduct = new Map(worldProducts.map((p) => [p.hs, p.value]));
  const [untappedAToB, untappedBToA] = await Promise.all([
    untappedPotential(
      ctx,
      rows,
      summary.find((row) => row.year === year),
      worldByProduct,
      a,
      A_TO_B,
      year,
      TOP_UNTAPPED,
    ),
    untappedPotential(
      ctx,
      rows,
      summary.find((row) => row.year === year),
      worldByProduct,
      b,
      B_TO_A,
      year,
      TOP_UNTAPPED,
    ),
  ]);
  const worldByYear = new Map(worldTotals.map((row) => [row.year, row.value]));
  const traded = summary.filter((row) => row.ab > 0 || row.ba > 0);
  const years: TBilateralView["years"] = traded.map((row, index) => {
    const turnover = row.ab + row.ba;
    const before = index > 0 && traded[index - 1].year === row.year - 1 ? traded[index - 1].ab + traded[index - 1].ba : undefined;
    return {
      year: row.year,
      aToB: row.ab,
      bToA: row.ba,
      turnover,
      growth: before ? turnover / before - 1 : null,
      reported: reported.filter((figure) => figure.year === row.year),
      complementarityAB: row.complementarityAB,
      complementarityBA: row.complementarityBA,
      intensityAB: intensityOf(row, "ab", worldByYear.get(row.year)),
      intensityBA: intensityOf(row, "ba", worldByYear.get(row.year)),
    };
  });
  // Reported figures for years the statistics do not cover yet still belong beside the series.
  for (const reportedYear of new Set(reported.map((figure) => figure.year))) {
    if (years.some((y) => y.year === reportedYear)) continue;
    const figures = reported.filter((figure) => figure.year === reportedYear);
    years.push({
      year: reportedYear,
      aToB: null,
      bToA: null,
      turnover: null,
      growth: null,
      reported: figures,
      complementarityAB: null,
      complementarityBA: null,
      intensityAB: null,
      intensityBA: null,
    });
  }
  years.sort((x, y) => x.year - y.year);
  return {
    a,
    b,
    dataset: dataset.name,
    synthetic: dataset.synthetic,
    year,
    years,
    topAToB: topProducts(rows, "ab", year, hsNamer(ctx)),
    topBToA: topProducts(rows, "ba", year, hsNamer(ctx)),
    mirror: mirror.map((row) => ({ ...row, gap: row.exporterReports > 0 ? (row.importerReports - row.exporterReports) / row.exporterReports : null })),
    untappedAToB,
    untappedBToA,
  };
}

function intensityOf(row: YearSummary, flow: "ab" | "ba", worldTotal: number | undefined) {
  const [exporterTotal, importerTotal] = flow === "ab" ? [row.xa, row.mb] : [row.xb, row.ma];
  if (!worldTotal || exporterTotal <= 0 || importerTotal <= 0) return null;
  return tradeIntensity({ bilateral: row[flow], exporterTotal, importerTotal, worldTotal });
}

function topProducts(rows: ProductRow[], flow: "ab" | "ba", year: number, name: HsNamer) {
  const previous = new Map(rows.filter((r) => r.year === year - 1).map((r) => [r.hs, r[flow]]));
  return rows
    .filter((r) => r.year === year && r[flow] > 0)
    .sort((x, y) => y[flow] - x[flow] || x.hs.localeCompare(y.hs))
    .slice(0, TOP_PRODUCTS)
    .map((r) => {
      const earlier = previous.get(r.hs) ?? 0;
      return { hs: r.hs, name: name(r.hs), value: r[flow], previous: earlier, growth: earlier > 0 ? r[flow] / earlier - 1 : null };
    });
}
