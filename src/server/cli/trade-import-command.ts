import { HS_REVISIONS, TRADE_FORMATS, type TTradeImportProgress, ZTradeImportOptions } from "../../contracts/trade";
import { loadReferenceData } from "../modules/directory";
import { importTradeFiles } from "../modules/trade";
import { loadConfig } from "../platform/config";
import { createAnalyticsStore } from "../platform/duckdb";
import { CommandUsageError, type FlagSpec, numberFlag, parseFlags } from "./command-flags";

export const TRADE_IMPORT_USAGE = `Usage: hamkori trade import --format baci|comtrade|regional|published --name NAME --version VERSION
                            [--hs HS22] [--licence TEXT] [--synthetic] [--max-rejected 0.05] FILE…

Imports trade statistics into trade.duckdb in the data directory (HAMKORI_DATA_DIR, var by default) as
one version of a named dataset; a new version replaces the old one only if it imports. CSV or Parquet:
  baci       t,i,j,k,v,q flows (one file per year), with country_codes and product_codes files
  comtrade   UN Comtrade bulk CSV (reporter, partner, flow, commodity code, primary value, net weight)
  regional   region,partner,year,flow,hs,value_usd,quantity_kg (region as ISO 3166-2, e.g. RU-TA)
  published  from,to,year,period,turnover_usd,note,source (officially stated turnover)
Rejected rows are listed with their line numbers; more than --max-rejected of them refuses the file.
Stop the server first (or use the Trade → Imports page): the database file admits one process.`;

const SPEC: FlagSpec = {
  command: "trade import",
  usage: TRADE_IMPORT_USAGE,
  values: ["--format", "--name", "--version", "--hs", "--licence", "--max-rejected"],
  switches: ["--synthetic"],
  positional: true,
};

function describeProgress(p: TTradeImportProgress, total: number) {
  const left = p.secondsLeft === null ? "" : ` · ${Math.ceil(p.secondsLeft)} s left`;
  return `${p.phase}: ${p.rowsRead.toLocaleString("en")} of ~${total.toLocaleString("en")} rows · ${Math.round(p.rowsPerSecond).toLocaleString("en")} rows/s${left}`;
}

export async function runTradeImportCommand(args: string[]): Promise<number> {
  if (args.includes("--help") || args.includes("-h")) {
    console.log(TRADE_IMPORT_USAGE);
    return 0;
  }
  const flags = parseFlags(args, SPEC);
  if (flags.positional.length === 0) throw new CommandUsageError("Name at least one FILE to import.", TRADE_IMPORT_USAGE);
  const format = flags.values.get("--format");
  if (!format || !(TRADE_FORMATS as readonly string[]).includes(format))
    throw new CommandUsageError(`Option --format should be one of ${TRADE_FORMATS.join(", ")}.`, TRADE_IMPORT_USAGE);
  const parsed = ZTradeImportOptions.safeParse({
    format,
    name: flags.values.get("--name") ?? "",
    version: flags.values.get("--version") ?? "",
    hsRevision: flags.values.get("--hs"),
    licence: flags.values.get("--licence"),
    synthetic: flags.switches.has("--synthetic"),
    maxRejectedShare: numberFlag(flags, SPEC, "--max-rejected", 0.05, (n) => n >= 0 && n <= 1, "a share between 0 and 1"),
  });
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const flag = { name: "--name", version: "--version", hsRevision: "--hs", licence: "--licence" }[String(issue.path[0])] ?? String(issue.path[0]);
    throw new CommandUsageError(`Option ${flag}: ${issue.message}${flag === "--hs" ? ` (${HS_REVISIONS.join(", ")})` : ""}.`, TRADE_IMPORT_USAGE);
  }
  const config = loadConfig();
  const store = createAnalyticsStore(config.dataDir);
  const interactive = process.stderr.isTTY;
  let lastLine = 0;
  try {
    const report = await importTradeFiles(
      store,
      {
        files: flags.positional.map((file) => ({ path: file, label: file })),
        options: parsed.data,
        jurisdictions: new Set(loadReferenceData().jurisdictions.codes()),
      },
      (progress, _done, total) => {
        const now = Date.now();
        if (interactive) process.stderr.write(`\r${describeProgress(progress, total)}\u001b[K`);
        else if (now - lastLine > 2000) {
          lastLine = now;
          console.error(describeProgress(progress, total));
        }
      },
    );
    if (interactive) process.stderr.write("\n");
    for (const row of report.rejected.slice(0, 20)) console.error(`${row.file}: line ${row.line}: ${row.reason}`);
    if (report.rejected.length > 20) console.error(`… and ${report.rowsRejected - 20} more rejected rows`);
    if (report.status === "refused") {
      console.error(`Refused: ${report.reason}`);
      return 1;
    }
    console.log(
      `Imported ${report.dataset} ${report.version}: ${report.rowsImported.toLocaleString("en")} rows (${report.rowsRejected} rejected) in ${report.seconds.toFixed(1)} s.`,
    );
    return 0;
  } finally {
    store.close();
  }
}
