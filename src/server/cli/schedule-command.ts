import fs from "node:fs";
import { parseDzn, scheduleAllMeetings } from "../../engines/scheduling";

export const SCHEDULE_USAGE = `Usage: hamkori schedule --dzn FILE [--fairness 2] [--time-limit 10] [--seed 1] [--out FILE]

Schedules every meeting of a business-forum instance in MiniZinc data form (the Girona format)
with as few breaks as it finds, and writes JSON: slots (1-based, one per meeting, in file order),
breaks, spread, provenOptimal and seconds.`;

/** A mistake in the command line: main prints it with the usage and exits with code 2. */
export class ScheduleUsageError extends Error {}

type Flags = { dzn: string; fairness: number; timeLimit: number; seed: number; out?: string };

function readFlags(args: string[]): Flags {
  const values = new Map<string, string>();
  for (let i = 0; i < args.length; i++) {
    const flag = args[i];
    if (!["--dzn", "--fairness", "--time-limit", "--seed", "--out"].includes(flag)) throw new ScheduleUsageError(`Unknown option "${flag}" for "schedule".`);
    const value = args[i + 1];
    if (value === undefined || value.startsWith("--")) throw new ScheduleUsageError(`Option ${flag} needs a value.`);
    if (values.has(flag)) throw new ScheduleUsageError(`Option ${flag} is given twice.`);
    values.set(flag, value);
    i++;
  }
  const dzn = values.get("--dzn");
  if (!dzn) throw new ScheduleUsageError("Option --dzn FILE is required.");
  const number = (flag: string, fallback: number, check: (n: number) => boolean, what: string) => {
    const text = values.get(flag);
    if (text === undefined) return fallback;
    const n = Number(text);
    if (text.trim() === "" || !Number.isFinite(n) || !check(n)) throw new ScheduleUsageError(`Option ${flag} should be ${what}, got "${text}".`);
    return n;
  };
  return {
    dzn,
    fairness: number("--fairness", 2, (n) => Number.isInteger(n) && n >= 0, "a whole number of breaks, 0 or more"),
    timeLimit: number("--time-limit", 10, (n) => n > 0, "a number of seconds above 0"),
    seed: number("--seed", 1, (n) => Number.isInteger(n) && n >= 0, "a whole number, 0 or more"),
    out: values.get("--out"),
  };
}

export async function runScheduleCommand(args: string[]): Promise<void> {
  if (args.includes("--help") || args.includes("-h")) {
    console.log(SCHEDULE_USAGE);
    return;
  }
  const flags = readFlags(args);
  let text: string;
  try {
    text = fs.readFileSync(flags.dzn, "utf8");
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new Error(code === "ENOENT" ? `No such file: ${flags.dzn}` : `Cannot read ${flags.dzn}: ${(error as Error).message}`);
  }
  const problem = (() => {
    try {
      return parseDzn(text);
    } catch (error) {
      throw new Error(`${flags.dzn}: ${(error as Error).message}`);
    }
  })();
  const started = performance.now();
  const schedule = scheduleAllMeetings(problem, { fairness: flags.fairness, timeLimitMs: flags.timeLimit * 1000, seed: flags.seed });
  const result = {
    slots: Array.from(schedule.slots, (slot) => slot + 1),
    breaks: schedule.breaks,
    spread: schedule.spread,
    provenOptimal: schedule.provenOptimal,
    seconds: Math.round(performance.now() - started) / 1000,
  };
  const json = `${JSON.stringify(result)}\n`;
  if (flags.out) fs.writeFileSync(flags.out, json);
  else process.stdout.write(json);
}
