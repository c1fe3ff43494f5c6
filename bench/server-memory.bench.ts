import fs from "node:fs";
import { createScratchDatabase } from "../src/server/testing/scratch-database";
import { startServerProcess } from "../src/server/testing/server-process";
import { quantile, report, round } from "./stats";

const rssMegabytes = (pid: number) => {
  const status = fs.readFileSync(`/proc/${pid}/status`, "utf8");
  return Number(status.match(/VmRSS:\s+(\d+)/)?.[1] ?? 0) / 1024;
};

/**
 * Resident memory of the real server process (`hamkori serve`) with the demo forum loaded: idle,
 * and under search load over HTTP (1,000 requests, 8 at a time).
 */
export async function benchServerMemory(backend: "pglite" | "postgres", serverUrl: string) {
  const scratch = backend === "postgres" ? await createScratchDatabase(serverUrl, "hamkori_bench_mem") : undefined;
  const server = await startServerProcess({ env: { DATABASE_URL: scratch?.url ?? "" } });
  const base = server.baseUrl;
  const figure = { database: backend, demo: true };
  try {
    await new Promise((r) => setTimeout(r, 3000));
    report({ figure: "server_rss_idle_mb", ...figure, value: round(rssMegabytes(server.pid), 1), unit: "MB" });
    const words = ["shumkar", "тоҷик", "silk", "шёлк", "cement", "helicopter", "yarn", "kazan", "furniture", "apricot"];
    const samples: number[] = [];
    const sampler = setInterval(() => samples.push(rssMegabytes(server.pid)), 100);
    const latencies: number[] = [];
    let next = 0;
    const worker = async () => {
      while (next < 1000) {
        const i = next++;
        const kind = i % 2 === 0 ? "organizations" : "products";
        const t0 = performance.now();
        const res = await fetch(`${base}/api/v1/${kind}?q=${encodeURIComponent(words[i % words.length])}`);
        await res.arrayBuffer();
        latencies.push(performance.now() - t0);
      }
    };
    await Promise.all(Array.from({ length: 8 }, worker));
    clearInterval(sampler);
    const load = { requests: 1000, concurrency: 8 };
    report({ figure: "server_rss_under_load_mb", ...figure, ...load, value: round(Math.max(...samples), 1), unit: "MB" });
    report({ figure: "server_search_http_p95_ms", ...figure, ...load, value: round(quantile(latencies, 0.95)), unit: "ms" });
  } finally {
    await server.stop();
    await scratch?.drop();
  }
}
