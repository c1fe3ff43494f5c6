import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { count, eq } from "drizzle-orm";
import { checkIn } from "../src/server/modules/exhibitions/schema";
import { openDatabase } from "../src/server/platform/db";
import { createScratchDatabase } from "../src/server/testing/scratch-database";
import { startServerProcess } from "../src/server/testing/server-process";
import { type PlannedScan, planScans, prepareCheckInForums } from "./check-in-setup";
import { quantile, report, round } from "./stats";

const VISITORS = 2_000;
const SCANS = 2_000;
const CLIENTS = 20;
const MODES = [
  { mode: "live", batchSize: 1 },
  { mode: "offline", batchSize: 50 },
] as const;

type Outcome = { outcome: string };

/** `clients` devices at once, each sending its own scans in batches of `batchSize`, one request at a time. */
async function runClients(baseUrl: string, forumId: string, cookie: string, perClient: PlannedScan[][], batchSize: number) {
  const outcomes: string[] = [];
  const latencies: number[] = [];
  const device = async (scans: PlannedScan[]) => {
    for (let i = 0; i < scans.length; i += batchSize) {
      const batch = scans.slice(i, i + batchSize).map(({ badge: _, ...scan }) => scan);
      const t0 = performance.now();
      const res = await fetch(`${baseUrl}/api/v1/forums/${forumId}/check-ins`, {
        method: "POST",
        headers: { cookie, "content-type": "application/json" },
        body: JSON.stringify({ scans: batch }),
      });
      const body = await res.json();
      latencies.push(performance.now() - t0);
      if (res.status !== 200) throw new Error(`check-in answered ${res.status}: ${JSON.stringify(body)}`);
      outcomes.push(...(body.results as Outcome[]).map((r) => r.outcome));
    }
  };
  const started = performance.now();
  await Promise.all(perClient.map(device));
  return { seconds: (performance.now() - started) / 1000, outcomes, latencies };
}

async function countStoredScans(dataDir: string, url: string | undefined, forumId: string): Promise<number> {
  const database = await openDatabase(url ? { url } : { dataDir });
  try {
    const [row] = await database.db.select({ n: count() }).from(checkIn).where(eq(checkIn.forumId, forumId));
    return row.n;
  } finally {
    await database.close();
  }
}

/**
 * Door scans per second through the real server (`hamkori serve`, over HTTP) with 20 devices at
 * once: live phones sending each scan as it happens, and devices syncing offline batches of 50.
 * Afterwards nothing may be lost or counted twice: every scan is stored once, and the forum's
 * check-in count equals the number of different badges scanned.
 */
export async function benchCheckIn(backend: "pglite" | "postgres", serverUrl: string) {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "hamkori-bench-check-in-"));
  const scratch = backend === "postgres" ? await createScratchDatabase(serverUrl, "hamkori_bench_check_in") : undefined;
  try {
    const fixture = await prepareCheckInForums(dataDir, scratch?.url, VISITORS);
    const env = { HAMKORI_DATA_DIR: dataDir, HAMKORI_DEMO: "0", HAMKORI_SECRET: fixture.secret, DATABASE_URL: scratch?.url ?? "", LOG_LEVEL: "error" };
    const server = await startServerProcess({ env });
    const runs = [];
    try {
      for (const { mode, batchSize } of MODES) {
        const forumId = fixture.forums[mode];
        const plan = planScans(fixture.visitors[mode], SCANS, CLIENTS);
        const run = await runClients(server.baseUrl, forumId, fixture.door, plan, batchSize);
        const stats = await fetch(`${server.baseUrl}/api/v1/forums/${forumId}/stats`, { headers: { cookie: fixture.organiser } }).then((r) => r.json());
        const distinct = new Set(plan.flat().map((s) => s.badge)).size;
        runs.push({ mode, batchSize, forumId, run, distinct, checkIns: stats.checkIns.total as number });
      }
    } finally {
      await server.stop();
    }
    for (const { mode, batchSize, forumId, run, distinct, checkIns } of runs) {
      const stored = await countStoredScans(dataDir, scratch?.url, forumId);
      const accepted = run.outcomes.filter((o) => o === "accepted").length;
      report({
        figure: "check-in throughput",
        database: backend,
        mode,
        batchSize,
        scansPerSecond: round(SCANS / run.seconds, 0),
        batchP95Ms: round(quantile(run.latencies, 0.95)),
        scans: SCANS,
        clients: CLIENTS,
        distinctBadges: distinct,
        accepted,
        checkIns,
        storedScans: stored,
        lost: Math.max(0, SCANS - stored) + Math.max(0, distinct - checkIns) + Math.max(0, distinct - accepted),
        doubled: Math.max(0, stored - SCANS) + Math.max(0, checkIns - distinct) + Math.max(0, accepted - distinct),
      });
    }
  } finally {
    await scratch?.drop();
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
}
