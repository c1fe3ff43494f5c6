import { compileProblem } from "./compile-problem";
import { improveSelection } from "./improve-selection";
import { lowerBound } from "./lower-bound";
import { type LpBoundOptions, lpUpperBound } from "./lp-bound";
import { createRandom } from "./random";
import { reduceBreaks } from "./reduce-breaks";
import { placeLockedMeetings, selectMeetings } from "./select-meetings";
import { createSelectionState } from "./selection-state";
import { summariseSelection, type ValuableSchedule } from "./summarise-selection";
import type { SchedulingOptions, SchedulingProblem } from "./types";

export type SelectionOptions = Omit<SchedulingOptions, "fairness"> & {
  /** A bound already computed for this problem (skips the LP solve). */
  upperBound?: number;
  lp?: LpBoundOptions;
};

/**
 * Mode 2, for when more meetings are requested than fit: holds the most valuable set it can
 * (by `weight`, see meetingWeight), then removes breaks among the meetings it holds. Locked
 * meetings are always held in their slot. Fairness is not pursued here.
 *
 * The selection is greedy by weight with repair moves and takes well under a second at 30,000
 * requests, the exchanges that follow a few seconds at most (half the time limit at most); the LP
 * bound takes a few seconds; the break search uses what is left of the time limit (default 20 s),
 * and stops earlier on reaching the breaks lower bound or after its rounds.
 */
export async function scheduleMostValuable(problem: SchedulingProblem, options: SelectionOptions = {}): Promise<ValuableSchedule> {
  const started = performance.now();
  const limit = options.timeLimitMs ?? 20_000;
  const st = createSelectionState(problem);
  placeLockedMeetings(st, problem);
  improveSelection(st, selectMeetings(st), started + limit / 2);
  const upperBound = options.upperBound ?? (await lpUpperBound(problem, options.lp)).upperBound;
  const held = problem.meetings.filter((_, m) => st.slotOf[m] >= 0);
  // The per-participant bound of mode 1 (no fairness), for the meetings held: the search stops on reaching it.
  const breaksLowerBound = lowerBound(compileProblem({ ...problem, meetings: held }), Number.POSITIVE_INFINITY);
  reduceBreaks(st, {
    deadline: started + limit,
    target: breaksLowerBound,
    random: createRandom(options.seed ?? 1),
    onProgress: (breaks) => options.onProgress?.(Math.min(1, (performance.now() - started) / limit), breaks),
  });
  return summariseSelection(st, problem, upperBound, breaksLowerBound);
}
