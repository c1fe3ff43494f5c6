import { assignTables } from "./assign-tables";
import { compileProblem, restrictDomains } from "./compile-problem";
import { constructSchedule } from "./construct-schedule";
import { filterDomains } from "./filter-domains";
import { BOLD, GENTLE, improveSchedule } from "./improve-schedule";
import { lowerBound } from "./lower-bound";
import { createRandom } from "./random";
import { SearchState } from "./search-state";
import type { Schedule, SchedulingOptions, SchedulingProblem } from "./types";

const DEFAULT_TIME_LIMIT_MS = 10_000;
/** Moves per restart: about two seconds on one core. */
const RESTART_ITERATIONS = 3_000_000;

/**
 * Mode 1: every meeting gets a slot; total breaks as few as the search finds, with any two
 * participants' break counts at most `fairness` apart. Stops early when a lower bound proves the
 * schedule optimal. Throws when no valid schedule turns up in time (or the rules allow none).
 *
 * Fairness is enforced as "nobody above `fairness` breaks", which is the same rule whenever some
 * participant with meetings has none (always true when someone has a single meeting, as on every
 * published forum); when everybody has breaks it is stricter than needed.
 */
export function scheduleAllMeetings(problem: SchedulingProblem, options: SchedulingOptions = {}): Schedule {
  const cp = compileProblem(problem);
  const fairness = options.fairness ?? Number.POSITIVE_INFINITY;
  const bound = lowerBound(cp, fairness);
  if (bound === Number.POSITIVE_INFINITY) throw new Error(`No schedule can keep break counts within ${fairness} of each other`);
  const timeLimitMs = options.timeLimitMs ?? DEFAULT_TIME_LIMIT_MS;
  const maxIterations = options.maxIterations ?? Number.POSITIVE_INFINITY;
  const random = createRandom(options.seed ?? 1);
  const started = performance.now();

  // Runs from different starting points differ much more than long runs from one start improve,
  // so the time goes to a series of restarts. They take turns: annealing on the slots a break-free
  // schedule could use (when that rules anything out), then GENTLE and BOLD on all slots, as no
  // single way won on every kind of forum.
  const focused = restrictDomains(cp, filterDomains(cp).allowed);
  const narrower = focused.domain.some((own, m) => own.length < cp.domain[m].length);
  const plan = narrower
    ? [
        { problem: focused, tuning: GENTLE },
        { problem: cp, tuning: GENTLE },
        { problem: cp, tuning: BOLD },
      ]
    : [
        { problem: cp, tuning: GENTLE },
        { problem: cp, tuning: BOLD },
      ];
  let best: Int32Array | null = null;
  let bestBreaks = Number.POSITIVE_INFINITY;
  let spent = 0;
  for (let restart = 0; spent < maxIterations && performance.now() - started < timeLimitMs && bestBreaks > bound; restart++) {
    const step = plan[restart % plan.length];
    const { problem: searched, tuning } = step;
    const state = new SearchState(searched, Math.min(fairness, cp.slots));
    state.hardWeight = tuning.hardWeight;
    state.idleWeight = tuning.idleWeight;
    constructSchedule(state, random);
    const before = spent;
    const run = improveSchedule(state, {
      random,
      deadline: started + timeLimitMs,
      maxIterations: Math.min(RESTART_ITERATIONS, maxIterations - spent),
      target: bound,
      tuning,
      onProgress: (iterations, found) =>
        options.onProgress?.(
          Math.min(1, Math.max((performance.now() - started) / timeLimitMs, (before + iterations) / maxIterations)),
          Math.min(found, bestBreaks),
        ),
    });
    spent += run.iterations;
    // Narrowed slots can leave no valid schedule at all (tables run out where blocks must go).
    if (!run.slots && searched === focused) plan.splice(plan.indexOf(step), 1);
    if (run.slots && run.breaks < bestBreaks) {
      best = run.slots;
      bestBreaks = run.breaks;
    }
  }
  if (!best) {
    throw new Error(
      `No schedule found that places all ${cp.meetings} meetings without clashes${Number.isFinite(fairness) ? ` and within fairness ${fairness}` : ""} in the time allowed`,
    );
  }
  options.onProgress?.(1, bestBreaks);

  // Recount from the final slots rather than trusting the search's running totals.
  const final = new SearchState(cp, Number.POSITIVE_INFINITY);
  for (let m = 0; m < cp.meetings; m++) final.move(m, best[m]);
  let most = 0;
  let least = Number.POSITIVE_INFINITY;
  for (let p = 0; p < cp.participants; p++) {
    if (cp.meetingsOf[p].length === 0) continue;
    most = Math.max(most, final.breaksOf[p]);
    least = Math.min(least, final.breaksOf[p]);
  }
  return {
    slots: best,
    tables: assignTables(problem, best),
    breaks: final.breaks,
    spread: least === Number.POSITIVE_INFINITY ? 0 : most - least,
    provenOptimal: final.breaks <= bound,
    lowerBound: bound,
  };
}
