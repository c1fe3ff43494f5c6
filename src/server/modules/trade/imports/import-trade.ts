import type { DuckDBConnection } from "@duckdb/node-api";
import type { TRejectedRow, TTradeImportOptions, TTradeImportReport } from "../../../../contracts/trade";
import type { AnalyticsStore } from "../../../platform/duckdb";
import { dropDatasetTables, ensureCatalog, ensureJurisdictionType, quoteIdentifier, swapDataset, writeImporterOrdered } from "../catalog.repository";
import { readBaciCountries, sortBaciFiles } from "./baci-companions";
import { loadCountryCodeBook } from "./country-codes";
import { flowLayout, flowProblemSql } from "./flow-formats";
import { PUBLISHED_PROBLEM_SQL, PUBLISHED_STAGE_DDL, publishedColumns, publishedSelect } from "./published-format";
import { lineOfKeptRow } from "./rejected-lines";
import { inspectSource, type SourceFile } from "./source-files";
import { type ProgressSink, type StagedFile, type StagePlan, stageFiles } from "./stage-files";

export type ImportFile = { path: string; label: string };
export type ImportRequest = { files: ImportFile[]; options: TTradeImportOptions; jurisdictions: Set<string> };

const LISTED_REJECTS = 1000;

type Plan = StagePlan & { files: SourceFile[]; problem: string; aggregate: string; productsFrom?: SourceFile };

async function planImport(request: ImportRequest, table: string, jurisdictionType: string): Promise<Plan> {
  const inspected = await Promise.all(request.files.map((file) => inspectSource(file.path, file.label)));
  const { format } = request.options;
  if (format === "published")
    return {
      table,
      ddl: PUBLISHED_STAGE_DDL,
      files: inspected,
      columns: publishedColumns,
      select: (_file, from) => publishedSelect(request.jurisdictions, from),
      problem: PUBLISHED_PROBLEM_SQL,
      aggregate: "false",
    };
  const baci = format === "baci" ? sortBaciFiles(inspected) : undefined;
  const layout = flowLayout(format, {
    codes: loadCountryCodeBook(),
    jurisdictions: request.jurisdictions,
    jurisdictionType,
    baciCountries: baci?.countries && readBaciCountries(baci.countries),
  });
  return { table, files: baci?.flows ?? inspected, ...layout, problem: flowProblemSql(layout.raw, Boolean(baci?.products)), productsFrom: baci?.products };
}

/**
 * Imports files as one new version of a dataset: read into a table of its own, check every row,
 * then either swap the dataset to it in one transaction or, when too much was rejected or anything
 * failed, drop it so the previous version stays exactly as it was.
 */
export async function importTradeFiles(store: AnalyticsStore, request: ImportRequest, report: ProgressSink, signal?: AbortSignal): Promise<TTradeImportReport> {
  const started = Date.now();
  const { options } = request;
  const table = `${options.format === "published" ? "reported" : "flows"}_${options.name.toLowerCase().replace(/[^a-z0-9]+/g, "_")}_${Date.now().toString(36)}`;
  const connection = await store.connect();
  let keep = false;
  try {
    await ensureCatalog(connection);
    const jurisdictionType = await ensureJurisdictionType(connection, request.jurisdictions);
    const plan = await planImport(request, table, jurisdictionType);
    if (plan.productsFrom) await loadProductList(connection, plan.productsFrom);
    const { staged, rowsRead } = await stageFiles(connection, plan, plan.files, report, signal);
    report({ phase: "checking", rowsRead, rowsRejected: 0, rowsPerSecond: 0, secondsLeft: null }, rowsRead, rowsRead);
    const checked = await checkRows(connection, plan, staged);
    const rowsRejected = checked.count + staged.reduce((sum, file) => sum + file.setAside.length, 0);
    const rejected = [...staged.flatMap((file) => file.setAside.map((row) => ({ file: file.file.label, ...row }))), ...checked.listed]
      .sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line)
      .slice(0, LISTED_REJECTS);
    const rowsImported = rowsRead - rowsRejected - checked.aggregates;
    const base = { dataset: options.name, version: options.version, rowsRead, rowsRejected, rejected };
    const refusal =
      rowsRead > 0 && rowsRejected / rowsRead > options.maxRejectedShare
        ? `${rowsRejected} of ${rowsRead} rows were rejected (${((100 * rowsRejected) / rowsRead).toFixed(1)} %), more than the ${(100 * options.maxRejectedShare).toFixed(1)} % allowed; nothing was imported`
        : rowsImported <= 0
          ? "The files hold no rows that could be imported; nothing was imported"
          : null;
    const seconds = () => (Date.now() - started) / 1000;
    if (refusal) return { ...base, status: "refused", rowsImported: 0, reason: refusal, seconds: seconds() };
    report({ phase: "replacing", rowsRead, rowsRejected, rowsPerSecond: 0, secondsLeft: null }, rowsRead, rowsRead);
    await connection.run(`DELETE FROM ${quoteIdentifier(table)} WHERE ${plan.aggregate} OR rowid IN (SELECT row_id FROM checked_problems)`);
    if (options.format !== "published") await writeImporterOrdered(connection, table);
    const years = (await connection.runAndReadAll(`SELECT min(year) AS "from", max(year) AS "to" FROM ${quoteIdentifier(table)}`)).getRowObjectsJS()[0];
    const { format, name, version, hsRevision, licence, synthetic } = options;
    await swapDataset(connection, {
      name,
      version,
      format,
      hsRevision,
      licence,
      synthetic,
      rows: rowsImported,
      rejectedRows: rowsRejected,
      fromYear: years.from as number | null,
      toYear: years.to as number | null,
      importedAt: new Date().toISOString(),
      tableName: table,
      jurisdictionType: options.format === "published" ? null : jurisdictionType,
      importerOrdered: null,
    });
    keep = true;
    return { ...base, status: "imported", rowsImported, reason: null, seconds: seconds() };
  } finally {
    if (!keep) await dropDatasetTables(connection, table).catch(() => undefined);
    connection.closeSync();
  }
}

async function loadProductList(connection: DuckDBConnection, file: SourceFile) {
  const path = file.path.replaceAll("'", "''");
  await connection.run(
    `CREATE TEMP TABLE product AS SELECT DISTINCT lpad(trim(code::VARCHAR), 6, '0') AS code FROM read_csv('${path}', header = true, all_varchar = true)`,
  );
}

/** Finds every staged row that cannot be kept, lists the first ones with file and line. */
async function checkRows(connection: DuckDBConnection, plan: Plan, staged: StagedFile[]) {
  const join = plan.productsFrom ? "LEFT JOIN product ON product.code = hs" : "";
  await connection.run(
    `CREATE TEMP TABLE checked_problems AS SELECT row_id, reason FROM (SELECT row_id, ${plan.problem} AS reason
     FROM (SELECT rowid AS row_id, * FROM ${quoteIdentifier(plan.table)} WHERE NOT ${plan.aggregate}) ${join}) WHERE reason IS NOT NULL`,
  );
  const counts = (
    await connection.runAndReadAll(
      `SELECT (SELECT count(*) FROM checked_problems)::BIGINT AS problems, (SELECT count(*) FROM ${quoteIdentifier(plan.table)} WHERE ${plan.aggregate})::BIGINT AS aggregates`,
    )
  ).getRowObjectsJS()[0];
  const first = (
    await connection.runAndReadAll(`SELECT row_id::BIGINT AS row_id, reason FROM checked_problems ORDER BY row_id LIMIT ${LISTED_REJECTS}`)
  ).getRowObjectsJS();
  const listed: TRejectedRow[] = first.map((row) => {
    const rowId = Number(row.row_id);
    const file = staged.find((f) => rowId >= f.firstRow && rowId < f.firstRow + f.rows) ?? staged[staged.length - 1];
    return {
      file: file.file.label,
      line: lineOfKeptRow(
        rowId - file.firstRow,
        file.setAside.map((s) => s.line),
      ),
      reason: String(row.reason),
    };
  });
  return { count: Number(counts.problems), aggregates: Number(counts.aggregates), listed };
}
