import { assignTables, type SchedulingProblem, scheduleAllMeetings, scheduleMostValuable } from "../../../../engines/scheduling";
import { mayFitAll } from "./problem-from-forum";
import type { SolvedSchedule } from "./schedule-review";

export type SolveOptions = {
  fairness: number;
  timeLimitMs: number;
  /** share: 0–1 of the work done; message: what the solver is doing, for the job's progress line. */
  onProgress: (share: number, message?: string) => void;
};

const seconds = (started: number) => (performance.now() - started) / 1000;

/**
 * Mode 1 ("all") when the meetings can all fit: every meeting placed, breaks minimised within the
 * fairness allowed. When counting already shows they cannot, or mode 1 finds no schedule in its
 * time, mode 2 ("most valuable") holds the most valuable set instead, in the same time again.
 */
export async function solveSchedule(problem: SchedulingProblem, options: SolveOptions): Promise<SolvedSchedule> {
  const started = performance.now();
  if (mayFitAll(problem)) {
    options.onProgress(0, "Placing every meeting");
    try {
      const all = scheduleAllMeetings(problem, {
        fairness: options.fairness,
        timeLimitMs: options.timeLimitMs,
        onProgress: (share) => options.onProgress(share),
      });
      return { mode: "all", ...all, upperBound: null, shareOfBound: null, seconds: seconds(started) };
    } catch {
      // No schedule with every meeting (within the fairness) turned up: choose the most valuable ones below.
    }
  }
  options.onProgress(0, "Not every meeting fits: choosing the most valuable");
  const valuable = await scheduleMostValuable(problem, { timeLimitMs: options.timeLimitMs, onProgress: (share) => options.onProgress(share) });
  // Numbered again so that a host keeps one table through a session, as in mode 1.
  return { mode: "most-valuable", ...valuable, tables: assignTables(problem, valuable.slots), seconds: seconds(started) };
}
