import type { SearchState } from "./search-state";

/**
 * Places every meeting once, the least flexible first (fixed meetings, then the fewest allowed
 * slots), each in the slot that costs least given those already placed: no clash and no table
 * shortage where possible, then fewest breaks. The result is only a starting point for the
 * local search, so ties are broken at random to let restarts begin somewhere new.
 */
export function constructSchedule(state: SearchState, random: () => number): void {
  const { domain, meetings } = state.cp;
  const order = Array.from({ length: meetings }, (_, m) => m);
  const tieBreak = order.map(() => random());
  order.sort((x, y) => domain[x].length - domain[y].length || tieBreak[x] - tieBreak[y]);
  for (const m of order) {
    if (state.slotOf[m] >= 0) state.move(m, -1);
  }
  for (const m of order) {
    const own = domain[m];
    let best = own[0];
    let bestDelta = Number.POSITIVE_INFINITY;
    let ties = 0;
    for (let i = 0; i < own.length; i++) {
      const delta = state.moveDelta(m, own[i]);
      if (delta < bestDelta - 1e-9) {
        bestDelta = delta;
        best = own[i];
        ties = 1;
      } else if (delta < bestDelta + 1e-9 && random() * ++ties < 1) best = own[i];
    }
    state.move(m, best);
  }
}
