// One measured run in a process of its own, so its peak memory is its own: either DuckDB's plain
// read_csv of the file ("baseline") or Hamkori's import of it ("import"). Prints one JSON line.
import { loadReferenceData } from "../src/server/modules/directory";
import { importTradeFiles } from "../src/server/modules/trade";
import { createAnalyticsStore } from "../src/server/platform/duckdb";

const [mode, file, dataDir] = process.argv.slice(2);
const store = createAnalyticsStore(dataDir);
const started = performance.now();
let progressReports = 0;
if (mode === "baseline") {
  await store.query(`CREATE OR REPLACE TABLE baseline AS SELECT * FROM read_csv('${file}')`);
} else {
  const report = await importTradeFiles(
    store,
    {
      files: [{ path: file, label: "bench.csv" }],
      options: { format: "baci", name: "Bench", version: String(Date.now()), hsRevision: "HS22", licence: "", synthetic: true, maxRejectedShare: 0.01 },
      jurisdictions: new Set(loadReferenceData().jurisdictions.codes()),
    },
    () => {
      progressReports++;
    },
  );
  if (report.status !== "imported") throw new Error(`bench import refused: ${report.reason}`);
}
const seconds = (performance.now() - started) / 1000;
store.close();
console.log(JSON.stringify({ seconds, maxRssMb: process.resourceUsage().maxRSS / 1024, progressReports }));
