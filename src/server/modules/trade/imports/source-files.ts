import fs from "node:fs";
import path from "node:path";

export type SourceKind = "csv" | "parquet";
export type SourceFile = { path: string; label: string; kind: SourceKind; columns: string[] };

/** A problem with a whole file (missing column, unreadable header): the import is refused. */
export class SourceFileError extends Error {}

const sqlString = (value: string) => `'${value.replaceAll("'", "''")}'`;

/** Reads the header line of a CSV file (or the schema of a Parquet one) without loading the rest. */
export async function inspectSource(filePath: string, label = path.basename(filePath)): Promise<SourceFile> {
  if (!fs.existsSync(filePath)) throw new SourceFileError(`${label}: file not found`);
  if (/\.parquet$/i.test(filePath)) return { path: filePath, label, kind: "parquet", columns: [] };
  const handle = await fs.promises.open(filePath, "r");
  try {
    const buffer = Buffer.alloc(64 * 1024);
    const { bytesRead } = await handle.read(buffer, 0, buffer.length, 0);
    const text = buffer
      .subarray(0, bytesRead)
      .toString("utf8")
      .replace(/^\uFEFF/, "");
    const newline = text.indexOf("\n");
    if (bytesRead === 0 || newline < 0) throw new SourceFileError(`${label}: line 1: no header line (expected the column names, comma-separated)`);
    const header = text.slice(0, newline).replace(/\r$/, "");
    return { path: filePath, label, kind: "csv", columns: header.split(",").map((name) => name.trim().replace(/^"|"$/g, "")) };
  } finally {
    await handle.close();
  }
}

/** Bytes per data line in the first 64 KB: with the file size, a fair guess at the row count. */
export async function estimateRows(filePath: string): Promise<number> {
  const size = (await fs.promises.stat(filePath)).size;
  const handle = await fs.promises.open(filePath, "r");
  try {
    const buffer = Buffer.alloc(64 * 1024);
    const { bytesRead } = await handle.read(buffer, 0, buffer.length, 0);
    const lines = buffer.subarray(0, bytesRead).toString("utf8").split("\n").length - 1;
    return lines <= 1 ? 1 : Math.max(1, Math.round((size / bytesRead) * (lines - 1)));
  } finally {
    await handle.close();
  }
}

export type ReadOptions = {
  /** Column name → DuckDB type, in file order; ignored for Parquet, whose types come with it. */
  columns: [string, string][];
  rejectsTable: string;
  rejectsScan: string;
  nullStrings?: string[];
};

/**
 * The table function that reads one source. CSV rows with the wrong number of columns or a value
 * that is not of its column's type are set aside by DuckDB with their line numbers.
 */
export function readSourceSql(file: SourceFile, options: ReadOptions): string {
  if (file.kind === "parquet") return `read_parquet(${sqlString(file.path)})`;
  const columns = options.columns.map(([name, type]) => `${sqlString(name)}: ${sqlString(type)}`).join(", ");
  const nulls = (options.nullStrings ?? [""]).map(sqlString).join(", ");
  return `read_csv(${sqlString(file.path)}, header = true, delim = ',', quote = '"', columns = {${columns}}, nullstr = [${nulls}], store_rejects = true, rejects_table = ${sqlString(options.rejectsTable)}, rejects_scan = ${sqlString(options.rejectsScan)}, ignore_errors = true)`;
}

/** Finds a column by any of its known spellings (case and spacing do not matter). */
export function findColumn(columns: string[], spellings: string[]): string | undefined {
  const normal = (name: string) => name.toLowerCase().replace(/[^a-z0-9$]/g, "");
  const wanted = new Set(spellings.map(normal));
  return columns.find((column) => wanted.has(normal(column)));
}
