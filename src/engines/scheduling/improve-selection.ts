import { createMoveLog, type MoveLog, moveMeeting, undoMoves } from "./move-log";
import { bestOpenSlot } from "./repair-moves";
import { insertWithRepair } from "./select-meetings";
import { openSlots, type SelectionState } from "./selection-state";

/** Per participant, their meetings heaviest first, as offsets into one list. */
type Lists = { start: Int32Array; list: Int32Array };

function meetingsByParticipant(st: SelectionState, order: Int32Array): Lists {
  const start = new Int32Array(st.participants + 1);
  for (let m = 0; m < st.meetings; m++) {
    start[st.a[m] + 1]++;
    start[st.b[m] + 1]++;
  }
  for (let p = 0; p < st.participants; p++) start[p + 1] += start[p];
  const fill = start.slice(0, st.participants);
  const list = new Int32Array(2 * st.meetings);
  for (const m of order) {
    list[fill[st.a[m]]++] = m;
    list[fill[st.b[m]]++] = m;
  }
  return { start, list };
}

/** The lightest unlocked table meeting of a slot, or −1. */
function lightestTableMeeting(st: SelectionState, slot: number): number {
  let best = -1;
  for (let i = slot * st.tables, end = i + st.tableLoad[slot]; i < end; i++) {
    const x = st.tableMembers[i];
    if (!st.locked[x] && (best < 0 || st.weight[x] < st.weight[best])) best = x;
  }
  return best;
}

/** Popular participants have hundreds of unscheduled requests; the heaviest few decide. */
const REFILL_LOOKS = 24;

/**
 * Weight of p's heaviest unscheduled meeting (among the first few) that could take slot s once p is free there (its
 * other side free, the slot usable, a table left if it needs one): what a freed slot can win back.
 */
function refillAt(st: SelectionState, p: number, s: number, tableRoom: boolean, lists: Lists): number {
  const bit = 1 << st.bitOf[s];
  const day = st.dayOf[s];
  let looked = 0;
  for (let i = lists.start[p]; i < lists.start[p + 1] && looked < REFILL_LOOKS; i++) {
    const y = lists.list[i];
    if (st.slotOf[y] >= 0 || st.locked[y] || (st.isTable[y] && !tableRoom)) continue;
    looked++;
    const other = st.a[y] === p ? st.b[y] : st.a[y];
    if ((st.usable[y * st.days + day] & ~st.busy[other * st.days + day] & bit) !== 0) return st.weight[y];
  }
  return 0;
}

/** Scratch for the meetings an exchange pushes out (at most both sides' and one at a table). */
const ejected = new Int32Array(3);

/**
 * Fills `ejected` with what placing m at `slot` pushes out: whatever either side holds there,
 * plus the slot's lightest table meeting when the tables are all taken, and returns how many.
 * Returns −1 when a locked meeting is in the way or when the exchange looks unable to gain:
 * a pushed-out meeting counts as regained only if it has another open slot right away, or by
 * what its other sides could put in the freed slot.
 */
function ejectionAt(st: SelectionState, m: number, slot: number, lightest: Int32Array, lists: Lists): number {
  const a = st.a[m];
  const b = st.b[m];
  let count = 0;
  const x1 = st.occupant[a * st.slots + slot];
  const x2 = st.occupant[b * st.slots + slot];
  if (x1 >= 0) ejected[count++] = x1;
  if (x2 >= 0 && x2 !== x1) ejected[count++] = x2;
  let tablesFreed = 0;
  let lost = 0;
  for (let i = 0; i < count; i++) {
    tablesFreed += st.isTable[ejected[i]];
    lost += st.weight[ejected[i]];
  }
  if (st.isTable[m] && st.tableLoad[slot] - tablesFreed >= st.tables) {
    ejected[count++] = lightest[slot];
    tablesFreed++;
    lost += lightest[slot] >= 0 ? st.weight[lightest[slot]] : 0;
  }
  for (let i = 0; i < count; i++) if (ejected[i] < 0 || st.locked[ejected[i]]) return -1;
  let balance = st.weight[m] - lost;
  if (balance > 0) return count;
  const tableRoom = st.tableLoad[slot] - tablesFreed + st.isTable[m] < st.tables;
  for (let i = 0; i < count && balance <= 0; i++) {
    const x = ejected[i];
    let regain = 0;
    if (st.a[x] !== a && st.a[x] !== b) regain += refillAt(st, st.a[x], slot, tableRoom, lists);
    if (st.b[x] !== a && st.b[x] !== b) regain += refillAt(st, st.b[x], slot, tableRoom, lists);
    // x's sides were both busy at `slot`, so its open slots are the same once m has taken it.
    let open = 0;
    for (let day = 0; day < st.days && open === 0; day++) open = openSlots(st, x, day);
    balance += Math.max(regain, open !== 0 ? st.weight[x] : 0);
  }
  return balance > 0 ? count : -1;
}

/** Places one of p's unscheduled meetings, heaviest first, in an open slot, if any fits. */
function refill(st: SelectionState, p: number, lists: Lists, log: MoveLog): void {
  for (let i = lists.start[p]; i < lists.start[p + 1]; i++) {
    const y = lists.list[i];
    if (st.slotOf[y] >= 0 || st.locked[y]) continue;
    const slot = bestOpenSlot(st, y);
    if (slot >= 0) {
      moveMeeting(st, y, slot, log);
      return;
    }
  }
}

/** Weight gained by the moves in the log: meetings scheduled now but not before, less the reverse. */
function logGain(st: SelectionState, log: MoveLog): number {
  const first = new Map<number, number>();
  for (let i = 0; i < log.size; i++) if (!first.has(log.meeting[i])) first.set(log.meeting[i], log.from[i]);
  let gain = 0;
  for (const [x, from] of first) gain += st.weight[x] * (Number(st.slotOf[x] >= 0) - Number(from >= 0));
  return gain;
}

/**
 * Exchanges after the greedy, for what a heaviest-first pass cannot see: an unscheduled meeting
 * takes a slot, pushing out what holds it there; each pushed-out meeting gets another chance
 * elsewhere (with repair moves), and where it finds none, its other side's heaviest unscheduled
 * meeting that fits takes the freed slot. An exchange stays only if the total weight rises, so
 * rounds repeat until one gains nothing or time runs out.
 */
export function improveSelection(st: SelectionState, order: Int32Array, deadline: number): void {
  const lists = meetingsByParticipant(st, order);
  const log = createMoveLog();
  const lightest = Int32Array.from({ length: st.slots }, (_, s) => lightestTableMeeting(st, s));
  const touched = new Uint8Array(st.slots);
  for (let round = 0; round < 4; round++) {
    let exchanges = 0;
    for (const m of order) {
      if (st.slotOf[m] >= 0 || st.locked[m]) continue;
      if (performance.now() > deadline) return;
      for (let day = 0; day < st.days && st.slotOf[m] < 0; day++) {
        for (let rest = st.usable[m * st.days + day]; rest !== 0; rest &= rest - 1) {
          const slot = st.dayStart[day] + 31 - Math.clz32(rest & -rest);
          const count = ejectionAt(st, m, slot, lightest, lists);
          if (count < 0) continue;
          const out = Array.from(ejected.subarray(0, count));
          log.size = 0;
          for (const x of out) moveMeeting(st, x, -1, log);
          moveMeeting(st, m, slot, log);
          for (const x of out) {
            if (insertWithRepair(st, x, log)) continue;
            if (st.a[x] !== st.a[m] && st.a[x] !== st.b[m]) refill(st, st.a[x], lists, log);
            if (st.b[x] !== st.a[m] && st.b[x] !== st.b[m]) refill(st, st.b[x], lists, log);
          }
          const kept = logGain(st, log) > 1e-9 * st.weight[m];
          for (let i = 0; i < log.size; i++) {
            if (log.from[i] >= 0) touched[log.from[i]] = 1;
            if (st.slotOf[log.meeting[i]] >= 0) touched[st.slotOf[log.meeting[i]]] = 1;
          }
          if (kept) exchanges++;
          else undoMoves(st, log, 0);
          for (let s = 0; s < st.slots; s++) {
            if (touched[s]) lightest[s] = lightestTableMeeting(st, s);
            touched[s] = 0;
          }
          if (kept) break;
        }
      }
    }
    if (exchanges === 0) return;
  }
}
