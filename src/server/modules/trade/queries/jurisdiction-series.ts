import type { AnalyticsStore } from "../../../platform/duckdb";
import { quoteIdentifier } from "../catalog.repository";
import type { DatasetTable } from "./pair-aggregate";
import { remember } from "./world-aggregates";

/** A jurisdiction's exports (or imports) with the world: year → six-digit product → USD. */
export type YearSeries = Map<number, Map<string, number>>;

// Officials keep coming back to the same few jurisdictions; their series are summed once per
// dataset version (tables never change) and kept. A big exporter's is a few megabytes, hence the bound.
const cache = new Map<string, Promise<YearSeries>>();
const KEEP = 24;

/** Everything `code` exports (side "exporter") or imports (side "importer"), by year and product. */
export function jurisdictionSeries(store: AnalyticsStore, at: DatasetTable, code: string, side: "exporter" | "importer"): Promise<YearSeries> {
  return remember(
    cache,
    `${at.table}:${side}:${code}`,
    async () => {
      const connection = await store.connect();
      try {
        // Exporters come ordered (BACI files are), so DuckDB reads only that exporter's blocks;
        // importers are compared as typed codes. Columns, not row objects: this can be 100,000 rows.
        const reader = await connection.runAndReadAll(
          `SELECT year::INTEGER AS year, hs, sum(value_usd)::DOUBLE AS value FROM ${quoteIdentifier(at.table)} WHERE ${side} = ${at.type ? `$1::${at.type}` : "$1"} GROUP BY ALL`,
          [code],
        );
        // No rows give no columns at all.
        const [years = [], products = [], values = []] = reader.getColumnsJS() as [number[]?, string[]?, number[]?];
        const series: YearSeries = new Map();
        for (let i = 0; i < years.length; i++) {
          let year = series.get(years[i]);
          if (!year) {
            year = new Map();
            series.set(years[i], year);
          }
          year.set(products[i], values[i]);
        }
        return series;
      } finally {
        connection.closeSync();
      }
    },
    KEEP,
  );
}
