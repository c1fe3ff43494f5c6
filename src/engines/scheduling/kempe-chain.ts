import { type MoveLog, moveMeetings } from "./move-log";
import { isUsable, otherSide, type SelectionState } from "./selection-state";

/** Longer swap chains are rare and expensive to check; giving up on them costs almost nothing. */
const MAX_CHAIN = 40;

/**
 * A planned swap of one meeting's (s, t) chain. Inside the chain everybody keeps the same two
 * slots, so only the ends (at most two participants, none for a closed cycle) change their day:
 * each end's one meeting in the chain moves from endFrom to endTo.
 */
export type KempePlan = { meetings: Int32Array; to: Int32Array; size: number; ends: Int32Array; endFrom: Int32Array; endTo: Int32Array; endCount: number };

/** Reused between calls: the search plans hundreds of thousands of chains. */
const plan: KempePlan = {
  meetings: new Int32Array(MAX_CHAIN),
  to: new Int32Array(MAX_CHAIN),
  size: 0,
  ends: new Int32Array(2),
  endFrom: new Int32Array(2),
  endTo: new Int32Array(2),
  endCount: 0,
};

/**
 * Plans moving meeting x from its slot s to t as a Kempe swap: x goes to t; each side's meeting
 * at t (if any) goes to s; that meeting's other side's meeting at s goes to t; and so on both ways
 * until the chains end or close into a cycle. Every participant involved stays feasible, so only
 * usability, locks, tables and the `guard` participant (−1 for none), who must stay out of the
 * chain, are checked. Returns the plan, or undefined when the swap is not allowed.
 */
export function planKempeSwap(st: SelectionState, x: number, t: number, guard: number): KempePlan | undefined {
  const s = st.slotOf[x];
  const n = st.slots;
  plan.size = 0;
  plan.endCount = 0;
  if (s === t || st.locked[x] || !isUsable(st, x, t)) return undefined;
  plan.meetings[0] = x;
  plan.to[0] = t;
  plan.size = 1;
  let tablesIntoT = st.isTable[x];
  for (let side = 0; side < 2; side++) {
    let q = side === 0 ? st.a[x] : st.b[x];
    if (q === guard) return undefined;
    // q's meeting in `arrived` has just been planned to move there from `left`.
    let arrived = t;
    let left = s;
    for (;;) {
      const y = st.occupant[q * n + arrived];
      if (y === x) return finish(st, s, t, tablesIntoT); // closed cycle: no ends
      if (y < 0) {
        plan.ends[plan.endCount] = q;
        plan.endFrom[plan.endCount] = left;
        plan.endTo[plan.endCount++] = arrived;
        break;
      }
      if (st.locked[y] || !isUsable(st, y, left) || plan.size === MAX_CHAIN) return undefined;
      plan.meetings[plan.size] = y;
      plan.to[plan.size++] = left;
      if (st.isTable[y]) tablesIntoT += left === t ? 1 : -1;
      q = otherSide(st, y, q);
      if (q === guard) return undefined;
      const swap = arrived;
      arrived = left;
      left = swap;
    }
  }
  return finish(st, s, t, tablesIntoT);
}

function finish(st: SelectionState, s: number, t: number, tablesIntoT: number): KempePlan | undefined {
  if (st.tableLoad[t] + tablesIntoT > st.tables || st.tableLoad[s] - tablesIntoT > st.tables) return undefined;
  return plan;
}

export const applyKempeSwap = (st: SelectionState, planned: KempePlan, log: MoveLog) => moveMeetings(st, planned.meetings, planned.to, planned.size, log);
