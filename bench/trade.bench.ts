import { execFileSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { buildApp } from "../src/server/app";
import { loadConfig } from "../src/server/platform/config";
import { openDatabase } from "../src/server/platform/db";
import { generateBaciFile } from "./generate-baci-file";
import { quantile, report, round } from "./stats";

const ROWS = Number(process.env.TRADE_BENCH_ROWS ?? 10_000_000);
const RUNS = 2;
const BILATERAL_QUERIES = 60;

function measure(mode: "baseline" | "import", file: string, dataDir: string) {
  const output = execFileSync(process.execPath, ["--import", "tsx", path.join(import.meta.dirname, "trade-import-child.ts"), mode, file, dataDir], {
    encoding: "utf8",
  });
  return JSON.parse(output.trim().split("\n").at(-1) as string) as { seconds: number; maxRssMb: number; progressReports: number };
}

/**
 * Import speed against DuckDB's own read_csv of the same file (runs alternate, medians compared),
 * the import's peak memory, and the bilateral view's response time on the imported data.
 */
export async function benchTrade() {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "hamkori-trade-bench-"));
  const file = path.join(dir, "BACI_bench.csv");
  try {
    let t0 = performance.now();
    await generateBaciFile(file, ROWS);
    report({ bench: "trade", figure: "generate-s", value: round((performance.now() - t0) / 1000, 1), rows: ROWS, mb: round(fs.statSync(file).size / 1e6, 0) });
    const baseline: number[] = [];
    const imports: { seconds: number; maxRssMb: number; progressReports: number }[] = [];
    for (let run = 0; run < RUNS; run++) {
      baseline.push(measure("baseline", file, path.join(dir, "baseline")).seconds);
      imports.push(measure("import", file, path.join(dir, "import")));
    }
    const median = (values: number[]) => quantile(values, 0.5);
    const importSeconds = median(imports.map((r) => r.seconds));
    report({
      bench: "trade",
      figure: "import-vs-read-csv",
      value: round(importSeconds / median(baseline), 2),
      target: 1.5,
      importS: round(importSeconds, 2),
      readCsvS: round(median(baseline), 2),
      progressReports: imports[0].progressReports,
    });
    report({ bench: "trade", figure: "import-peak-rss-mb", value: round(Math.max(...imports.map((r) => r.maxRssMb)), 0), target: 2048 });

    const database = await openDatabase({ inMemory: true });
    await database.migrate();
    const config = loadConfig({ HAMKORI_DATA_DIR: path.join(dir, "import"), HAMKORI_DEMO: "0", LOG_LEVEL: "silent" }, { webRoot: path.join(dir, "no-web") });
    const { app } = await buildApp(config, { database, logger: false });
    const codes = (await app.inject({ method: "GET", url: "/api/v1/trade/datasets" })).json().jurisdictions as string[];
    const pairs: [string, string][] = [];
    for (let q = 0; q < BILATERAL_QUERIES; q++) {
      const a = codes[(q * 7) % 20];
      const b = codes[(q * 13 + 5) % codes.length];
      if (a !== b) pairs.push([a, b]);
    }
    const bilateral = async (a: string, b: string) => {
      const response = await app.inject({ method: "GET", url: `/api/v1/trade/bilateral?a=${a}&b=${b}` });
      if (response.statusCode !== 200) throw new Error(`bilateral ${a}-${b}: ${response.statusCode} ${response.body}`);
    };
    // One request on two jurisdictions no measured pair touches opens the store and warms the code
    // paths, as any running server is; every measured pair still reads its own series cold first.
    const untouched = codes.filter((code) => !pairs.some((pair) => pair.includes(code)));
    await bilateral(untouched[0], untouched[1]);
    const times: number[] = [];
    for (const [a, b] of pairs) {
      t0 = performance.now();
      await bilateral(a, b);
      times.push(performance.now() - t0);
    }
    report({
      bench: "trade",
      figure: "bilateral-p95-ms",
      value: round(quantile(times, 0.95), 0),
      target: 150,
      median: round(quantile(times, 0.5), 0),
      max: round(Math.max(...times), 0),
      queries: times.length,
      rows: ROWS,
    });
    await app.close();
    await database.close();
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
