import { assignTables } from "./assign-tables";
import { participantBreaks, type SelectionState } from "./selection-state";
import type { Schedule, SchedulingProblem } from "./types";

/** Mode 2's answer: a schedule that may leave meetings out (slot −1), with what it is worth. */
export type ValuableSchedule = Schedule & {
  /** Total weight of the scheduled meetings, locked ones included. */
  weight: number;
  /** No schedule of this problem can hold more weight (the LP bound). */
  upperBound: number;
  /** weight / upperBound: at least this share of the best possible schedule's weight. */
  shareOfBound: number;
  scheduled: number;
};

/**
 * Reads the answer out of the state, with table numbers that keep a host at the same table
 * through a session where possible. `breaksLowerBound` bounds the breaks of any schedule of the
 * meetings held (0 when unknown).
 */
export function summariseSelection(st: SelectionState, problem: SchedulingProblem, upperBound: number, breaksLowerBound = 0): ValuableSchedule {
  const slots = Int32Array.from(st.slotOf);
  let weight = 0;
  let scheduled = 0;
  for (let m = 0; m < st.meetings; m++) {
    if (slots[m] < 0) continue;
    weight += st.weight[m];
    scheduled++;
  }
  let breaks = 0;
  let most = Number.NEGATIVE_INFINITY;
  let least = Number.POSITIVE_INFINITY;
  for (let p = 0; p < st.participants; p++) {
    let busy = false;
    for (let d = 0; d < st.days; d++) busy ||= st.busy[p * st.days + d] !== 0;
    if (!busy) continue;
    const own = participantBreaks(st, p);
    breaks += own;
    most = Math.max(most, own);
    least = Math.min(least, own);
  }
  return {
    slots,
    tables: assignTables(problem, slots),
    breaks,
    spread: most >= least ? most - least : 0,
    // About breaks only, and only for the set of meetings held: the weight has its own bound.
    provenOptimal: breaks === breaksLowerBound,
    lowerBound: breaksLowerBound,
    weight,
    upperBound,
    shareOfBound: upperBound > 0 ? weight / upperBound : 1,
    scheduled,
  };
}
