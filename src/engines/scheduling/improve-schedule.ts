import type { SearchState } from "./search-state";

export type ImproveOptions = {
  random: () => number;
  /** performance.now() after which the search stops. */
  deadline: number;
  maxIterations: number;
  /** Stop at the first valid schedule with at most this many breaks (a proven lower bound). */
  target: number;
  /** Called every few thousand moves. */
  onProgress?: (iterations: number, bestBreaks: number) => void;
  tuning?: Tuning;
};

/** How the annealing behaves; see GENTLE and BOLD. */
export type Tuning = {
  /** Moves per cooling cycle. */
  cycle: number;
  warm: number;
  cold: number;
  /** Share of moves aimed at a participant who has a break or a clash. */
  aimed: number;
  /** Share of the other moves made as a Kempe-chain swap rather than a single move. */
  chained: number;
  /** SearchState.hardWeight and idleWeight for the run. */
  hardWeight: number;
  idleWeight: number;
};

export type ImproveResult = {
  /** Best valid schedule seen (no clash, tables respected, fair), or null if none. */
  slots: Int32Array | null;
  breaks: number;
  iterations: number;
};

// Simulated annealing in repeated cooling cycles: each cycle starts warm enough to undo a few
// breaks' worth of structure and ends nearly greedy. Two tunings found on the Girona forums:
// GENTLE (moves aimed at troubled participants, idle slots priced) did best on forums with long
// two-session days; BOLD (hotter, no aiming, breaks alone) on the full ten-slot grids.
export const GENTLE: Tuning = { cycle: 3_000_000, warm: 1, cold: 0.05, aimed: 0.3, chained: 0.2, hardWeight: 6, idleWeight: 0.3 };
export const BOLD: Tuning = { cycle: 2_000_000, warm: 2, cold: 0.05, aimed: 0, chained: 0.3, hardWeight: 4, idleWeight: 0 };

export function improveSchedule(state: SearchState, options: ImproveOptions): ImproveResult {
  const { cp } = state;
  const { random } = options;
  const { slots, allowed, domain, meetingsOf, a, b, meetings } = cp;
  let best: Int32Array | null = null;
  let bestBreaks = Number.POSITIVE_INFINITY;
  const keep = () => {
    if (!state.isFeasible() || state.breaks >= bestBreaks) return false;
    bestBreaks = state.breaks;
    best = state.slotOf.slice();
    return bestBreaks <= options.target;
  };
  if (keep()) return { slots: best, breaks: bestBreaks, iterations: 0 };
  const { cycle, warm, cold, aimed, chained: chainShare } = options.tuning ?? GENTLE;
  const coolingRate = Math.log(cold / warm) / cycle;
  let iteration = 0;
  while (iteration < options.maxIterations) {
    const temperature = warm * Math.exp(coolingRate * (iteration % cycle));
    iteration++;
    if ((iteration & 4095) === 0) {
      options.onProgress?.(iteration, bestBreaks);
      if (performance.now() > options.deadline) break;
    }
    let m: number;
    let t: number;
    let chained: boolean;
    if (state.defectCount > 0 && random() < aimed) {
      // Move one of a troubled participant's meetings next to another of its meetings.
      const p = state.defects[Math.floor(random() * state.defectCount)];
      const own = meetingsOf[p];
      m = own[Math.floor(random() * own.length)];
      t = state.slotOf[own[Math.floor(random() * own.length)]] + (random() < 0.5 ? -1 : 1);
      if (t < 0 || t >= slots || !allowed[m * slots + t] || state.occ[p * slots + t] > 0) continue;
      chained = state.occ[a[m] * slots + t] > 0 || state.occ[b[m] * slots + t] > 0;
    } else {
      m = Math.floor(random() * meetings);
      if (domain[m].length < 2) continue;
      t = domain[m][Math.floor(random() * domain[m].length)];
      chained = random() < chainShare;
    }
    const s = state.slotOf[m];
    if (t === s) continue;
    if (chained && !state.buildChain(m, t)) continue;
    const delta = chained ? state.chainDelta(s, t) : state.moveDelta(m, t);
    if (delta > 0 && random() >= Math.exp(-delta / temperature)) continue;
    if (chained) state.applyChain(s, t);
    else state.move(m, t);
    if (keep()) break;
  }
  return { slots: best, breaks: bestBreaks, iterations: iteration };
}
