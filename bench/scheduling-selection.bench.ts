import { spawn } from "node:child_process";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { generateForum, lpUpperBound, scheduleFirstComeFirstServed, scheduleMostValuable, type ValuableSchedule } from "../src/engines/scheduling";
import { report, round } from "./stats";

const forum = { participants: 3000, requests: 30_000, slots: 16, sessions: 2, tables: 250, seed: 20_240_601 };
const solvers = ["hamkori", "first-come-first-served"] as const;
type Solver = (typeof solvers)[number];

/** resourceUsage().maxRSS is the process's peak resident set in KiB, so each solver runs in a process of its own. */
const peakRssMb = () => round(process.resourceUsage().maxRSS / 1024, 1);

/** CPU seconds since `from`: wall seconds overstate the work when other processes share the cores. */
const cpuSeconds = (from: NodeJS.CpuUsage) => {
  const used = process.cpuUsage(from);
  return round((used.user + used.system) / 1e6, 2);
};

const figure = (solver: Solver, schedule: ValuableSchedule, seconds: number, cpu: number, peak: number) => ({
  bench: "scheduling-selection",
  solver,
  weight: round(schedule.weight, 1),
  upperBound: round(schedule.upperBound, 1),
  shareOfBound: round(schedule.shareOfBound, 5),
  scheduled: schedule.scheduled,
  breaks: schedule.breaks,
  breaksLowerBound: schedule.lowerBound,
  seconds: round(seconds, 2),
  cpuSeconds: cpu,
  peakRssMb: peak,
  peakRss: "maxRSS of a process that only generates the forum and runs this solver",
  ...forum,
});

/** One solver on the generated forum; prints its JSON line. */
async function runOne(solver: Solver) {
  const { problem } = generateForum(forum);
  if (solver === "hamkori") {
    const started = performance.now();
    const cpu = process.cpuUsage();
    // The LP bound is computed inside, so its time counts.
    const schedule = await scheduleMostValuable(problem, { timeLimitMs: 20_000 });
    report(figure(solver, schedule, (performance.now() - started) / 1000, cpuSeconds(cpu), peakRssMb()));
    return;
  }
  const started = performance.now();
  const cpu = process.cpuUsage();
  const schedule = await scheduleFirstComeFirstServed(problem, { upperBound: Number.NaN });
  const seconds = (performance.now() - started) / 1000;
  const cpuUsed = cpuSeconds(cpu);
  const peak = peakRssMb();
  // The bound only scores the baseline; solving it is not the baseline's time or memory.
  const lpCpu = process.cpuUsage();
  const bound = await lpUpperBound(problem);
  const lpCpuSeconds = cpuSeconds(lpCpu);
  report(figure(solver, { ...schedule, upperBound: bound.upperBound, shareOfBound: schedule.weight / bound.upperBound }, seconds, cpuUsed, peak));
  report({
    bench: "scheduling-selection",
    figure: "lp_bound",
    seconds: round(bound.seconds, 2),
    cpuSeconds: lpCpuSeconds,
    variables: bound.variables,
    rows: bound.rows,
    perSlot: bound.perSlot,
    ...forum,
  });
}

/**
 * Mode 2 at a large forum (3,000 participants, 30,000 requests, 16 slots in 2 sessions, 250 tables):
 * the most-valuable scheduler against first come, first served, each scored against the LP bound.
 */
export async function benchSchedulingSelection() {
  const self = fileURLToPath(import.meta.url);
  for (const solver of solvers) {
    await new Promise<void>((resolve, reject) => {
      const child = spawn(process.execPath, ["--import", "tsx", self, solver], {
        cwd: path.dirname(path.dirname(self)),
        stdio: ["ignore", "inherit", "inherit"],
      });
      child.on("error", reject);
      child.on("exit", (code) => (code === 0 ? resolve() : reject(new Error(`scheduling-selection ${solver} exited with ${code}`))));
    });
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const solver = process.argv[2] as Solver;
  if (!solvers.includes(solver)) throw new Error(`usage: scheduling-selection.bench.ts ${solvers.join(" | ")}`);
  await runOne(solver);
}
