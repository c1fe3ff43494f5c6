import fs from "node:fs";
import { listDatasets } from "../modules/trade";
import { loadConfig } from "../platform/config";
import { createAnalyticsStore } from "../platform/duckdb";
import { CommandUsageError, type FlagSpec, parseFlags } from "./command-flags";

export const TRADE_EXPORT_USAGE = `Usage: hamkori trade export --dataset NAME --out FILE.parquet

Writes one imported dataset's flows as Parquet in the regional layout (region = exporter, partner =
importer, year, flow = export, hs, value_usd, quantity_kg), which other tools read and which
hamkori trade import --format regional reads back.`;

const SPEC: FlagSpec = { command: "trade export", usage: TRADE_EXPORT_USAGE, values: ["--dataset", "--out"] };

export async function runTradeExportCommand(args: string[]): Promise<number> {
  if (args.includes("--help") || args.includes("-h")) {
    console.log(TRADE_EXPORT_USAGE);
    return 0;
  }
  const flags = parseFlags(args, SPEC);
  const name = flags.values.get("--dataset");
  const out = flags.values.get("--out");
  if (!name) throw new CommandUsageError("Option --dataset NAME is required.", TRADE_EXPORT_USAGE);
  if (!out || !/\.parquet$/i.test(out)) throw new CommandUsageError("Option --out should name a .parquet file.", TRADE_EXPORT_USAGE);
  const store = createAnalyticsStore(loadConfig().dataDir);
  try {
    const datasets = await listDatasets(store);
    const dataset = datasets.find((d) => d.name === name);
    if (!dataset || dataset.format === "published") {
      const names = datasets.filter((d) => d.format !== "published").map((d) => `"${d.name}"`);
      throw new Error(`No flows dataset named "${name}"${names.length ? `; there are ${names.join(", ")}` : ""}.`);
    }
    const target = out.replaceAll("'", "''");
    await store.query(
      `COPY (SELECT exporter::VARCHAR AS region, importer::VARCHAR AS partner, year::VARCHAR AS year, 'export' AS flow, hs, value_usd::VARCHAR AS value_usd, quantity_kg::VARCHAR AS quantity_kg
       FROM "${dataset.tableName}" ORDER BY year, exporter, importer, hs) TO '${target}' (FORMAT parquet)`,
    );
    console.log(`Wrote ${dataset.rows.toLocaleString("en")} rows of ${dataset.name} to ${out} (${(fs.statSync(out).size / 1e6).toFixed(1)} MB).`);
    return 0;
  } finally {
    store.close();
  }
}
