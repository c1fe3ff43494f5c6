import type { DuckDBConnection } from "@duckdb/node-api";
import type { TTradeImportProgress } from "../../../../contracts/trade";
import { quoteIdentifier } from "../catalog.repository";
import { estimateRows, readSourceSql, type SourceFile } from "./source-files";

export type StagePlan = {
  table: string;
  ddl: string;
  columns(file: SourceFile): [string, string][];
  select(file: SourceFile, from: string): string;
  nullStrings?: string[];
};

/** Where each file's rows landed in the staging table, and the lines DuckDB set aside. */
export type StagedFile = { file: SourceFile; firstRow: number; rows: number; setAside: { line: number; reason: string }[] };

export type ProgressSink = (progress: TTradeImportProgress, done: number, total: number) => void;

const POLL_MS = 250;

async function rowsInFile(connection: DuckDBConnection, file: SourceFile): Promise<number> {
  if (file.kind === "csv") return estimateRows(file.path);
  const reader = await connection.runAndReadAll("SELECT sum(num_rows)::BIGINT AS n FROM parquet_file_metadata($1)", [file.path]);
  return Number(reader.getRowObjectsJS()[0]?.n ?? 0);
}

/**
 * Reads every file into one staging table, reporting rows read, throughput and time left from
 * DuckDB's own progress while each file streams in.
 */
export async function stageFiles(connection: DuckDBConnection, plan: StagePlan, files: SourceFile[], report: ProgressSink, signal?: AbortSignal) {
  await connection.run("SET enable_progress_bar = true; SET enable_progress_bar_print = false");
  await connection.run(`CREATE TABLE ${quoteIdentifier(plan.table)} ${plan.ddl}`);
  const estimates = await Promise.all(files.map((file) => rowsInFile(connection, file)));
  const total = estimates.reduce((sum, rows) => sum + rows, 0);
  const started = Date.now();
  const staged: StagedFile[] = [];
  let before = 0;
  const onAbort = () => connection.interrupt();
  signal?.addEventListener("abort", onAbort);
  try {
    for (const [index, file] of files.entries()) {
      const rejects = { table: `rejects_${index}`, scan: `rejects_scan_${index}` };
      const from = readSourceSql(file, { columns: plan.columns(file), rejectsTable: rejects.table, rejectsScan: rejects.scan, nullStrings: plan.nullStrings });
      const timer = setInterval(() => {
        const percentage = connection.progress.percentage;
        if (percentage < 0) return;
        const rowsRead = Math.round(before + (Math.min(percentage, 100) / 100) * estimates[index]);
        const seconds = (Date.now() - started) / 1000;
        const rowsPerSecond = seconds > 0 ? rowsRead / seconds : 0;
        report(
          {
            phase: "reading",
            rowsRead,
            rowsRejected: 0,
            rowsPerSecond,
            secondsLeft: rowsPerSecond > 0 ? Math.max(0, (total - rowsRead) / rowsPerSecond) : null,
          },
          rowsRead,
          total,
        );
      }, POLL_MS);
      try {
        const firstRow = await countRows(connection, plan.table);
        await connection.run(`INSERT INTO ${quoteIdentifier(plan.table)} ${plan.select(file, from)}`);
        const rows = (await countRows(connection, plan.table)) - firstRow;
        const setAside = file.kind === "csv" ? await readSetAside(connection, rejects.table) : [];
        staged.push({ file, firstRow, rows, setAside });
        before += rows + setAside.length;
      } finally {
        clearInterval(timer);
      }
    }
  } finally {
    signal?.removeEventListener("abort", onAbort);
  }
  return { staged, rowsRead: before, seconds: (Date.now() - started) / 1000 };
}

async function countRows(connection: DuckDBConnection, table: string) {
  const reader = await connection.runAndReadAll(`SELECT count(*)::BIGINT AS n FROM ${quoteIdentifier(table)}`);
  return Number(reader.getRowObjectsJS()[0].n);
}

async function readSetAside(connection: DuckDBConnection, table: string) {
  const reader = await connection.runAndReadAll(
    `SELECT line::BIGINT AS line, string_agg(CASE WHEN error_type IN ('MISSING COLUMNS', 'TOO MANY COLUMNS') THEN '' ELSE coalesce(column_name || ': ', '') END || error_message, '; ') AS reason FROM ${quoteIdentifier(table)} GROUP BY line ORDER BY line`,
  );
  return reader.getRowObjectsJS().map((row) => ({ line: Number(row.line), reason: plainReason(String(row.reason)) }));
}

/** DuckDB's messages carry a hint block and the whole line; keep the first sentence. */
function plainReason(message: string) {
  return message
    .split("\n")[0]
    .replace(/Expected Number of Columns: (\d+) Found: (\d+)/, "wrong column count: $2 instead of $1")
    .replace(/Error when converting column "[^"]+"\. /, "")
    .slice(0, 300);
}
