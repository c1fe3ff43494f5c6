import { spawn } from "node:child_process";
import fs from "node:fs";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import { createScratchDatabase } from "../src/server/testing/scratch-database";
import { quantile, report, round } from "./stats";

const root = path.resolve(import.meta.dirname, "..");

const rssMegabytes = (pid: number) => {
  const status = fs.readFileSync(`/proc/${pid}/status`, "utf8");
  return Number(status.match(/VmRSS:\s+(\d+)/)?.[1] ?? 0) / 1024;
};

async function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const s = net.createServer().listen(0, "127.0.0.1", () => {
      const { port } = s.address() as net.AddressInfo;
      s.close(() => resolve(port));
    });
  });
}

/**
 * Resident memory of the real server process (`hamkori serve`) with the demo forum loaded: idle,
 * and under search load over HTTP (1,000 requests, 8 at a time).
 */
export async function benchServerMemory(backend: "pglite" | "postgres", serverUrl: string) {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "hamkori-bench-mem-"));
  const scratch = backend === "postgres" ? await createScratchDatabase(serverUrl, "hamkori_bench_mem") : undefined;
  const port = await freePort();
  const base = `http://127.0.0.1:${port}`;
  const server = spawn(process.execPath, [path.join(root, "bin/hamkori.mjs"), "serve"], {
    cwd: root,
    env: {
      ...process.env,
      PORT: String(port),
      HOST: "127.0.0.1",
      HAMKORI_DATA_DIR: dataDir,
      HAMKORI_DEMO: "1",
      LOG_LEVEL: "warn",
      DATABASE_URL: scratch?.url ?? "",
    },
    stdio: ["ignore", "ignore", "pipe"],
  });
  let stderr = "";
  server.stderr?.on("data", (chunk) => {
    stderr = (stderr + chunk).slice(-4000);
  });
  const figure = { database: backend, demo: true };
  try {
    for (let ready = false; !ready; ) {
      if (server.exitCode !== null) throw new Error(`the server exited (${server.exitCode}) before it was ready:\n${stderr}`);
      ready = await fetch(`${base}/api/health`).then(
        (r) => r.ok,
        () => false,
      );
      if (!ready) await new Promise((r) => setTimeout(r, 200));
    }
    await new Promise((r) => setTimeout(r, 3000));
    report({ figure: "server_rss_idle_mb", ...figure, value: round(rssMegabytes(server.pid as number), 1), unit: "MB" });
    const words = ["shumkar", "тоҷик", "silk", "шёлк", "cement", "helicopter", "yarn", "kazan", "furniture", "apricot"];
    const samples: number[] = [];
    const sampler = setInterval(() => samples.push(rssMegabytes(server.pid as number)), 100);
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
    server.kill("SIGTERM");
    await new Promise((r) => setTimeout(r, 1000));
    await scratch?.drop();
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
}
