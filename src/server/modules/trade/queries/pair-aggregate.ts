import { alignedTradeComplementarity } from "../../../../engines/trade-indicators";
import type { AnalyticsStore } from "../../../platform/duckdb";
import {
  codeParameter,
  EMPTY_YEAR,
  jurisdictionSeries,
  type Series as ProductSeries,
  productCodeAt,
  readSeries,
  seriesSql,
  slotCount,
  valueAt,
} from "./jurisdiction-series";

/**
 * What a page about two jurisdictions a and b needs, by year and six-digit product: what each side
 * exports to and imports from everyone (xa, ma, xb, mb: each side's own series, kept between
 * requests) and what they sell each other (ab, ba: read for the pair).
 */
export type Series = "xa" | "ma" | "xb" | "mb" | "ab" | "ba";
const SERIES: Series[] = ["xa", "ma", "xb", "mb", "ab", "ba"];

/** Where each side's own trade is (a region's dataset, or the world's) and the pair's flows, with their code types. */
export type DatasetTable = { table: string; type: string | null; importerOrdered: string | null };
export type PairTables = { a: DatasetTable; b: DatasetTable; pair: DatasetTable };

export type YearSummary = Record<Series, number> & { year: number; complementarityAB: number | null; complementarityBA: number | null };
export type ProductRow = Record<Series, number> & { year: number; hs: string };

/** from → to by year and product; reads only the exporter's blocks. */
function flowsBetween(store: AnalyticsStore, at: DatasetTable, from: string, to: string) {
  return readSeries(store, seriesSql(at.table, `exporter = ${codeParameter(at, "$1")} AND importer = ${codeParameter(at, "$2")}`), [from, to]);
}

/**
 * Totals by year with trade complementarity both ways (the engine's), and the product rows of some
 * years (the year shown, the one before, the one growth is measured from) that any figure of the
 * page uses: traded between the two, or sold by one side and bought by the other.
 */
export async function pairFigures(store: AnalyticsStore, tables: PairTables, a: string, b: string, years: number[]) {
  const [xa, ma, xb, mb, ab, ba] = await Promise.all([
    jurisdictionSeries(store, tables.a, a, "exporter"),
    jurisdictionSeries(store, tables.a, a, "importer"),
    jurisdictionSeries(store, tables.b, b, "exporter"),
    jurisdictionSeries(store, tables.b, b, "importer"),
    flowsBetween(store, tables.pair, a, b),
    flowsBetween(store, tables.pair, b, a),
  ]);
  const all: Record<Series, ProductSeries> = { xa, ma, xb, mb, ab, ba };
  const of = (s: Series, year: number) => all[s].years.get(year) ?? EMPTY_YEAR;
  const allYears = [...new Set(SERIES.flatMap((s) => [...all[s].years.keys()]))].sort((x, y) => x - y);
  const summary: YearSummary[] = allYears.map((year) => {
    const totals = Object.fromEntries(SERIES.map((s) => [s, all[s].totals.get(year) ?? 0])) as Record<Series, number>;
    return {
      year,
      ...totals,
      complementarityAB: totals.xa > 0 && totals.mb > 0 ? alignedTradeComplementarity(of("xa", year), of("mb", year)) : null,
      complementarityBA: totals.xb > 0 && totals.ma > 0 ? alignedTradeComplementarity(of("xb", year), of("ma", year)) : null,
    };
  });
  const rows: ProductRow[] = [];
  for (const year of new Set(years)) {
    const [vxa, vma, vxb, vmb, vab, vba] = SERIES.map((s) => of(s, year));
    for (let slot = 0; slot < slotCount(); slot++) {
      const [yxa, yma, yxb, ymb, yab, yba] = [
        valueAt(vxa, slot),
        valueAt(vma, slot),
        valueAt(vxb, slot),
        valueAt(vmb, slot),
        valueAt(vab, slot),
        valueAt(vba, slot),
      ];
      if (yab > 0 || yba > 0 || (yxa > 0 && ymb > 0) || (yxb > 0 && yma > 0))
        rows.push({ year, hs: productCodeAt(slot), xa: yxa, ma: yma, xb: yxb, mb: ymb, ab: yab, ba: yba });
    }
  }
  return { summary, rows };
}
