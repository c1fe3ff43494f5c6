import { createMoveLog, type MoveLog, moveMeeting, undoMoves } from "./move-log";
import { bestOpenSlot, freeParticipantAt, freeTableAt } from "./repair-moves";
import { isUsable, placeMeeting, type SelectionState } from "./selection-state";
import type { SchedulingProblem } from "./types";

/** Locked meetings go first and exactly where they are; one that cannot is the caller's error. */
export function placeLockedMeetings(st: SelectionState, problem: SchedulingProblem): void {
  problem.meetings.forEach((meeting, i) => {
    const slot = meeting.fixedSlot;
    if (slot === undefined) return;
    if (!Number.isInteger(slot) || slot < 0 || slot >= st.slots) throw new Error(`meeting ${i}: fixed slot ${slot} is not in 0..${st.slots - 1}`);
    if (!isUsable(st, i, slot)) throw new Error(`meeting ${i}: fixed slot ${slot} is not allowed for it or forbidden to a participant`);
    const clash = Math.max(st.occupant[st.a[i] * st.slots + slot], st.occupant[st.b[i] * st.slots + slot]);
    if (clash >= 0) throw new Error(`meeting ${i}: fixed slot ${slot} is already taken by locked meeting ${clash} of the same participant`);
    if (st.isTable[i] && st.tableLoad[slot] >= st.tables) throw new Error(`meeting ${i}: fixed slot ${slot} has no table left`);
    placeMeeting(st, i, slot);
  });
}

const hasFreeTable = (st: SelectionState) => st.tableLoad.some((load) => load < st.tables);

/**
 * Places a meeting, first in an open slot, else by clearing one of its usable slots: moving each
 * side's meeting there elsewhere (directly or by a swap chain) and, if the slot's tables are all
 * taken, moving a table meeting out. Nothing already placed is ever dropped. Every change,
 * the placement included, goes through the log, so a caller can roll the whole insertion back.
 */
export function insertWithRepair(st: SelectionState, meeting: number, log: MoveLog): boolean {
  const direct = bestOpenSlot(st, meeting);
  if (direct >= 0) {
    moveMeeting(st, meeting, direct, log);
    return true;
  }
  const a = st.a[meeting];
  const b = st.b[meeting];
  const needsTable = st.isTable[meeting] === 1;
  const tablesLeft = needsTable && hasFreeTable(st);
  for (let day = 0; day < st.days; day++) {
    for (let rest = st.usable[meeting * st.days + day]; rest !== 0; rest &= rest - 1) {
      const slot = st.dayStart[day] + 31 - Math.clz32(rest & -rest);
      if (needsTable && !tablesLeft && st.tableLoad[slot] >= st.tables) continue;
      const mark = log.size;
      const cleared =
        freeParticipantAt(st, a, slot, b, log) &&
        freeParticipantAt(st, b, slot, a, log) &&
        (!needsTable || st.tableLoad[slot] < st.tables || freeTableAt(st, slot, log));
      if (cleared) {
        moveMeeting(st, meeting, slot, log);
        return true;
      }
      undoMoves(st, log, mark);
    }
  }
  return false;
}

/** Meetings in the order the greedy takes them: heaviest first, earlier index on ties. */
function weightOrder(st: SelectionState): Int32Array {
  const order = Int32Array.from({ length: st.meetings }, (_, i) => i);
  return order.sort((x, y) => st.weight[y] - st.weight[x] || x - y);
}

/**
 * Chooses and places meetings heaviest first. When one does not fit, the repair moves shuffle
 * already placed (heavier) meetings to make room without dropping any. A second pass retries
 * the ones that failed, since later repairs can open room for them. Returns the weight order.
 */
export function selectMeetings(st: SelectionState): Int32Array {
  const log = createMoveLog();
  const failed: number[] = [];
  const order = weightOrder(st);
  for (const m of order) {
    if (st.slotOf[m] >= 0 || st.locked[m]) continue;
    if (!insertWithRepair(st, m, log)) failed.push(m);
    log.size = 0;
  }
  for (const m of failed) {
    insertWithRepair(st, m, log);
    log.size = 0;
  }
  return order;
}
