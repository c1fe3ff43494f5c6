import type { CompiledProblem } from "./compile-problem";

/**
 * The slots each meeting could take if every participant had no break at all: a participant's
 * meetings then fill one block of consecutive slots of one day, so a slot survives for a meeting
 * only if some such block of its participant holds it in a complete matching of all that
 * participant's meetings to the block's slots (and the same from the other side). Removing a slot
 * can remove a partner's block, so this repeats until nothing changes. A participant left with no
 * block cannot be break-free; it is exempted and the filtering starts over without it.
 *
 * On forums whose days are long compared with their meetings this prunes a third or more of the
 * choices, which the local search otherwise has to rule out by trial. It is a guide, not a rule:
 * the best schedule may need breaks elsewhere, so the search also runs on the full domains.
 */
export function filterDomains(cp: CompiledProblem): { allowed: Uint8Array; exempt: Uint8Array } {
  const exempt = new Uint8Array(cp.participants);
  for (;;) {
    const allowed = cp.allowed.slice();
    let wiped = -1;
    for (let changed = true; changed && wiped < 0; ) {
      changed = false;
      for (let p = 0; p < cp.participants && wiped < 0; p++) {
        if (exempt[p] || cp.meetingsOf[p].length < 2) continue;
        const support = blockSupport(cp, p, allowed);
        if (!support) {
          wiped = p;
          break;
        }
        for (const m of cp.meetingsOf[p]) {
          for (let t = 0; t < cp.slots; t++) {
            const i = m * cp.slots + t;
            if (allowed[i] && !support[i]) {
              allowed[i] = 0;
              changed = true;
            }
          }
        }
      }
    }
    if (wiped < 0) return { allowed, exempt };
    exempt[wiped] = 1;
  }
}

/** allowed[m * slots + t] kept by some break-free block of p, or null if p has no such block. */
function blockSupport(cp: CompiledProblem, p: number, allowed: Uint8Array): Uint8Array | null {
  const S = cp.slots;
  const own = cp.meetingsOf[p];
  const k = own.length;
  const support = new Uint8Array(cp.meetings * S);
  const holder = new Int32Array(S);
  const seen = new Uint8Array(S);
  let found = false;
  for (let x = 0; x + k <= S; x++) {
    if (cp.dayOfSlot[x] !== cp.dayOfSlot[x + k - 1]) continue;
    const augment = (m: number): boolean => {
      for (let t = x; t < x + k; t++) {
        if (seen[t] || !allowed[m * S + t]) continue;
        seen[t] = 1;
        if (holder[t] < 0 || augment(holder[t])) {
          holder[t] = m;
          return true;
        }
      }
      return false;
    };
    holder.fill(-1);
    let complete = true;
    for (const m of own) {
      seen.fill(0);
      if (!augment(m)) {
        complete = false;
        break;
      }
    }
    if (!complete) continue;
    found = true;
    const matched = holder.slice();
    // Edge (m, t) is in some complete matching when t's holder can move elsewhere once m takes t.
    for (const m of own) {
      for (let t = x; t < x + k; t++) {
        const i = m * S + t;
        if (!allowed[i] || support[i]) continue;
        if (matched[t] === m) {
          support[i] = 1;
          continue;
        }
        holder.set(matched);
        const displaced = holder[t];
        holder[matched.indexOf(m)] = -1;
        holder[t] = m;
        seen.fill(0);
        seen[t] = 1;
        if (augment(displaced)) support[i] = 1;
      }
    }
  }
  return found ? support : null;
}
