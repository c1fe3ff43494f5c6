import fs from "node:fs";
import path from "node:path";
import { readDataFile } from "../src/server/modules/directory";
import { createAnalyticsStore } from "../src/server/platform/duckdb";

/** A BACI-format file of `rows` flows among real country codes and HS 2022 subheadings, written by DuckDB. */
export async function generateBaciFile(file: string, rows: number) {
  const countries = readDataFile<{ countries: { numeric: number }[] }>("trade/country-codes.json").countries.map((c) => c.numeric);
  const products = readDataFile<{ codes: { code: string; level: number }[] }>("hs/hs2022.json")
    .codes.filter((c) => c.level === 6)
    .map((c) => `'${c.code}'`);
  const store = createAnalyticsStore(path.dirname(file), "generate.duckdb");
  // Flows concentrate on big traders, as real ones do (the square skews picks to the list's
  // start), and rows come ordered by year, exporter, importer and product, as BACI ships them.
  await store.query(`COPY (
      SELECT * FROM (
        SELECT 2015 + (hash(n) % 10) AS t, c[1 + floor(${countries.length} * pow((hash(n * 3) % 1000000) / 1e6, 2))::INTEGER] AS i,
          c[1 + (hash(n * 5) % ${countries.length})::INTEGER] AS j, p[1 + (hash(n * 7) % ${products.length})::INTEGER] AS k,
          round(0.001 + (hash(n * 11) % 100000000) / 1000.0, 3) AS v, CASE WHEN hash(n * 13) % 20 = 0 THEN 'NA' ELSE round((hash(n * 17) % 1000000) / 1000.0, 3)::VARCHAR END AS q
        FROM range(${rows}) r(n), (SELECT [${countries.join(",")}] AS c, [${products.join(",")}] AS p))
      WHERE i <> j ORDER BY t, i, j, k)
    TO '${file}' (FORMAT csv, HEADER true)`);
  store.close();
  fs.rmSync(path.join(path.dirname(file), "generate.duckdb"), { force: true });
}
