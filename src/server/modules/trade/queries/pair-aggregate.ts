import type { AnalyticsReader } from "../../../platform/duckdb";
import { quoteIdentifier } from "../catalog.repository";

/**
 * What a page about two jurisdictions a and b needs, by year and six-digit product: what each side
 * exports to and imports from everyone (xa, ma, xb, mb) and what they sell each other (ab, ba).
 * Each series is read with a predicate on one column: statistics arrive ordered by exporter (BACI
 * files are), so DuckDB skips every block of other exporters, and importer codes are compared as
 * small integers; an OR across both columns would read every row.
 */
export type Series = "xa" | "ma" | "xb" | "mb" | "ab" | "ba";
const SERIES: Series[] = ["xa", "ma", "xb", "mb", "ab", "ba"];

/** Where each side's own trade is (a region's dataset, or the world's) and the pair's flows, with their code types. */
export type DatasetTable = { table: string; type: string | null };
export type PairTables = { a: DatasetTable; b: DatasetTable; pair: DatasetTable };

export type YearSummary = Record<Series, number> & { year: number; complementarityAB: number | null; complementarityBA: number | null };
export type ProductRow = Record<Series, number> & { year: number; hs: string };

// Codes are cast to the table's ENUM once, so each row compares small integers, not strings.
const code = (param: "$1" | "$2", at: DatasetTable) => (at.type ? `${param}::${at.type}` : param);

/** One SELECT per series, each column of the others NULL, for `WHERE year …` to narrow. */
function seriesSelects(tables: PairTables, years: string): string {
  const side = (series: Series, at: DatasetTable, param: "$1" | "$2", column: "exporter" | "importer") =>
    `SELECT year::INTEGER AS year, hs, ${SERIES.map((s) => (s === series ? "value_usd" : "NULL::DOUBLE")).join(", ")} FROM ${quoteIdentifier(at.table)} WHERE ${column} = ${code(param, at)}${years}`;
  const flow = (series: Series, from: "$1" | "$2", to: "$1" | "$2") =>
    `SELECT year::INTEGER, hs, ${SERIES.map((s) => (s === series ? "value_usd" : "NULL::DOUBLE")).join(", ")} FROM ${quoteIdentifier(tables.pair.table)} WHERE exporter = ${code(from, tables.pair)} AND importer = ${code(to, tables.pair)}${years}`;
  return [
    side("xa", tables.a, "$1", "exporter"),
    side("ma", tables.a, "$1", "importer"),
    side("xb", tables.b, "$2", "exporter"),
    side("mb", tables.b, "$2", "importer"),
    flow("ab", "$1", "$2"),
    flow("ba", "$2", "$1"),
  ].join(" UNION ALL ");
}

const sums = SERIES.map((s) => `coalesce(sum(${s}), 0)::DOUBLE AS ${s}`).join(", ");
const productsSql = (tables: PairTables, years: string) =>
  `SELECT year, hs, ${sums} FROM (${seriesSelects(tables, years)}) t(year, hs, ${SERIES.join(", ")}) GROUP BY ALL`;

/**
 * Everything at once, from one pass: totals by year with trade complementarity both ways, and the
 * product rows of some years (the year shown, the one before, the one growth is measured from)
 * that any figure of the page uses — traded between the two, or sold by one side and bought by the
 * other. Complementarity, 100 × (1 − ½ Σ|m_k − x_k|) over shares that each sum to 1, equals
 * 100 × Σ min(m_k, x_k), which needs only the products both trade: the same value as the engine's
 * tradeComplementarity (the integration tests hold them equal), computed beside the data.
 */
export async function pairFigures(reader: AnalyticsReader, tables: PairTables, a: string, b: string, years: number[]) {
  const shown = years.length > 0 ? years.map((y) => Math.trunc(y)).join(", ") : "NULL";
  const columns = SERIES.join(", ");
  const rows = await reader.query<(YearSummary | ProductRow) & { kind: "year" | "product" }>(
    `WITH p AS (${productsSql(tables, "")}),
      totals AS (SELECT year, ${SERIES.map((s) => `sum(${s})::DOUBLE AS ${s}`).join(", ")} FROM p GROUP BY year),
      overlap AS (SELECT p.year,
          sum(least(p.xa / t.xa, p.mb / t.mb)) FILTER (WHERE p.xa > 0 AND p.mb > 0) AS ab,
          sum(least(p.xb / t.xb, p.ma / t.ma)) FILTER (WHERE p.xb > 0 AND p.ma > 0) AS ba
        FROM p JOIN totals t USING (year) GROUP BY p.year)
    SELECT 'year' AS kind, t.year, NULL AS hs, ${SERIES.map((s) => `t.${s}`).join(", ")},
      CASE WHEN t.xa > 0 AND t.mb > 0 THEN 100 * coalesce(o.ab, 0) END AS "complementarityAB",
      CASE WHEN t.xb > 0 AND t.ma > 0 THEN 100 * coalesce(o.ba, 0) END AS "complementarityBA"
    FROM totals t LEFT JOIN overlap o USING (year)
    UNION ALL
    SELECT 'product', year, hs, ${columns}, NULL, NULL FROM p
    WHERE year IN (${shown}) AND (ab > 0 OR ba > 0 OR (xa > 0 AND mb > 0) OR (xb > 0 AND ma > 0))`,
    [a, b],
  );
  const summary = rows.filter((row): row is YearSummary & { kind: "year" } => row.kind === "year").sort((x, y) => x.year - y.year);
  const products = rows.filter((row): row is ProductRow & { kind: "product" } => row.kind === "product");
  return { summary, rows: products };
}
