import type { TBilateralView } from "../../../../contracts/trade";
import type { AppContext } from "../../../platform/context";
import { invalid } from "../../../platform/errors";
import { bilateralYears, mirrorRows, productsOf, reportedFigures } from "./flows.repository";
import { pairIndicatorsByYear } from "./pair-indicators";
import { untappedPotential } from "./potential.service";
import { loadTradeSources, pickYear } from "./trade-sources";

const TOP_PRODUCTS = 15;
const TOP_UNTAPPED = 10;

/** Everything the bilateral page shows for two jurisdictions, in one answer. */
export async function bilateralView(ctx: AppContext, query: { a: string; b: string; year?: number; dataset?: string }): Promise<TBilateralView> {
  const { a, b } = query;
  if (a === b) throw invalid("b", "Choose two different jurisdictions");
  const sources = await loadTradeSources(ctx.analytics);
  const dataset = await sources.flowsFor([a, b], query.dataset);
  const year = pickYear(dataset, query.year);
  const table = dataset.tableName;
  const series = await bilateralYears(ctx.analytics, table, a, b);
  const [reported, indicators, aToB, aToBBefore, bToA, bToABefore, mirror, untappedAToB, untappedBToA] = await Promise.all([
    reportedFigures(ctx.analytics, sources.published().map((d) => d.tableName), a, b),
    pairIndicatorsByYear(ctx, sources, a, b, series),
    productsOf(ctx.analytics, table, "exporter", a, year, 6, b),
    productsOf(ctx.analytics, table, "exporter", a, year - 1, 6, b),
    productsOf(ctx.analytics, table, "exporter", b, year, 6, a),
    productsOf(ctx.analytics, table, "exporter", b, year - 1, 6, a),
    mirrorRows(ctx.analytics, sources.reported().map((d) => d.tableName), a, b),
    untappedPotential(ctx, sources, { exporter: a, market: b, year }, TOP_UNTAPPED),
    untappedPotential(ctx, sources, { exporter: b, market: a, year }, TOP_UNTAPPED),
  ]);
  const years: TBilateralView["years"] = series.map((row, index) => {
    const turnover = row.aToB + row.bToA;
    const previous = index > 0 ? series[index - 1] : undefined;
    const before = previous && previous.year === row.year - 1 ? previous.aToB + previous.bToA : undefined;
    const pair = indicators.get(row.year);
    return {
      ...row,
      turnover,
      growth: before ? turnover / before - 1 : null,
      reported: reported.filter((figure) => figure.year === row.year),
      complementarityAB: pair?.complementarityAB ?? null,
      complementarityBA: pair?.complementarityBA ?? null,
      intensityAB: pair?.intensityAB ?? null,
      intensityBA: pair?.intensityBA ?? null,
    };
  });
  // Reported figures for years the statistics do not cover yet still belong beside the series.
  for (const reportedYear of new Set(reported.map((figure) => figure.year))) {
    if (years.some((y) => y.year === reportedYear)) continue;
    const figures = reported.filter((figure) => figure.year === reportedYear);
    years.push({ year: reportedYear, aToB: null, bToA: null, turnover: null, growth: null, reported: figures, complementarityAB: null, complementarityBA: null, intensityAB: null, intensityBA: null });
  }
  years.sort((x, y) => x.year - y.year);
  return {
    a,
    b,
    dataset: dataset.name,
    synthetic: dataset.synthetic,
    year,
    years,
    topAToB: withGrowth(aToB, aToBBefore),
    topBToA: withGrowth(bToA, bToABefore),
    mirror: mirror.map((row) => ({ ...row, gap: row.exporterReports > 0 ? (row.importerReports - row.exporterReports) / row.exporterReports : null })),
    untappedAToB,
    untappedBToA,
  };
}

function withGrowth(now: { hs: string; value: number }[], before: { hs: string; value: number }[]) {
  const previous = new Map(before.map((p) => [p.hs, p.value]));
  return now.slice(0, TOP_PRODUCTS).map((p) => {
    const earlier = previous.get(p.hs) ?? 0;
    return { hs: p.hs, value: p.value, previous: earlier, growth: earlier > 0 ? p.value / earlier - 1 : null };
  });
}
