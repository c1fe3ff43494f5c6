import { applyKempeSwap, planKempeSwap } from "./kempe-chain";
import { type MoveLog, moveMeeting } from "./move-log";
import { openSlots, type SelectionState, toggleDelta } from "./selection-state";

/** The open slot for a meeting that adds the fewest breaks (fewest busy tables on ties), or −1. */
export function bestOpenSlot(st: SelectionState, meeting: number, avoid = -1): number {
  let best = -1;
  let bestCost = Number.POSITIVE_INFINITY;
  const a = st.a[meeting];
  const b = st.b[meeting];
  for (let day = 0; day < st.days; day++) {
    for (let rest = openSlots(st, meeting, day); rest !== 0; rest &= rest - 1) {
      const slot = st.dayStart[day] + 31 - Math.clz32(rest & -rest);
      if (slot === avoid) continue;
      const cost = (toggleDelta(st, a, slot) + toggleDelta(st, b, slot)) * 4 * st.tables + (st.isTable[meeting] ? st.tableLoad[slot] : 0);
      if (cost < bestCost) {
        bestCost = cost;
        best = slot;
      }
    }
  }
  return best;
}

/** Moves an unlocked meeting to another open slot (not `avoid`). */
function relocate(st: SelectionState, meeting: number, avoid: number, log: MoveLog): boolean {
  if (st.locked[meeting]) return false;
  const to = bestOpenSlot(st, meeting, avoid);
  if (to < 0) return false;
  moveMeeting(st, meeting, to, log);
  return true;
}

/** Frees p at slot s (guard stays untouched): move p's meeting there elsewhere, or swap its chain with another slot. */
export function freeParticipantAt(st: SelectionState, p: number, s: number, guard: number, log: MoveLog): boolean {
  const x = st.occupant[p * st.slots + s];
  if (x < 0) return true;
  if (st.locked[x]) return false;
  if (relocate(st, x, s, log)) return true;
  for (let t = 0; t < st.slots; t++) {
    // With p busy at t too, the chain would bring p's meeting there back into s.
    if (t === s || st.occupant[p * st.slots + t] >= 0) continue;
    const planned = planKempeSwap(st, x, t, guard);
    if (planned) {
      applyKempeSwap(st, planned, log);
      return true;
    }
  }
  return false;
}

/** Frees a table at slot s by moving one of its table meetings to another open slot. */
export function freeTableAt(st: SelectionState, s: number, log: MoveLog): boolean {
  const base = s * st.tables;
  for (let i = 0; i < st.tableLoad[s]; i++) {
    if (relocate(st, st.tableMembers[base + i], s, log)) return true;
  }
  return false;
}
