import { parse } from "csv-parse/sync";
import ExcelJS from "exceljs";
import { fileTypeFromBuffer } from "file-type";
import { invalid } from "../../../platform/errors";

export const MAX_IMPORT_ROWS = 20_000;
export const MAX_IMPORT_BYTES = 5 * 1024 * 1024;

/** A data row with the line (CSV) or row (XLSX) number the person sees in their editor. */
export type SheetRow = { line: number; cells: string[] };
export type Sheet = { format: "csv" | "xlsx"; headerLine: number; header: string[]; rows: SheetRow[] };

const XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
const FIELD = "file";

const unsupported = (message: string) => invalid(FIELD, message, "unsupported_media_type", 415);
const tooManyRows = () =>
  invalid(FIELD, `A file may hold at most ${MAX_IMPORT_ROWS.toLocaleString("en")} rows; split it into several files`, "too_many_rows", 413);

/** Reads a visitor list, deciding CSV or XLSX by content: names and declared types are often wrong. */
export async function readSheet(bytes: Buffer): Promise<Sheet> {
  if (bytes.length === 0) throw invalid(FIELD, "The file is empty");
  if (bytes.length > MAX_IMPORT_BYTES) throw invalid(FIELD, "The file may be at most 5 MB", "file_too_large", 413);
  const detected = await fileTypeFromBuffer(bytes);
  if (detected?.mime === XLSX_TYPE) return readXlsx(bytes);
  if (detected) throw unsupported(`This is a ${detected.ext.toUpperCase()} file; send a CSV (UTF-8) or an Excel workbook (XLSX)`);
  return readCsv(bytes);
}

function decodeUtf8(bytes: Buffer): string {
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    // Excel's plain "CSV" on Russian Windows is Windows-1251; guessing encodings garbles names.
    throw unsupported('The file is not UTF-8 text; save it as "CSV UTF-8" or as an Excel workbook (XLSX)');
  }
}

/** The delimiter used most in the header line, outside quotes: Excel writes ";" where "," is the decimal mark. */
export function detectDelimiter(firstLine: string): string {
  const counts = new Map<string, number>([
    [",", 0],
    [";", 0],
    ["\t", 0],
  ]);
  let quoted = false;
  for (const char of firstLine) {
    if (char === '"') quoted = !quoted;
    else if (!quoted && counts.has(char)) counts.set(char, (counts.get(char) ?? 0) + 1);
  }
  return [...counts].reduce((best, entry) => (entry[1] > best[1] ? entry : best))[0];
}

const isBlank = (cells: string[]) => cells.every((cell) => cell.trim() === "");

function readCsv(bytes: Buffer): Sheet {
  // Line numbers must match an editor's, so line endings are made one kind before counting.
  const text = decodeUtf8(bytes)
    .replace(/^\uFEFF/, "")
    .replace(/\r\n?/g, "\n");
  if (text.includes("\u0000")) throw unsupported("This is not a text file; send a CSV (UTF-8) or an Excel workbook (XLSX)");
  const firstLine = text.split("\n").find((line) => line.trim() !== "") ?? "";
  let records: { record: string[]; info: { lines: number } }[];
  try {
    // With `info`, each record comes with where it ends; the typings only know plain records.
    records = parse(text, {
      delimiter: detectDelimiter(firstLine),
      record_delimiter: "\n",
      info: true,
      relax_column_count: true,
      relax_quotes: true,
      skip_empty_lines: true,
      to: MAX_IMPORT_ROWS + 2,
    }) as unknown as typeof records;
  } catch (error) {
    const line = (error as { lines?: number }).lines;
    throw invalid(FIELD, `${line ? `Line ${line}: ` : ""}${error instanceof Error ? error.message : "the file cannot be read as CSV"}`, "invalid_csv");
  }
  // csv-parse counts to a record's last line; a quoted value may span several.
  const rows = records.map(({ record, info }) => ({ line: info.lines - record.reduce((n, cell) => n + (cell.match(/\n/g)?.length ?? 0), 0), cells: record }));
  return toSheet("csv", rows);
}

async function readXlsx(bytes: Buffer): Promise<Sheet> {
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  } catch {
    throw unsupported("The workbook cannot be read; open it in Excel and save it again as XLSX");
  }
  const sheet = workbook.worksheets[0];
  if (!sheet) throw invalid(FIELD, "The workbook has no sheet");
  if (sheet.actualRowCount > MAX_IMPORT_ROWS + 1) throw tooManyRows();
  const rows: SheetRow[] = [];
  sheet.eachRow({ includeEmpty: false }, (row, line) => {
    // `text` is what Excel shows: the result of a formula, the label of a mailto: link.
    rows.push({ line, cells: Array.from({ length: row.cellCount }, (_, i) => row.getCell(i + 1).text ?? "") });
  });
  return toSheet("xlsx", rows);
}

function toSheet(format: Sheet["format"], all: SheetRow[]): Sheet {
  const rows = all.filter((row) => !isBlank(row.cells));
  if (rows.length === 0) throw invalid(FIELD, "The file has no rows");
  const [header, ...data] = rows;
  if (data.length === 0) throw invalid(FIELD, "The file has a header row but no visitors under it");
  if (data.length > MAX_IMPORT_ROWS) throw tooManyRows();
  return {
    format,
    headerLine: header.line,
    header: header.cells.map((cell) => cell.trim()),
    rows: data.map((row) => ({ line: row.line, cells: row.cells.map((cell) => cell.trim()) })),
  };
}
