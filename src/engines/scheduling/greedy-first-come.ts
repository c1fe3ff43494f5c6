import { type LpBoundOptions, lpUpperBound } from "./lp-bound";
import { placeLockedMeetings } from "./select-meetings";
import { createSelectionState, openSlots, placeMeeting } from "./selection-state";
import { summariseSelection, type ValuableSchedule } from "./summarise-selection";
import type { SchedulingProblem } from "./types";

/**
 * The baseline most platforms run today, for comparison: first come, first served. Requests are
 * taken in request order (`order`, by default the meetings' order) and each goes to the earliest
 * slot where both sides and a table are free, or is dropped. Locked meetings keep their slots.
 */
export async function scheduleFirstComeFirstServed(
  problem: SchedulingProblem,
  options: { order?: readonly number[]; upperBound?: number; lp?: LpBoundOptions } = {},
): Promise<ValuableSchedule> {
  const st = createSelectionState(problem);
  placeLockedMeetings(st, problem);
  const order = options.order ?? problem.meetings.map((_, i) => i);
  for (const m of order) {
    if (st.slotOf[m] >= 0) continue;
    for (let day = 0; day < st.days; day++) {
      const open = openSlots(st, m, day);
      if (open === 0) continue;
      placeMeeting(st, m, st.dayStart[day] + 31 - Math.clz32(open & -open));
      break;
    }
  }
  const upperBound = options.upperBound ?? (await lpUpperBound(problem, options.lp)).upperBound;
  return summariseSelection(st, problem, upperBound);
}
