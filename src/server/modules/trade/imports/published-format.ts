import { codeListLiteral } from "./country-codes";
import type { SourceFile } from "./source-files";
import { SourceFileError } from "./source-files";

/** Officially stated turnover figures: `from,to,year,period,turnover_usd,note,source`. */
export const PUBLISHED_COLUMNS = ["from", "to", "year", "period", "turnover_usd", "note", "source"];

export const PUBLISHED_STAGE_DDL = `(a VARCHAR, b VARCHAR, year INTEGER, period VARCHAR, turnover_usd DOUBLE, note VARCHAR, source VARCHAR,
  raw_a VARCHAR, raw_b VARCHAR, raw_value VARCHAR, aggregate BOOLEAN)`;

export function publishedColumns(file: SourceFile): [string, string][] {
  if (file.kind === "csv") {
    const missing = PUBLISHED_COLUMNS.filter((name) => !file.columns.includes(name));
    if (missing.length > 0)
      throw new SourceFileError(
        `${file.label}: line 1: missing column${missing.length > 1 ? "s" : ""} ${missing.join(", ")} (expected ${PUBLISHED_COLUMNS.join(",")})`,
      );
  }
  return file.columns.map((name) => [name, "VARCHAR"]);
}

export function publishedSelect(jurisdictions: Set<string>, from: string): string {
  const known = codeListLiteral(jurisdictions);
  const code = (column: string) => `CASE WHEN list_contains(${known}, upper(trim("${column}"))) THEN upper(trim("${column}")) END`;
  return `SELECT ${code("from")} AS a, ${code("to")} AS b, TRY_CAST(year AS INTEGER) AS year, coalesce(trim(period), 'year') AS period,
      TRY_CAST(turnover_usd AS DOUBLE) AS turnover_usd, coalesce(note, '') AS note, coalesce(source, '') AS source,
      "from" AS raw_a, "to" AS raw_b, turnover_usd AS raw_value, false AS aggregate
    FROM ${from}`;
}

export const PUBLISHED_PROBLEM_SQL = `CASE
    WHEN a IS NULL THEN 'unknown jurisdiction code "' || coalesce(raw_a, '') || '" in from'
    WHEN b IS NULL THEN 'unknown jurisdiction code "' || coalesce(raw_b, '') || '" in to'
    WHEN a = b THEN 'from and to are the same jurisdiction'
    WHEN year IS NULL OR year < 1988 OR year > 2100 THEN 'year is missing or not a year'
    WHEN turnover_usd IS NULL THEN 'turnover_usd "' || coalesce(raw_value, '') || '" is not a number'
    WHEN turnover_usd < 0 THEN 'negative turnover ' || turnover_usd::VARCHAR
    WHEN source = '' THEN 'source is empty (say who stated the figure)'
  END`;
