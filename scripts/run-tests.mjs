// `npm test`: unit and integration tests on PGlite, the same integration suite on a PostgreSQL
// server, and the end-to-end journeys in Chromium. It prepares what it can (starts a stopped
// local PostgreSQL, installs Debian's Chromium when run as root) and says plainly what it skips.
// Under CI=true nothing may be skipped.
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import pg from "pg";

const root = path.resolve(import.meta.dirname, "..");
const ci = process.env.CI === "true" || process.env.CI === "1";
const pgUrl = process.env.TEST_DATABASE_URL ?? "postgres://postgres@127.0.0.1:5432/test";
const chromium = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
const totals = { passed: 0, failed: 0, skipped: 0 };
const problems = [];

function run(command, args, env = {}) {
  return spawnSync(command, args, { cwd: root, stdio: "inherit", env: { ...process.env, ...env } });
}

function vitest(label, projects, env = {}) {
  const report = path.join(os.tmpdir(), `hamkori-vitest-${label}-${process.pid}.json`);
  const args = [
    path.join(root, "node_modules/vitest/vitest.mjs"),
    "run",
    ...projects.flatMap((p) => ["--project", p]),
    "--reporter=default",
    "--reporter=json",
    `--outputFile.json=${report}`,
  ];
  console.log(`\n=== ${label} ===`);
  const result = run(process.execPath, args, env);
  if (fs.existsSync(report)) {
    const json = JSON.parse(fs.readFileSync(report, "utf8"));
    totals.passed += json.numPassedTests;
    totals.failed += json.numFailedTests;
    totals.skipped += json.numPendingTests + json.numTodoTests;
    fs.rmSync(report);
  }
  if (result.status !== 0) problems.push(`${label} failed`);
}

async function postgresReachable() {
  const client = new pg.Client({ connectionString: pgUrl, connectionTimeoutMillis: 3000 });
  try {
    await client.connect();
    await client.end();
    return true;
  } catch {
    return false;
  }
}

async function ensurePostgres() {
  if (await postgresReachable()) return true;
  if (fs.existsSync("/etc/postgresql")) {
    console.log("PostgreSQL is not answering; starting the local cluster…");
    const version = fs.readdirSync("/etc/postgresql")[0];
    run("pg_ctlcluster", ["--skip-systemctl-redirect", version, "main", "start"]);
    for (let i = 0; i < 20 && !(await postgresReachable()); i++) await new Promise((r) => setTimeout(r, 500));
  }
  return postgresReachable();
}

function ensureChromium() {
  if (fs.existsSync(chromium)) return true;
  if (process.getuid?.() === 0) {
    console.log("Chromium is missing; installing Debian's chromium package…");
    run("apt-get", ["update", "-qq"]);
    run("apt-get", ["install", "-y", "-qq", "chromium"], { DEBIAN_FRONTEND: "noninteractive" });
  }
  return fs.existsSync(chromium);
}

function skipOrFail(what, why) {
  if (ci) problems.push(`${what} could not run: ${why}`);
  else console.warn(`\n!!! Skipping ${what}: ${why}`);
}

const only = process.argv[2];
if (!only || only === "unit") vitest("unit and integration tests on PGlite", ["unit", "integration"]);
if (!only || only === "postgres") {
  if (await ensurePostgres()) vitest("integration tests on PostgreSQL", ["integration"], { TEST_DATABASE_URL: pgUrl });
  else skipOrFail("the integration tests on PostgreSQL", `no server answers at ${pgUrl} (set TEST_DATABASE_URL)`);
}
if (!only || only === "e2e") {
  if (ensureChromium()) vitest("end-to-end journeys in Chromium", ["e2e"]);
  else skipOrFail("the end-to-end tests", `Chromium is not at ${chromium}; install Debian's chromium package or set CHROMIUM_PATH`);
}

for (const problem of problems) console.error(`FAILED: ${problem}`);
console.log(`\n${totals.passed} passed, ${totals.failed} failed, ${totals.skipped} skipped`);
process.exit(problems.length > 0 || totals.failed > 0 ? 1 : 0);
