import { countBreaks } from "./count-breaks";
import type { SchedulingProblem } from "./types";

/** Slots per day a 32-bit mask can hold; forums use far fewer (the Girona ones at most 22). */
const MAX_DAY_SLOTS = 32;

/**
 * Mode 2's working state. Each participant's meetings are kept as one 32-bit mask per day
 * (bit i = the day's i-th slot), so "where are both free" is two ANDs and a participant's
 * breaks are a popcount. Everything else sits in flat typed arrays indexed by meeting,
 * participant × slot or slot × table.
 */
export type SelectionState = {
  participants: number;
  slots: number;
  days: number;
  tables: number;
  meetings: number;
  dayOf: Int32Array;
  bitOf: Int32Array;
  /** First slot of each day. */
  dayStart: Int32Array;
  a: Int32Array;
  b: Int32Array;
  isTable: Uint8Array;
  locked: Uint8Array;
  weight: Float64Array;
  /** meeting × day: slots the meeting may take (allowed and not forbidden to either side). */
  usable: Uint32Array;
  /** participant × day: slots where the participant has a meeting. */
  busy: Uint32Array;
  /** participant × slot: the meeting held there, or −1. */
  occupant: Int32Array;
  slotOf: Int32Array;
  tableLoad: Int32Array;
  /** slot × tables: the table meetings in each slot, unordered; tablePos finds one in O(1). */
  tableMembers: Int32Array;
  tablePos: Int32Array;
};

export function createSelectionState(problem: SchedulingProblem): SelectionState {
  const { participants: n, slots: s, tables, meetings: list } = problem;
  const m = list.length;
  const days = problem.dayOfSlot ?? new Array<number>(s).fill(0);
  if (problem.sessionOfSlot.length !== s || days.length !== s) throw new Error(`sessionOfSlot and dayOfSlot need one entry per slot (${s})`);
  const dayOf = new Int32Array(s);
  const bitOf = new Int32Array(s);
  const starts: number[] = [];
  for (let slot = 0; slot < s; slot++) {
    if (slot > 0 && (days[slot] < days[slot - 1] || problem.sessionOfSlot[slot] < problem.sessionOfSlot[slot - 1])) {
      throw new Error(`sessionOfSlot and dayOfSlot must not decrease (slot ${slot})`);
    }
    if (slot === 0 || days[slot] !== days[slot - 1]) starts.push(slot);
    dayOf[slot] = starts.length - 1;
    bitOf[slot] = slot - starts[starts.length - 1];
    if (bitOf[slot] >= MAX_DAY_SLOTS) throw new Error(`a day may hold at most ${MAX_DAY_SLOTS} slots (slot ${slot})`);
  }
  const k = starts.length;
  const forbiddenMask = new Uint32Array(n * k);
  for (let p = 0; p < n; p++) {
    for (const slot of problem.forbidden[p] ?? []) {
      if (!Number.isInteger(slot) || slot < 0 || slot >= s) throw new Error(`participant ${p}: forbidden slot ${slot} is not in 0..${s - 1}`);
      forbiddenMask[p * k + dayOf[slot]] |= 1 << bitOf[slot];
    }
  }
  const state: SelectionState = {
    participants: n,
    slots: s,
    days: k,
    tables,
    meetings: m,
    dayOf,
    bitOf,
    dayStart: Int32Array.from(starts),
    a: new Int32Array(m),
    b: new Int32Array(m),
    isTable: new Uint8Array(m),
    locked: new Uint8Array(m),
    weight: new Float64Array(m),
    usable: new Uint32Array(m * k),
    busy: new Uint32Array(n * k),
    occupant: new Int32Array(n * s).fill(-1),
    slotOf: new Int32Array(m).fill(-1),
    tableLoad: new Int32Array(s),
    tableMembers: new Int32Array(s * Math.max(tables, 1)),
    tablePos: new Int32Array(m).fill(-1),
  };
  for (let i = 0; i < m; i++) {
    const meeting = list[i];
    if (meeting.a === meeting.b || meeting.a < 0 || meeting.b < 0 || meeting.a >= n || meeting.b >= n) {
      throw new Error(`meeting ${i} needs two different participants in 0..${n - 1}`);
    }
    state.a[i] = meeting.a;
    state.b[i] = meeting.b;
    state.isTable[i] = meeting.place === "table" ? 1 : 0;
    state.locked[i] = meeting.fixedSlot === undefined ? 0 : 1;
    state.weight[i] = meeting.weight ?? 1;
    if (!Number.isFinite(state.weight[i]) || state.weight[i] < 0) throw new Error(`meeting ${i}: weight must be a finite number ≥ 0`);
    const allowed = meeting.allowedSlots ?? Array.from({ length: s }, (_, slot) => slot);
    for (const slot of allowed) {
      if (!Number.isInteger(slot) || slot < 0 || slot >= s) throw new Error(`meeting ${i}: allowed slot ${slot} is not in 0..${s - 1}`);
      // A locked meeting can only ever be in its fixed slot (if that one is allowed at all).
      if (meeting.fixedSlot === undefined || slot === meeting.fixedSlot) state.usable[i * k + dayOf[slot]] |= 1 << bitOf[slot];
    }
    for (let day = 0; day < k; day++) {
      state.usable[i * k + day] &= ~(forbiddenMask[meeting.a * k + day] | forbiddenMask[meeting.b * k + day]);
    }
  }
  return state;
}

export const otherSide = (st: SelectionState, meeting: number, p: number) => (st.a[meeting] === p ? st.b[meeting] : st.a[meeting]);

export function isUsable(st: SelectionState, meeting: number, slot: number): boolean {
  return (st.usable[meeting * st.days + st.dayOf[slot]] & (1 << st.bitOf[slot])) !== 0;
}

export function placeMeeting(st: SelectionState, meeting: number, slot: number): void {
  const bit = 1 << st.bitOf[slot];
  const day = st.dayOf[slot];
  const a = st.a[meeting];
  const b = st.b[meeting];
  st.busy[a * st.days + day] |= bit;
  st.busy[b * st.days + day] |= bit;
  st.occupant[a * st.slots + slot] = meeting;
  st.occupant[b * st.slots + slot] = meeting;
  st.slotOf[meeting] = slot;
  if (st.isTable[meeting]) {
    const at = slot * st.tables + st.tableLoad[slot]++;
    st.tableMembers[at] = meeting;
    st.tablePos[meeting] = at;
  }
}

export function removeMeeting(st: SelectionState, meeting: number): void {
  const slot = st.slotOf[meeting];
  const bit = 1 << st.bitOf[slot];
  const day = st.dayOf[slot];
  const a = st.a[meeting];
  const b = st.b[meeting];
  st.busy[a * st.days + day] &= ~bit;
  st.busy[b * st.days + day] &= ~bit;
  st.occupant[a * st.slots + slot] = -1;
  st.occupant[b * st.slots + slot] = -1;
  st.slotOf[meeting] = -1;
  if (st.isTable[meeting]) {
    // Swap-remove: the slot's last table meeting takes this one's place.
    const last = slot * st.tables + --st.tableLoad[slot];
    const moved = st.tableMembers[last];
    st.tableMembers[st.tablePos[meeting]] = moved;
    st.tablePos[moved] = st.tablePos[meeting];
    st.tablePos[meeting] = -1;
  }
}

/** Slots of `day` where the meeting could go right now: usable, both sides free, a table if it needs one. */
export function openSlots(st: SelectionState, meeting: number, day: number): number {
  const k = st.days;
  let mask = st.usable[meeting * k + day] & ~st.busy[st.a[meeting] * k + day] & ~st.busy[st.b[meeting] * k + day];
  if (st.isTable[meeting] && mask !== 0) {
    for (let rest = mask; rest !== 0; rest &= rest - 1) {
      const bit = 31 - Math.clz32(rest & -rest);
      if (st.tableLoad[st.dayStart[day] + bit] >= st.tables) mask &= ~(1 << bit);
    }
  }
  return mask;
}

/** Change in participant p's breaks if slot `slot` is added to (or, when present, removed from) their meetings. */
export function toggleDelta(st: SelectionState, p: number, slot: number): number {
  const at = p * st.days + st.dayOf[slot];
  const before = st.busy[at];
  return countBreaks(before ^ (1 << st.bitOf[slot])) - countBreaks(before);
}

export function participantBreaks(st: SelectionState, p: number): number {
  let total = 0;
  for (let day = 0; day < st.days; day++) total += countBreaks(st.busy[p * st.days + day]);
  return total;
}

/** Change in participant p's breaks if their meeting at slot `from` moves to the free slot `to`. */
export function moveDelta(st: SelectionState, p: number, from: number, to: number): number {
  const dayFrom = p * st.days + st.dayOf[from];
  const dayTo = p * st.days + st.dayOf[to];
  const before = st.busy[dayFrom];
  if (dayFrom === dayTo) return countBreaks(before ^ (1 << st.bitOf[from]) ^ (1 << st.bitOf[to])) - countBreaks(before);
  const other = st.busy[dayTo];
  return countBreaks(before ^ (1 << st.bitOf[from])) - countBreaks(before) + countBreaks(other | (1 << st.bitOf[to])) - countBreaks(other);
}
