import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { computeComplexity } from "../../engines/trade-indicators";
import { lineOfKeptRow } from "../modules/trade/imports/rejected-lines";
import { inspectSource } from "../modules/trade/imports/source-files";
import { createAnalyticsStore } from "../platform/duckdb";
import { CommandUsageError, type FlagSpec, parseFlags } from "./command-flags";

export const TRADE_COMPLEXITY_USAGE = `Usage: hamkori trade complexity --input FILE [--out FILE]

Reads CSV rows year,origin,hs92,export_val and writes, for every year, location and product,
year,origin,hs92,export_val,rca,M,density,eci,pci,diversity,ubiquity,coi,cog — the Growth Lab's
conventions (see docs/trade-indicators.md). Without --out (or with --out -) it writes to stdout.
Try it on data/validation/complexity_trade_sample.csv.`;

const SPEC: FlagSpec = { command: "trade complexity", usage: TRADE_COMPLEXITY_USAGE, values: ["--input", "--out"] };
const COLUMNS = ["year", "origin", "hs92", "export_val"];

/** Reads and checks the input with DuckDB (any size), refusing it at the first bad line. */
async function readInput(file: string) {
  const source = await inspectSource(file);
  if (source.kind === "csv" && source.columns.join(",") !== COLUMNS.join(","))
    throw new Error(`${file}: line 1: expected the header ${COLUMNS.join(",")}, found ${source.columns.join(",")}`);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "hamkori-complexity-"));
  const store = createAnalyticsStore(dir);
  // One connection: the lines DuckDB sets aside are kept in a temporary table of the connection.
  const connection = await store.connect();
  const query = async <T>(sql: string) => (await connection.runAndReadAll(sql)).getRowObjectsJS() as T[];
  try {
    const quoted = file.replaceAll("'", "''");
    await query(
      `CREATE TABLE input AS SELECT * FROM read_csv('${quoted}', header = true, columns = {'year': 'INTEGER', 'origin': 'VARCHAR', 'hs92': 'VARCHAR', 'export_val': 'DOUBLE'}, store_rejects = true, ignore_errors = true)`,
    );
    const [setAside] = await query<{ line: bigint; message: string }>("SELECT line, error_message AS message FROM reject_errors ORDER BY line LIMIT 1");
    if (setAside) throw new Error(`${file}: line ${setAside.line}: ${setAside.message.split("\n")[0]}`);
    const [bad] = await query<{ row: bigint; reason: string }>(
      `SELECT rowid AS row, CASE WHEN year IS NULL THEN 'year is empty' WHEN origin IS NULL THEN 'origin is empty' WHEN hs92 IS NULL THEN 'hs92 is empty'
         WHEN export_val IS NULL THEN 'export_val is empty' ELSE 'export_val is negative' END AS reason
       FROM input WHERE year IS NULL OR origin IS NULL OR hs92 IS NULL OR export_val IS NULL OR export_val < 0 ORDER BY rowid LIMIT 1`,
    );
    if (bad) throw new Error(`${file}: line ${lineOfKeptRow(Number(bad.row), [])}: ${bad.reason}`);
    return await query<{ year: number; location: string; product: string; value: number }>(
      "SELECT year, origin AS location, hs92 AS product, sum(export_val)::DOUBLE AS value FROM input GROUP BY ALL ORDER BY year",
    );
  } finally {
    connection.closeSync();
    store.close();
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

export async function runTradeComplexityCommand(args: string[]): Promise<number> {
  if (args.includes("--help") || args.includes("-h")) {
    console.log(TRADE_COMPLEXITY_USAGE);
    return 0;
  }
  const flags = parseFlags(args, SPEC);
  const input = flags.values.get("--input");
  if (!input) throw new CommandUsageError("Option --input FILE is required.", TRADE_COMPLEXITY_USAGE);
  if (!fs.existsSync(input)) throw new Error(`No such file: ${input}`);
  const rows = await readInput(input);
  const lines = [`${COLUMNS.join(",")},rca,M,density,eci,pci,diversity,ubiquity,coi,cog`];
  for (const year of [...new Set(rows.map((r) => r.year))]) {
    const result = (() => {
      try {
        return computeComplexity(rows.filter((r) => r.year === year));
      } catch (error) {
        throw new Error(`${input}: year ${year}: ${(error as Error).message}`);
      }
    })();
    const locations = new Map(result.locations.map((l) => [l.location, l]));
    const products = new Map(result.products.map((p) => [p.product, p]));
    for (const cell of result.cells) {
      const l = locations.get(cell.location);
      const p = products.get(cell.product);
      lines.push(
        [year, cell.location, cell.product, cell.value, cell.rca, cell.m, cell.density, l?.eci, p?.pci, l?.diversity, p?.ubiquity, l?.coi, cell.cog].join(","),
      );
    }
  }
  const out = flags.values.get("--out");
  const text = `${lines.join("\n")}\n`;
  if (!out || out === "-") process.stdout.write(text);
  else {
    fs.writeFileSync(out, text);
    console.error(`Wrote ${lines.length - 1} rows to ${out}.`);
  }
  return 0;
}
