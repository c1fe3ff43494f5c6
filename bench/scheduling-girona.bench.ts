import fs from "node:fs";
import path from "node:path";
import { parseDzn, scheduleAllMeetings, validateSchedule } from "../src/engines/scheduling";
import { report, round } from "./stats";

const dataDir = path.join(import.meta.dirname, "../data/b2b-scheduling");
const FAIRNESS = 2;
const TIME_LIMIT_MS = 10_000;

/** The twenty Girona forums (Bofill et al., JAIR 2022) with fairness 2 and 10 s each, against the published optima. */
export function benchGironaScheduling() {
  const { optima } = JSON.parse(fs.readFileSync(path.join(dataDir, "published-optima.json"), "utf8")) as { optima: Record<string, number> };
  let atOptimum = 0;
  let valid = 0;
  let slowest = 0;
  const names = Object.keys(optima).sort();
  for (const instance of names) {
    const problem = parseDzn(fs.readFileSync(path.join(dataDir, `${instance}.original.dzn`), "utf8"));
    const started = performance.now();
    const schedule = scheduleAllMeetings(problem, { fairness: FAIRNESS, timeLimitMs: TIME_LIMIT_MS, seed: 1 });
    const seconds = (performance.now() - started) / 1000;
    const check = validateSchedule(problem, schedule.slots, { fairness: FAIRNESS, tables: schedule.tables });
    if (check.violations.length === 0) valid++;
    if (check.violations.length === 0 && schedule.breaks === optima[instance]) atOptimum++;
    slowest = Math.max(slowest, seconds);
    report({
      bench: "scheduling-girona",
      instance,
      breaks: schedule.breaks,
      published: optima[instance],
      spread: schedule.spread,
      provenOptimal: schedule.provenOptimal,
      lowerBound: schedule.lowerBound,
      violations: check.violations.length,
      seconds: round(seconds),
    });
  }
  report({ bench: "scheduling-girona", summary: true, instances: names.length, valid, atOptimum, maxSeconds: round(slowest) });
}
