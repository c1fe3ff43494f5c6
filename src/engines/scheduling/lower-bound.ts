import type { CompiledProblem } from "./compile-problem";

/**
 * A lower bound on total breaks from each participant alone: the fewest breaks its own meetings
 * allow, given the slots each may take (sessions, fixed slots, either side's forbidden slots) and
 * nothing else. Zero breaks needs one block of consecutive slots its meetings can be matched into;
 * one break needs two blocks. Fairness then lifts everyone to within `fairness` of the worst.
 * Returns Infinity when fairness cannot hold. Problems over several days get the weaker bound 0
 * per participant, as blocks could then be split across days for free.
 */
export function lowerBound(cp: CompiledProblem, fairness: number): number {
  const own = new Int32Array(cp.participants);
  let worst = 0;
  for (let p = 0; p < cp.participants; p++) {
    if (cp.days === 1 && cp.meetingsOf[p].length >= 2) own[p] = fewestBreaks(cp, p);
    worst = Math.max(worst, own[p]);
  }
  let total = 0;
  for (let p = 0; p < cp.participants; p++) {
    const k = cp.meetingsOf[p].length;
    if (k === 0) continue;
    const floor = Math.max(own[p], worst - fairness);
    if (k === 1 && floor > 0) return Number.POSITIVE_INFINITY;
    total += floor;
  }
  return total;
}

/** 0, 1 or 2 (meaning "2 or more") for one participant on a one-day problem. */
function fewestBreaks(cp: CompiledProblem, p: number): number {
  const k = cp.meetingsOf[p].length;
  const S = cp.slots;
  const inSet = new Uint8Array(S);
  const fits = (ranges: [number, number][]) => {
    inSet.fill(0);
    for (const [from, to] of ranges) for (let t = from; t < to; t++) inSet[t] = 1;
    return matchesAll(cp, p, inSet);
  };
  for (let x = 0; x + k <= S; x++) if (fits([[x, x + k]])) return 0;
  for (let x1 = 0; x1 < S; x1++) {
    for (let first = 1; first < k; first++) {
      for (let x2 = x1 + first + 1; x2 + (k - first) <= S; x2++) {
        if (
          fits([
            [x1, x1 + first],
            [x2, x2 + k - first],
          ])
        )
          return 1;
      }
    }
  }
  return 2;
}

/** Whether each of p's meetings can get its own slot among those marked in `inSet` (bipartite matching). */
function matchesAll(cp: CompiledProblem, p: number, inSet: Uint8Array): boolean {
  const S = cp.slots;
  const holder = new Int32Array(S).fill(-1);
  const seen = new Uint8Array(S);
  const augment = (m: number): boolean => {
    for (const t of cp.domain[m]) {
      if (!inSet[t] || seen[t]) continue;
      seen[t] = 1;
      if (holder[t] < 0 || augment(holder[t])) {
        holder[t] = m;
        return true;
      }
    }
    return false;
  };
  for (const m of cp.meetingsOf[p]) {
    seen.fill(0);
    if (!augment(m)) return false;
  }
  return true;
}
