import { placeMeeting, removeMeeting, type SelectionState } from "./selection-state";

/**
 * Slot changes made while trying to fit a meeting, so a failed attempt can be rolled back.
 * Growable typed arrays with an explicit size: the search truncates logs millions of times.
 */
export type MoveLog = { meeting: Int32Array; from: Int32Array; size: number };

export const createMoveLog = (): MoveLog => ({ meeting: new Int32Array(64), from: new Int32Array(64), size: 0 });

function record(st: SelectionState, log: MoveLog, meeting: number): void {
  if (log.size === log.meeting.length) {
    const meetings = new Int32Array(log.size * 2);
    const from = new Int32Array(log.size * 2);
    meetings.set(log.meeting);
    from.set(log.from);
    log.meeting = meetings;
    log.from = from;
  }
  log.meeting[log.size] = meeting;
  log.from[log.size++] = st.slotOf[meeting];
}

/** Moves (or unschedules, with to = −1) several meetings at once: all leave first, then all land. */
export function moveMeetings(st: SelectionState, meetings: ArrayLike<number>, to: ArrayLike<number>, count: number, log: MoveLog): void {
  for (let i = 0; i < count; i++) {
    record(st, log, meetings[i]);
    if (st.slotOf[meetings[i]] >= 0) removeMeeting(st, meetings[i]);
  }
  for (let i = 0; i < count; i++) if (to[i] >= 0) placeMeeting(st, meetings[i], to[i]);
}

export function moveMeeting(st: SelectionState, meeting: number, to: number, log: MoveLog): void {
  record(st, log, meeting);
  if (st.slotOf[meeting] >= 0) removeMeeting(st, meeting);
  if (to >= 0) placeMeeting(st, meeting, to);
}

/**
 * Restores the state as it was when the log had `mark` entries. Entries are not replayed one by
 * one backwards: a swapped chain would collide with itself mid-way. Instead every touched meeting
 * leaves, then each returns to the slot it had at the mark (its first entry after the mark).
 */
export function undoMoves(st: SelectionState, log: MoveLog, mark: number): void {
  if (log.size === mark) return;
  const original = new Map<number, number>();
  for (let i = mark; i < log.size; i++) if (!original.has(log.meeting[i])) original.set(log.meeting[i], log.from[i]);
  for (const x of original.keys()) if (st.slotOf[x] >= 0) removeMeeting(st, x);
  for (const [x, slot] of original) if (slot >= 0) placeMeeting(st, x, slot);
  log.size = mark;
}
