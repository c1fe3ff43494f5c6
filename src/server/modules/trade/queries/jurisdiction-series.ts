import type { AnalyticsStore } from "../../../platform/duckdb";
import { quoteIdentifier } from "../catalog.repository";
import { remember } from "./kept-results";
import type { DatasetTable } from "./pair-aggregate";

/**
 * Products get a dense position ("slot") the first time any series meets them, so a year of a
 * series is one Float64Array over slots: summing, comparing and caching tens of thousands of values
 * stays cheap, where maps of maps kept the garbage collector busy. A few thousand six-digit codes
 * exist, so the table stays small.
 */
const slotOfProduct = new Map<number, number>();
const productOfSlot: number[] = [];

function slotOf(product: number) {
  let slot = slotOfProduct.get(product);
  if (slot === undefined) {
    slot = productOfSlot.length;
    slotOfProduct.set(product, slot);
    productOfSlot.push(product);
  }
  return slot;
}

/** How many slots exist now; every series vector is at most this long. */
export const slotCount = () => productOfSlot.length;

/** The six-digit HS code at a slot (every stored flow has one). */
export const productCodeAt = (slot: number) => String(productOfSlot[slot]).padStart(6, "0");

/** One year's values by slot; slots beyond its end (products first met later) are zero. */
export type YearVector = Float64Array;

/** A series by year, with each year's total summed once. */
export type Series = { years: Map<number, YearVector>; totals: Map<number, number> };

export const EMPTY_YEAR: YearVector = new Float64Array(0);
export const valueAt = (vector: YearVector, slot: number) => (slot < vector.length ? vector[slot] : 0);

/** One year of a series as six-digit code → value (what other modules work with). */
export function valuesOfYear(series: Series, year: number): Map<string, number> {
  const values = new Map<string, number>();
  const vector = series.years.get(year) ?? EMPTY_YEAR;
  for (let slot = 0; slot < vector.length; slot++) if (vector[slot] !== 0) values.set(productCodeAt(slot), vector[slot]);
  return values;
}

/** The SQL of a series: `SELECT year, product, value` over the rows `where` picks. */
export const seriesSql = (table: string, where: string) =>
  `SELECT year::INTEGER AS year, hs::INTEGER AS product, sum(value_usd)::DOUBLE AS value FROM ${quoteIdentifier(table)} WHERE ${where} GROUP BY year, hs`;

/** A jurisdiction code as a query parameter, typed as the table's codes so DuckDB compares them directly. */
export const codeParameter = (at: DatasetTable, parameter: string) => (at.type ? `${parameter}::${at.type}` : parameter);

export async function readSeries(store: AnalyticsStore, sql: string, params: string[]): Promise<Series> {
  const connection = await store.connect();
  try {
    const result = await connection.run(sql, params);
    // Read straight from DuckDB's vectors, chunk by chunk: a big trader's series is 100,000 rows.
    const years: number[] = [];
    const slots: number[] = [];
    const values: number[] = [];
    for (let chunk = await result.fetchChunk(); chunk; chunk = await result.fetchChunk()) {
      const rowCount = chunk.rowCount; // a call into DuckDB each time it is read
      if (rowCount === 0) break;
      const [year, product, value] = [0, 1, 2].map((column) => chunk.getColumnVector(column));
      for (let row = 0; row < rowCount; row++) {
        years.push(year.getItem(row) as number);
        slots.push(slotOf(product.getItem(row) as number));
        values.push((value.getItem(row) as number | null) ?? 0);
      }
    }
    const series: Series = { years: new Map(), totals: new Map() };
    for (let i = 0; i < years.length; i++) {
      let vector = series.years.get(years[i]);
      if (!vector) {
        vector = new Float64Array(slotCount());
        series.years.set(years[i], vector);
      }
      vector[slots[i]] += values[i];
      series.totals.set(years[i], (series.totals.get(years[i]) ?? 0) + values[i]);
    }
    return series;
  } finally {
    connection.closeSync();
  }
}

// Officials keep coming back to the same few jurisdictions; their series are summed once per
// dataset version (tables never change) and kept. Each is well under a megabyte.
const cache = new Map<string, Promise<Series>>();
const KEEP = 64;

/**
 * Everything `code` exports (side "exporter") or imports (side "importer"), by year and product.
 * Both read only that jurisdiction's blocks: exporters come ordered (BACI files are), and imports
 * come from the dataset's importer-ordered copy.
 */
export function jurisdictionSeries(store: AnalyticsStore, at: DatasetTable, code: string, side: "exporter" | "importer"): Promise<Series> {
  const table = side === "importer" ? (at.importerOrdered ?? at.table) : at.table;
  return remember(cache, `${table}:${side}:${code}`, () => readSeries(store, seriesSql(table, `${side} = ${codeParameter(at, "$1")}`), [code]), KEEP);
}
