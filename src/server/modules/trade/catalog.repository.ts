import { createHash } from "node:crypto";
import type { DuckDBConnection } from "@duckdb/node-api";
import type { TTradeDataset, TTradeFormat } from "../../../contracts/trade";
import type { AnalyticsStore } from "../../platform/duckdb";

/**
 * The catalogue of loaded datasets. Each version of a dataset lives in a table of its own and the
 * catalogue row points at it, so replacing a dataset is one small transaction that swaps the
 * pointer: readers see the old version or the new one, never half of each.
 */
const CATALOG_DDL = `
CREATE TABLE IF NOT EXISTS trade_dataset (
  name VARCHAR PRIMARY KEY,
  version VARCHAR NOT NULL,
  format VARCHAR NOT NULL,
  hs_revision VARCHAR NOT NULL,
  licence VARCHAR NOT NULL,
  synthetic BOOLEAN NOT NULL,
  row_count BIGINT NOT NULL,
  rejected_rows BIGINT NOT NULL,
  from_year INTEGER,
  to_year INTEGER,
  imported_at TIMESTAMP NOT NULL,
  table_name VARCHAR NOT NULL,
  jurisdiction_type VARCHAR
)`;

/**
 * `jurisdictionType` names the ENUM its exporter and importer columns use (none for reported
 * figures); `importerOrdered` names the copy of its flows kept in importer order, where there is one.
 */
export type DatasetRow = TTradeDataset & { tableName: string; jurisdictionType: string | null; importerOrdered: string | null };
type CatalogRecord = {
  name: string;
  version: string;
  format: string;
  hs_revision: string;
  licence: string;
  synthetic: boolean;
  row_count: bigint;
  rejected_rows: bigint;
  from_year: number | null;
  to_year: number | null;
  imported_at: string;
  table_name: string;
  jurisdiction_type: string | null;
  importer_ordered: boolean;
};

export async function ensureCatalog(connection: DuckDBConnection) {
  await connection.run(CATALOG_DDL);
}

const toDataset = (r: CatalogRecord): DatasetRow => ({
  name: r.name,
  version: r.version,
  format: r.format as TTradeFormat,
  hsRevision: r.hs_revision as TTradeDataset["hsRevision"],
  licence: r.licence,
  synthetic: r.synthetic,
  rows: Number(r.row_count),
  rejectedRows: Number(r.rejected_rows),
  fromYear: r.from_year,
  toYear: r.to_year,
  importedAt: r.imported_at,
  tableName: r.table_name,
  jurisdictionType: r.jurisdiction_type,
  importerOrdered: r.importer_ordered ? importerOrderedTable(r.table_name) : null,
});

export async function listDatasets(store: AnalyticsStore): Promise<DatasetRow[]> {
  const connection = await store.connect();
  try {
    await ensureCatalog(connection);
    const reader = await connection.runAndReadAll(
      `SELECT * REPLACE (strftime(imported_at, '%Y-%m-%dT%H:%M:%SZ') AS imported_at),
         (table_name || $1) IN (SELECT table_name FROM duckdb_tables()) AS importer_ordered
       FROM trade_dataset ORDER BY imported_at DESC, name`,
      [IMPORTER_ORDERED_SUFFIX],
    );
    return (reader.getRowObjectsJS() as CatalogRecord[]).map(toDataset);
  } finally {
    connection.closeSync();
  }
}

/** Points the dataset at its freshly loaded table and drops the version it replaces, atomically. */
export async function swapDataset(connection: DuckDBConnection, dataset: DatasetRow) {
  await connection.run("BEGIN TRANSACTION");
  try {
    const previous = await connection.runAndReadAll("SELECT table_name FROM trade_dataset WHERE name = $1", [dataset.name]);
    const oldTable = previous.getRowObjectsJS()[0]?.table_name as string | undefined;
    await connection.run("DELETE FROM trade_dataset WHERE name = $1", [dataset.name]);
    await connection.run("INSERT INTO trade_dataset VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, now()::TIMESTAMP, $11, $12)", [
      dataset.name,
      dataset.version,
      dataset.format,
      dataset.hsRevision,
      dataset.licence,
      dataset.synthetic,
      dataset.rows,
      dataset.rejectedRows,
      dataset.fromYear,
      dataset.toYear,
      dataset.tableName,
      dataset.jurisdictionType,
    ]);
    if (oldTable && oldTable !== dataset.tableName) await dropDatasetTables(connection, oldTable);
    await connection.run("COMMIT");
  } catch (error) {
    await connection.run("ROLLBACK");
    throw error;
  }
}

/**
 * The ENUM type of jurisdiction codes a flows table is written with. Its name carries a digest of
 * the codes, so a longer list later makes a new type and old tables keep theirs.
 */
export async function ensureJurisdictionType(connection: DuckDBConnection, codes: Iterable<string>): Promise<string> {
  const sorted = [...new Set(codes)].filter((code) => /^[A-Z0-9-]+$/.test(code)).sort();
  const name = `jurisdiction_${createHash("sha256").update(sorted.join(",")).digest("hex").slice(0, 12)}`;
  const existing = await connection.runAndReadAll("SELECT 1 FROM duckdb_types() WHERE type_name = $1", [name]);
  if (existing.getRowObjectsJS().length === 0) await connection.run(`CREATE TYPE ${name} AS ENUM (${sorted.map((code) => `'${code}'`).join(", ")})`);
  return name;
}

export async function dropDatasetTables(connection: DuckDBConnection, table: string) {
  await connection.run(`DROP TABLE IF EXISTS ${quoteIdentifier(importerOrderedTable(table))}`);
  await connection.run(`DROP TABLE IF EXISTS ${quoteIdentifier(table)}`);
}

/**
 * Flows files come in exporter order (BACI's do), so what a country sells is a few adjacent blocks
 * of its table, while what it buys is spread over all of them. A second copy of the flows in
 * importer order, with just what a jurisdiction's import series needs, makes both sides a short
 * read. Versions imported before it existed simply go without (their import series scan the table).
 */
const IMPORTER_ORDERED_SUFFIX = "__by_importer";
const importerOrderedTable = (table: string) => `${table}${IMPORTER_ORDERED_SUFFIX}`;

export async function writeImporterOrdered(connection: DuckDBConnection, table: string) {
  await connection.run(
    `CREATE TABLE ${quoteIdentifier(importerOrderedTable(table))} AS
     SELECT importer, year, hs::INTEGER AS hs, value_usd FROM ${quoteIdentifier(table)} ORDER BY importer, year`,
  );
}

/** Table names are generated by us, but quoting keeps a surprise from ever becoming SQL. */
export const quoteIdentifier = (name: string) => `"${name.replaceAll('"', '""')}"`;
