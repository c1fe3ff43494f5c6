import { applyKempeSwap, planKempeSwap } from "./kempe-chain";
import { createMoveLog } from "./move-log";
import { moveDelta, participantBreaks, placeMeeting, removeMeeting, type SelectionState } from "./selection-state";

export type BreakSearchOptions = {
  /** performance.now() value to stop at. */
  deadline: number;
  /** A lower bound on the breaks: reaching it ends the search. */
  target?: number;
  random: () => number;
  /** Rounds at most: small problems cool down in these long before the deadline. */
  rounds?: number;
  onProgress?: (breaks: number) => void;
};

/** Puts every unlocked meeting back where `slots` says (a snapshot of the same selection). */
function restore(st: SelectionState, slots: Int32Array): void {
  for (let m = 0; m < st.meetings; m++) if (!st.locked[m] && st.slotOf[m] >= 0) removeMeeting(st, m);
  for (let m = 0; m < st.meetings; m++) if (!st.locked[m] && slots[m] >= 0) placeMeeting(st, m, slots[m]);
}

/**
 * Lowers the total breaks of the placed meetings without unscheduling any. Each round visits
 * the participants with a break in random order; each of their meetings tries every other slot
 * through a Kempe swap (a plain move when both sides are free there, a swap of two meetings when
 * they are not): the chain keeps everybody feasible and changes only its two ends' days, so a
 * move's effect is two mask lookups. The best move is taken if it removes breaks, and otherwise
 * with the annealing probability exp(−(Δ + ½)/T), T cooling from 1 to near 0 over the time left
 * (or over `rounds` rounds, whichever ends first), to cross plateaus and low ridges. The best
 * schedule seen is the one kept. Returns its total breaks.
 */
export function reduceBreaks(st: SelectionState, options: BreakSearchOptions): number {
  const { random } = options;
  const rounds = options.rounds ?? 1000;
  const log = createMoveLog();
  const breaks = new Int32Array(st.participants);
  let total = 0;
  for (let p = 0; p < st.participants; p++) {
    breaks[p] = participantBreaks(st, p);
    total += breaks[p];
  }
  let best = total;
  const bestSlots = Int32Array.from(st.slotOf);
  const begun = performance.now();
  const span = Math.max(1, options.deadline - begun);
  const target = options.target ?? 0;
  for (let round = 0; best > target; round++) {
    const progress = Math.max((performance.now() - begun) / span, round / rounds);
    if (progress >= 1) break;
    const temperature = 1 - progress + 0.02;
    const queue: number[] = [];
    for (let p = 0; p < st.participants; p++) if (breaks[p] > 0) queue.push(p);
    for (let i = queue.length - 1; i > 0; i--) {
      const j = Math.floor(random() * (i + 1));
      [queue[i], queue[j]] = [queue[j], queue[i]];
    }
    for (const p of queue) {
      for (let s = 0; s < st.slots && breaks[p] > 0; s++) {
        const x = st.occupant[p * st.slots + s];
        if (x < 0 || st.locked[x]) continue;
        let bestDelta = Number.POSITIVE_INFINITY;
        let bestSlot = -1;
        for (let t = 0; t < st.slots; t++) {
          const planned = planKempeSwap(st, x, t, -1);
          if (!planned) continue;
          let delta = 0;
          for (let e = 0; e < planned.endCount; e++) delta += moveDelta(st, planned.ends[e], planned.endFrom[e], planned.endTo[e]);
          if (delta < bestDelta || (delta === bestDelta && random() < 0.5)) {
            bestDelta = delta;
            bestSlot = t;
          }
        }
        if (bestSlot < 0 || (bestDelta >= 0 && random() >= Math.exp(-(bestDelta + 0.5) / temperature))) continue;
        const planned = planKempeSwap(st, x, bestSlot, -1)!;
        const ends = Array.from(planned.ends.subarray(0, planned.endCount));
        applyKempeSwap(st, planned, log);
        log.size = 0;
        for (const q of ends) {
          total -= breaks[q];
          breaks[q] = participantBreaks(st, q);
          total += breaks[q];
        }
      }
    }
    if (total < best) {
      best = total;
      bestSlots.set(st.slotOf);
    }
    options.onProgress?.(best);
  }
  if (total > best) restore(st, bestSlots);
  return best;
}
