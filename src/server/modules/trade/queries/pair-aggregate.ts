import type { DuckDBConnection } from "@duckdb/node-api";
import type { AnalyticsStore } from "../../../platform/duckdb";
import { quoteIdentifier } from "../catalog.repository";

/**
 * Everything a page about two jurisdictions a and b needs, by year and six-digit product, from one
 * pass over each table involved: what each side exports to and imports from everyone (xa, ma, xb,
 * mb) and what they sell each other (ab, ba). A world dataset has tens of millions of rows; the
 * pair's slice of it, summed this way, has a few tens of thousands.
 */
export type Series = "xa" | "ma" | "xb" | "mb" | "ab" | "ba";
const SERIES: Series[] = ["xa", "ma", "xb", "mb", "ab", "ba"];
// Codes are cast to the table's ENUM once, so each row compares small integers, not strings.
const CONDITION: Record<Series, (a: string, b: string) => string> = {
  xa: (a) => `exporter = ${a}`,
  ma: (a) => `importer = ${a}`,
  xb: (_a, b) => `exporter = ${b}`,
  mb: (_a, b) => `importer = ${b}`,
  ab: (a, b) => `exporter = ${a} AND importer = ${b}`,
  ba: (a, b) => `exporter = ${b} AND importer = ${a}`,
};

/** Which table each series is read from (a side's own dataset, a region's or the world's, and the pair's), with its code type. */
export type PairTables = Record<Series, { table: string; type: string | null }>;

export type YearSummary = Record<Series, number> & { year: number; complementarityAB: number | null; complementarityBA: number | null };
export type ProductRow = Record<Series, number> & { year: number; hs: string };

function aggregateSql(tables: PairTables): string {
  const byTable = new Map<string, { type: string | null; series: Series[] }>();
  for (const series of SERIES) {
    const { table, type } = tables[series];
    byTable.set(table, { type, series: [...(byTable.get(table)?.series ?? []), series] });
  }
  const parts = [...byTable].map(([table, { type, series: own }]) => {
    const [a, b] = type ? [`$1::${type}`, `$2::${type}`] : ["$1", "$2"];
    const columns = SERIES.map((s) => (own.includes(s) ? `sum(value_usd) FILTER (WHERE ${CONDITION[s](a, b)}) AS ${s}` : `NULL::DOUBLE AS ${s}`)).join(", ");
    return `SELECT year::INTEGER AS year, hs, ${columns} FROM ${quoteIdentifier(table)} WHERE ${own.map((s) => `(${CONDITION[s](a, b)})`).join(" OR ")} GROUP BY ALL`;
  });
  const sums = SERIES.map((s) => `coalesce(sum(${s}), 0)::DOUBLE AS ${s}`).join(", ");
  return `SELECT year, hs, ${sums} FROM (${parts.join(" UNION ALL ")}) GROUP BY ALL`;
}

// Trade complementarity, 100 × (1 − ½ Σ|importer's share − exporter's share|), computed beside the
// data for every year both sides have; the engine's tradeComplementarity is the same formula and
// the integration tests hold the two equal.
const SUMMARY_SQL = `WITH shares AS (
    SELECT *, xa / nullif(sum(xa) OVER w, 0) AS sxa, ma / nullif(sum(ma) OVER w, 0) AS sma,
      xb / nullif(sum(xb) OVER w, 0) AS sxb, mb / nullif(sum(mb) OVER w, 0) AS smb
    FROM pair_aggregate WINDOW w AS (PARTITION BY year))
  SELECT year, ${SERIES.map((s) => `sum(${s})::DOUBLE AS ${s}`).join(", ")},
    CASE WHEN sum(xa) > 0 AND sum(mb) > 0 THEN 100 * (1 - 0.5 * sum(abs(coalesce(smb, 0) - coalesce(sxa, 0)))) END AS "complementarityAB",
    CASE WHEN sum(xb) > 0 AND sum(ma) > 0 THEN 100 * (1 - 0.5 * sum(abs(coalesce(sma, 0) - coalesce(sxb, 0)))) END AS "complementarityBA"
  FROM shares GROUP BY year ORDER BY year`;

export class PairAggregate {
  private constructor(private readonly connection: DuckDBConnection) {}

  static async open(store: AnalyticsStore, tables: PairTables, a: string, b: string): Promise<PairAggregate> {
    const connection = await store.connect();
    try {
      await connection.run(`CREATE TEMP TABLE pair_aggregate AS ${aggregateSql(tables)}`, [a, b]);
    } catch (error) {
      connection.closeSync();
      throw error;
    }
    return new PairAggregate(connection);
  }

  /** Totals of every series by year, with complementarity both ways. */
  async summary(): Promise<YearSummary[]> {
    return (await this.connection.runAndReadAll(SUMMARY_SQL)).getRowObjectsJS() as YearSummary[];
  }

  /** The product rows of some years (the year shown, the one before, the one growth is measured from). */
  async products(years: number[]): Promise<ProductRow[]> {
    const list = years.map((y) => Math.trunc(y)).join(", ");
    return (await this.connection.runAndReadAll(`SELECT * FROM pair_aggregate WHERE year IN (${list})`)).getRowObjectsJS() as ProductRow[];
  }

  close() {
    this.connection.closeSync();
  }
}

/** Runs work on a pair's aggregate and drops it afterwards. */
export async function withPairAggregate<T>(
  store: AnalyticsStore,
  tables: PairTables,
  a: string,
  b: string,
  work: (pair: PairAggregate) => Promise<T>,
): Promise<T> {
  const pair = await PairAggregate.open(store, tables, a, b);
  try {
    return await work(pair);
  } finally {
    pair.close();
  }
}
