import { tradeComplementarity } from "../../../../engines/trade-indicators";
import type { AnalyticsStore } from "../../../platform/duckdb";
import { quoteIdentifier } from "../catalog.repository";
import { jurisdictionSeries, type YearSeries } from "./jurisdiction-series";

/**
 * What a page about two jurisdictions a and b needs, by year and six-digit product: what each side
 * exports to and imports from everyone (xa, ma, xb, mb: each side's own series, kept between
 * requests) and what they sell each other (ab, ba: read for the pair).
 */
export type Series = "xa" | "ma" | "xb" | "mb" | "ab" | "ba";
const SERIES: Series[] = ["xa", "ma", "xb", "mb", "ab", "ba"];

/** Where each side's own trade is (a region's dataset, or the world's) and the pair's flows, with their code types. */
export type DatasetTable = { table: string; type: string | null };
export type PairTables = { a: DatasetTable; b: DatasetTable; pair: DatasetTable };

export type YearSummary = Record<Series, number> & { year: number; complementarityAB: number | null; complementarityBA: number | null };
export type ProductRow = Record<Series, number> & { year: number; hs: string };

/** a → b and b → a by year and product; each half reads only its exporter's blocks. */
async function pairFlows(store: AnalyticsStore, at: DatasetTable, a: string, b: string): Promise<{ ab: YearSeries; ba: YearSeries }> {
  const code = (param: string) => (at.type ? `${param}::${at.type}` : param);
  const half = (from: string, to: string) =>
    `SELECT year::INTEGER AS year, hs, sum(value_usd)::DOUBLE AS value FROM ${quoteIdentifier(at.table)} WHERE exporter = ${code(from)} AND importer = ${code(to)} GROUP BY ALL`;
  const toSeries = (rows: { year: number; hs: string; value: number }[]) => {
    const series: YearSeries = new Map();
    for (const row of rows) {
      if (!series.has(row.year)) series.set(row.year, new Map());
      series.get(row.year)?.set(row.hs, row.value);
    }
    return series;
  };
  const [ab, ba] = await Promise.all([
    store.query<{ year: number; hs: string; value: number }>(half("$1", "$2"), [a, b]),
    store.query<{ year: number; hs: string; value: number }>(half("$2", "$1"), [a, b]),
  ]);
  return { ab: toSeries(ab), ba: toSeries(ba) };
}

const total = (values: Map<string, number> | undefined) => {
  let sum = 0;
  for (const value of values?.values() ?? []) sum += value;
  return sum;
};

/**
 * Totals by year with trade complementarity both ways (the engine's), and the product rows of some
 * years (the year shown, the one before, the one growth is measured from) that any figure of the
 * page uses: traded between the two, or sold by one side and bought by the other.
 */
export async function pairFigures(store: AnalyticsStore, tables: PairTables, a: string, b: string, years: number[]) {
  const [xa, ma, xb, mb, { ab, ba }] = await Promise.all([
    jurisdictionSeries(store, tables.a, a, "exporter"),
    jurisdictionSeries(store, tables.a, a, "importer"),
    jurisdictionSeries(store, tables.b, b, "exporter"),
    jurisdictionSeries(store, tables.b, b, "importer"),
    pairFlows(store, tables.pair, a, b),
  ]);
  const all: Record<Series, YearSeries> = { xa, ma, xb, mb, ab, ba };
  const allYears = [...new Set(SERIES.flatMap((s) => [...all[s].keys()]))].sort((x, y) => x - y);
  const summary: YearSummary[] = allYears.map((year) => {
    const of = (s: Series) => all[s].get(year);
    const totals = Object.fromEntries(SERIES.map((s) => [s, total(of(s))])) as Record<Series, number>;
    return {
      year,
      ...totals,
      complementarityAB: totals.xa > 0 && totals.mb > 0 ? tradeComplementarity(of("xa") ?? new Map(), of("mb") ?? new Map()) : null,
      complementarityBA: totals.xb > 0 && totals.ma > 0 ? tradeComplementarity(of("xb") ?? new Map(), of("ma") ?? new Map()) : null,
    };
  });
  const rows: ProductRow[] = [];
  for (const year of new Set(years)) {
    const of = (s: Series) => all[s].get(year) ?? new Map<string, number>();
    const [yxa, yma, yxb, ymb, yab, yba] = SERIES.map(of);
    const used = new Set([...yab.keys(), ...yba.keys(), ...[...yxa.keys()].filter((hs) => ymb.has(hs)), ...[...yxb.keys()].filter((hs) => yma.has(hs))]);
    for (const hs of used)
      rows.push({
        year,
        hs,
        xa: yxa.get(hs) ?? 0,
        ma: yma.get(hs) ?? 0,
        xb: yxb.get(hs) ?? 0,
        mb: ymb.get(hs) ?? 0,
        ab: yab.get(hs) ?? 0,
        ba: yba.get(hs) ?? 0,
      });
  }
  return { summary, rows };
}
