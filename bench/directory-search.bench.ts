import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { buildApp } from "../src/server/app";
import { loadConfig } from "../src/server/platform/config";
import { openDatabase } from "../src/server/platform/db";
import { createScratchDatabase } from "../src/server/testing/scratch-database";
import { benchmarkQueries, generateDirectory } from "./generate-directory";
import { quantile, report, round } from "./stats";

const COUNTS = { organizations: 20_000, products: 100_000 };
const QUERIES = 1_000;

/** p50/p95 of directory search through the full HTTP stack (app.inject) on a generated directory. */
export async function benchDirectorySearch(backend: "pglite" | "postgres", serverUrl: string) {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "hamkori-bench-"));
  const server = backend === "postgres" ? await createScratchDatabase(serverUrl, "hamkori_bench") : undefined;
  const database = await openDatabase(server ? { url: server.url } : { inMemory: true });
  try {
    await database.migrate();
    const config = loadConfig({ HAMKORI_DATA_DIR: dataDir, HAMKORI_DEMO: "0", LOG_LEVEL: "silent" }, { webRoot: path.join(dataDir, "none") });
    const { app, ctx } = await buildApp(config, { database, logger: false });
    const started = performance.now();
    await generateDirectory(database.db, ctx.reference, COUNTS);
    report({ figure: "directory_generate_seconds", backend, ...COUNTS, value: round((performance.now() - started) / 1000, 1), unit: "s" });
    const queries = benchmarkQueries(QUERIES);
    for (const url of queries.slice(0, 20)) await app.inject(url); // warm caches and plans
    const times: number[] = [];
    let hits = 0;
    for (const url of queries) {
      const t0 = performance.now();
      const res = await app.inject(url);
      times.push(performance.now() - t0);
      if (res.statusCode !== 200) throw new Error(`${url} answered ${res.statusCode}: ${res.body}`);
      if (res.json().total > 0) hits++;
    }
    for (const [name, q] of [
      ["p50", 0.5],
      ["p95", 0.95],
    ] as const) {
      report({ figure: `directory_search_${name}_ms`, backend, queries: QUERIES, ...COUNTS, value: round(quantile(times, q)), unit: "ms" });
    }
    report({ figure: "directory_search_queries_with_results", backend, value: round(hits / QUERIES, 3), unit: "ratio" });
    await app.close();
  } finally {
    await database.close();
    await server?.drop();
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
}
