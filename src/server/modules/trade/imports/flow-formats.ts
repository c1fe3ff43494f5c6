import type { TTradeFormat } from "../../../../contracts/trade";
import { alpha3LookupMap, type CountryCodeBook, codeListLiteral, numericLookupList } from "./country-codes";
import { findColumn, type SourceFile, SourceFileError } from "./source-files";

/**
 * How each supported layout becomes rows of the common flow table:
 * year, reporter (who told it; NULL for reconciled data such as BACI), exporter, importer, hs,
 * value_usd, quantity_kg — plus the raw codes a row could not map, to name them when it is rejected,
 * and `aggregate` for rows that restate totals (Comtrade's "World" partner, chapter subtotals).
 */
export type FlowLayout = {
  /** Columns of the table the rows land in (BACI keeps only what it needs: it is the big one). */
  ddl: string;
  columns(file: SourceFile): [string, string][];
  select(file: SourceFile, from: string): string;
  nullStrings?: string[];
  /** SQL naming what a row held before mapping, for the rejection message. */
  raw: { exporter: string; importer: string; value: string };
  /** SQL true for rows that restate totals and are skipped rather than rejected. */
  aggregate: string;
};

const reportedDdl = (type: string) => `(year INTEGER, reporter ${type}, exporter ${type}, importer ${type}, hs VARCHAR, value_usd DOUBLE, quantity_kg DOUBLE,
  raw_exporter VARCHAR, raw_importer VARCHAR, raw_value VARCHAR, aggregate BOOLEAN)`;
const REPORTED_RAW = { exporter: "raw_exporter", importer: "raw_importer", value: "raw_value" };

/**
 * `jurisdictionType` is the ENUM of every code a table may hold: flows filtered by country compare
 * small integers instead of strings, which is what keeps a world dataset's pages quick.
 */
export type LayoutContext = { codes: CountryCodeBook; jurisdictions: Set<string>; jurisdictionType: string; baciCountries?: Map<number, string> };

const BACI_COLUMNS: [string, string][] = [
  ["t", "INTEGER"],
  ["i", "INTEGER"],
  ["j", "INTEGER"],
  ["k", "VARCHAR"],
  ["v", "DOUBLE"],
  ["q", "DOUBLE"],
];

function requireColumns(file: SourceFile, expected: string[]) {
  if (file.kind === "parquet") return;
  const missing = expected.filter((name) => !file.columns.includes(name));
  if (missing.length > 0)
    throw new SourceFileError(`${file.label}: line 1: missing column${missing.length > 1 ? "s" : ""} ${missing.join(", ")} (expected ${expected.join(",")})`);
  if (file.columns.length !== expected.length) throw new SourceFileError(`${file.label}: line 1: expected exactly the columns ${expected.join(",")}`);
}

function baciLayout(context: LayoutContext): FlowLayout {
  // BACI's own country file wins over the ISO table: its codes are what the flows use.
  const lookup = numericLookupList(new Map([...context.codes.byNumeric, ...(context.baciCountries ?? [])]), context.jurisdictions, context.jurisdictionType);
  return {
    ddl: `(year SMALLINT, exporter ${context.jurisdictionType}, importer ${context.jurisdictionType}, hs VARCHAR, value_usd DOUBLE, quantity_kg DOUBLE, exporter_code INTEGER, importer_code INTEGER)`,
    raw: { exporter: "exporter_code::VARCHAR", importer: "importer_code::VARCHAR", value: "NULL" },
    aggregate: "false",
    columns(file) {
      requireColumns(file, ["t", "i", "j", "k", "v", "q"]);
      return BACI_COLUMNS;
    },
    // BACI writes NA for an unknown quantity; values are in thousands of USD, quantities in tonnes.
    nullStrings: ["", "NA"],
    select: (_file, from) => `SELECT t AS year, (${lookup})[i + 1] AS exporter, (${lookup})[j + 1] AS importer, k AS hs,
        v * 1000 AS value_usd, q * 1000 AS quantity_kg, i AS exporter_code, j AS importer_code
      FROM ${from}`,
  };
}

const COMTRADE_SPELLINGS = {
  year: ["refYear", "Year", "period"],
  reporter: ["reporterISO", "Reporter ISO", "reporterCode", "Reporter Code"],
  partner: ["partnerISO", "Partner ISO", "partnerCode", "Partner Code"],
  flow: ["flowCode", "Trade Flow Code", "flow"],
  commodity: ["cmdCode", "Commodity Code"],
  value: ["primaryValue", "Trade Value (US$)", "TradeValue"],
  weight: ["netWgt", "Netweight (kg)", "NetWeight"],
} as const;

function comtradeLayout(context: LayoutContext): FlowLayout {
  const numeric = numericLookupList(context.codes.byNumeric, context.jurisdictions, "VARCHAR");
  const alpha3 = alpha3LookupMap(new Map([...context.codes.byAlpha3].filter(([, alpha2]) => context.jurisdictions.has(alpha2))));
  const columnsOf = (file: SourceFile) => {
    const found = Object.fromEntries(Object.entries(COMTRADE_SPELLINGS).map(([key, spellings]) => [key, findColumn(file.columns, [...spellings])]));
    const missing = Object.entries(found).filter(([key, column]) => !column && key !== "weight");
    if (file.kind === "csv" && missing.length > 0)
      throw new SourceFileError(
        `${file.label}: line 1: no ${missing.map(([key]) => key).join(", ")} column (a UN Comtrade bulk file has e.g. ${missing.map(([key]) => COMTRADE_SPELLINGS[key as keyof typeof COMTRADE_SPELLINGS][0]).join(", ")})`,
      );
    return found as Record<keyof typeof COMTRADE_SPELLINGS, string | undefined>;
  };
  const q = (name: string | undefined) => (name ? `"${name.replaceAll('"', '""')}"` : "NULL");
  // ISO alpha-3 or numeric, whichever the file carries.
  const country = (column: string | undefined) =>
    `CASE WHEN regexp_full_match(${q(column)}, '[0-9]+') THEN (${numeric})[TRY_CAST(${q(column)} AS INTEGER) + 1] ELSE ${alpha3}[upper(${q(column)})] END`;
  return {
    ddl: reportedDdl(context.jurisdictionType),
    raw: REPORTED_RAW,
    aggregate: "aggregate",
    columns: (file) => file.columns.map((name) => [name, "VARCHAR"]),
    select(file, from) {
      const c = file.kind === "csv" ? columnsOf(file) : COMTRADE_FALLBACK;
      const flow = `upper(trim(${q(c.flow)}))`;
      const exportFlow = `${flow} IN ('X', '2', 'EXPORT')`;
      return `SELECT year, reporter, CASE WHEN is_export THEN reporter ELSE partner END AS exporter,
          CASE WHEN is_export THEN partner ELSE reporter END AS importer, hs, value_usd, quantity_kg,
          CASE WHEN is_export THEN raw_reporter ELSE raw_partner END AS raw_exporter,
          CASE WHEN is_export THEN raw_partner ELSE raw_reporter END AS raw_importer, raw_value, aggregate
        FROM (SELECT TRY_CAST(left(${q(c.year)}, 4) AS INTEGER) AS year, ${country(c.reporter)} AS reporter, ${country(c.partner)} AS partner,
          ${exportFlow} AS is_export, trim(${q(c.commodity)}) AS hs, TRY_CAST(${q(c.value)} AS DOUBLE) AS value_usd,
          TRY_CAST(${q(c.weight)} AS DOUBLE) AS quantity_kg, ${q(c.reporter)} AS raw_reporter, ${q(c.partner)} AS raw_partner,
          ${q(c.value)} AS raw_value,
          (upper(${q(c.partner)}) IN ('W00', 'WLD', '0') OR upper(${q(c.commodity)}) = 'TOTAL' OR length(${q(c.commodity)}) < 6
            OR ${flow} NOT IN ('X', 'M', '1', '2', 'EXPORT', 'IMPORT')) AS aggregate
        FROM ${from})`;
    },
  };
}
const COMTRADE_FALLBACK = {
  year: "refYear",
  reporter: "reporterISO",
  partner: "partnerISO",
  flow: "flowCode",
  commodity: "cmdCode",
  value: "primaryValue",
  weight: "netWgt",
};

const REGIONAL_COLUMNS = ["region", "partner", "year", "flow", "hs", "value_usd", "quantity_kg"];

function regionalLayout(context: LayoutContext): FlowLayout {
  const known = codeListLiteral(context.jurisdictions);
  const code = (column: string) => `CASE WHEN list_contains(${known}, upper(trim(${column}))) THEN upper(trim(${column})) END`;
  return {
    ddl: reportedDdl(context.jurisdictionType),
    raw: REPORTED_RAW,
    aggregate: "aggregate",
    columns(file) {
      requireColumns(file, REGIONAL_COLUMNS);
      return REGIONAL_COLUMNS.map((name) => [name, "VARCHAR"]);
    },
    select: (_file, from) => `SELECT year, reporter, CASE WHEN is_export THEN reporter ELSE partner END AS exporter,
        CASE WHEN is_export THEN partner ELSE reporter END AS importer, hs, value_usd, quantity_kg,
        CASE WHEN is_export THEN raw_region ELSE raw_partner END AS raw_exporter,
        CASE WHEN is_export THEN raw_partner ELSE raw_region END AS raw_importer, raw_value, false AS aggregate
      FROM (SELECT TRY_CAST(year AS INTEGER) AS year, ${code("region")} AS reporter, ${code("partner")} AS partner,
        lower(trim(flow)) IN ('export', 'exports', 'x') AS is_export, trim(hs) AS hs,
        CASE WHEN lower(trim(flow)) IN ('export', 'exports', 'x', 'import', 'imports', 'm') THEN TRY_CAST(value_usd AS DOUBLE) END AS value_usd,
        TRY_CAST(quantity_kg AS DOUBLE) AS quantity_kg, region AS raw_region, partner AS raw_partner,
        CASE WHEN lower(trim(flow)) NOT IN ('export', 'exports', 'x', 'import', 'imports', 'm') THEN 'flow ' || coalesce(flow, '(empty)') ELSE value_usd END AS raw_value
      FROM ${from})`,
  };
}

export function flowLayout(format: Exclude<TTradeFormat, "published">, context: LayoutContext): FlowLayout {
  if (format === "baci") return baciLayout(context);
  if (format === "comtrade") return comtradeLayout(context);
  return regionalLayout(context);
}

/**
 * Why a staged row cannot be kept, in words that name the value; NULL when it is fine. With
 * `checkProducts` the query joins the file's own product list as `product`.
 */
export function flowProblemSql(raw: FlowLayout["raw"], checkProducts: boolean): string {
  return `CASE
    WHEN year IS NULL OR year < 1988 OR year > 2100 THEN 'year is missing or not a year'
    WHEN exporter IS NULL THEN 'unknown exporter code "' || coalesce(${raw.exporter}, '') || '"'
    WHEN importer IS NULL THEN 'unknown importer code "' || coalesce(${raw.importer}, '') || '"'
    WHEN hs IS NULL OR NOT regexp_full_match(hs, '[0-9]{6}') THEN 'malformed HS code "' || coalesce(hs, '') || '" (6 digits expected' ||
      CASE WHEN regexp_full_match(coalesce(hs, ''), '[0-9]{5}') THEN '; was its leading zero lost?' ELSE '' END || ')'
    ${checkProducts ? `WHEN product.code IS NULL THEN 'HS code "' || hs || '" is not in the product list'` : ""}
    WHEN value_usd IS NULL THEN CASE WHEN starts_with(coalesce(${raw.value}, ''), 'flow ') THEN 'unknown flow "' || substr(${raw.value}, 6) || '" (export or import expected)'
      ELSE 'value "' || coalesce(${raw.value}, '') || '" is not a number' END
    WHEN value_usd < 0 THEN 'negative value (' || value_usd::VARCHAR || ' USD)'
    WHEN quantity_kg < 0 THEN 'negative quantity ' || quantity_kg::VARCHAR
  END`;
}
