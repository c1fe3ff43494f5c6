import type { AnalyticsReader } from "../../../platform/duckdb";
import { quoteIdentifier } from "../catalog.repository";

/**
 * The SQL behind every trade page. Tables are the catalogue's (one per dataset version), values
 * are USD; HS codes are cut to the asked number of digits. Figures come back as plain numbers.
 */
export type Amount = { hs: string; value: number };
export type YearTotals = { year: number; exports: number; imports: number };

const t = quoteIdentifier;

export const yearTotals = (store: AnalyticsReader, table: string, code: string) =>
  store.query<YearTotals>(
    `SELECT year::INTEGER AS year, coalesce(sum(value_usd) FILTER (WHERE exporter = $1), 0)::DOUBLE AS exports,
       coalesce(sum(value_usd) FILTER (WHERE importer = $1), 0)::DOUBLE AS imports
     FROM ${t(table)} WHERE exporter = $1 OR importer = $1 GROUP BY year ORDER BY year`,
    [code],
  );

export const topPartners = (store: AnalyticsReader, table: string, code: string, year: number, limit = 15) =>
  store.query<{ partner: string; exports: number; imports: number }>(
    `SELECT CASE WHEN exporter = $1 THEN importer ELSE exporter END AS partner,
       coalesce(sum(value_usd) FILTER (WHERE exporter = $1), 0)::DOUBLE AS exports,
       coalesce(sum(value_usd) FILTER (WHERE importer = $1), 0)::DOUBLE AS imports
     FROM ${t(table)} WHERE (exporter = $1 OR importer = $1) AND year = $2
     GROUP BY partner ORDER BY exports + imports DESC, partner LIMIT ${Math.trunc(limit)}`,
    [code, year],
  );

/** What `code` sells to (side "exporter") or buys from (side "importer") everyone, or one partner. */
export const productsOf = (
  store: AnalyticsReader,
  table: string,
  side: "exporter" | "importer",
  code: string,
  year: number,
  digits: number,
  partner?: string,
) =>
  store.query<Amount>(
    `SELECT left(hs, ${Math.trunc(digits)}) AS hs, sum(value_usd)::DOUBLE AS value FROM ${t(table)}
     WHERE ${side} = $1 AND year = $2 ${partner ? `AND ${side === "exporter" ? "importer" : "exporter"} = $3` : ""}
     GROUP BY 1 HAVING sum(value_usd) > 0 ORDER BY value DESC, hs`,
    partner ? [code, year, partner] : [code, year],
  );

/** World exports by product (every exporter in the dataset), the yardstick of RCA and market shares. */
export const worldProducts = (store: AnalyticsReader, table: string, year: number, digits: number) =>
  store.query<Amount>(`SELECT left(hs, ${Math.trunc(digits)}) AS hs, sum(value_usd)::DOUBLE AS value FROM ${t(table)} WHERE year = $1 GROUP BY 1`, [year]);

/** Exports by location and four-digit product for one year, countries only: complexity's input. */
export const complexityInput = (store: AnalyticsReader, table: string, year: number) =>
  store.query<{ location: string; product: string; value: number }>(
    `SELECT exporter AS location, left(hs, 4) AS product, sum(value_usd)::DOUBLE AS value FROM ${t(table)}
     WHERE year = $1 AND NOT contains(exporter, '-') GROUP BY 1, 2 HAVING sum(value_usd) > 0`,
    [year],
  );

/** The same flows as each side tells them, from datasets that keep who reported (never BACI). */
export async function mirrorRows(store: AnalyticsReader, tables: string[], a: string, b: string) {
  if (tables.length === 0) return [];
  const union = tables.map((table) => `SELECT year, reporter, exporter, importer, value_usd FROM ${t(table)}`).join(" UNION ALL ");
  return store.query<{ year: number; exporter: string; importer: string; exporterReports: number; importerReports: number }>(
    `SELECT year::INTEGER AS year, exporter, importer,
       coalesce(sum(value_usd) FILTER (WHERE reporter = exporter), 0)::DOUBLE AS "exporterReports",
       coalesce(sum(value_usd) FILTER (WHERE reporter = importer), 0)::DOUBLE AS "importerReports"
     FROM (${union}) WHERE (exporter = $1 AND importer = $2) OR (exporter = $2 AND importer = $1)
     GROUP BY ALL HAVING "exporterReports" > 0 AND "importerReports" > 0 ORDER BY year, exporter`,
    [a, b],
  );
}

export async function reportedFigures(store: AnalyticsReader, tables: string[], a: string, b: string) {
  if (tables.length === 0) return [];
  const union = tables.map((table) => `SELECT a, b, year, turnover_usd, note, source FROM ${t(table)}`).join(" UNION ALL ");
  return store.query<{ year: number; turnoverUsd: number; note: string; source: string }>(
    `SELECT year::INTEGER AS year, turnover_usd::DOUBLE AS "turnoverUsd", note, source FROM (${union})
     WHERE (a = $1 AND b = $2) OR (a = $2 AND b = $1) ORDER BY year, source`,
    [a, b],
  );
}

export type FlowFilter = { reporter: string; partner?: string; from?: number; to?: number; hs?: string; level: number; limit: number };

/** Flows from the reporter's side (export: reporter → partner), summed to the asked HS level. */
export function flowsQuery(table: string, filter: FlowFilter) {
  const hs = filter.level === 0 ? "'TOTAL'" : `left(hs, ${Math.trunc(filter.level)})`;
  const params: (string | number)[] = [filter.reporter];
  const where = ["(exporter = $1 OR importer = $1)"];
  const add = (clause: (n: number) => string, value: string | number) => {
    params.push(value);
    where.push(clause(params.length));
  };
  if (filter.partner) add((n) => `(importer = $${n} OR exporter = $${n})`, filter.partner);
  if (filter.from !== undefined) add((n) => `year >= $${n}`, filter.from);
  if (filter.to !== undefined) add((n) => `year <= $${n}`, filter.to);
  if (filter.hs) add((n) => `starts_with(hs, $${n})`, filter.hs);
  const sql = `SELECT year::INTEGER AS year, CASE WHEN exporter = $1 THEN 'export' ELSE 'import' END AS flow, $1 AS reporter,
      CASE WHEN exporter = $1 THEN importer ELSE exporter END AS partner, ${hs} AS hs, sum(value_usd)::DOUBLE AS "valueUsd", sum(quantity_kg)::DOUBLE AS "quantityKg"
    FROM ${t(table)} WHERE ${where.join(" AND ")} GROUP BY ALL ORDER BY year, flow, partner, hs`;
  return { sql, params };
}

export const worldTotalsByYear = (store: AnalyticsReader, table: string) =>
  store.query<{ year: number; value: number }>(`SELECT year::INTEGER AS year, sum(value_usd)::DOUBLE AS value FROM ${t(table)} GROUP BY year`);
