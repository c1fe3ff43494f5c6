import type { SchedulingProblem } from "./types";

/** The problem as flat typed arrays, with every meeting's hard slot rules folded into its domain. */
export type CompiledProblem = {
  meetings: number;
  participants: number;
  slots: number;
  days: number;
  tables: number;
  a: Int32Array;
  b: Int32Array;
  /** 1 when the meeting needs one of the `tables`. */
  takesTable: Uint8Array;
  /** Per meeting, the slots it may take (allowed, fixed, and both sides free), ascending. */
  domain: Int32Array[];
  /** allowed[m * slots + t] is 1 when t is in meeting m's domain. */
  allowed: Uint8Array;
  meetingsOf: Int32Array[];
  dayOfSlot: Int32Array;
  /** Position of the slot inside its day's bit mask. */
  bitOfSlot: Int32Array;
};

export function compileProblem(problem: SchedulingProblem): CompiledProblem {
  const { participants, slots } = problem;
  const meetings = problem.meetings.length;
  if (problem.sessionOfSlot.length !== slots) throw new Error(`sessionOfSlot has ${problem.sessionOfSlot.length} entries for ${slots} slots`);
  const dayOfSlot = Int32Array.from(problem.dayOfSlot ?? new Array<number>(slots).fill(0));
  if (dayOfSlot.length !== slots) throw new Error(`dayOfSlot has ${dayOfSlot.length} entries for ${slots} slots`);
  const bitOfSlot = new Int32Array(slots);
  for (let t = 1; t < slots; t++) {
    if (dayOfSlot[t] < dayOfSlot[t - 1]) throw new Error(`dayOfSlot must not decrease (slot ${t})`);
    bitOfSlot[t] = dayOfSlot[t] === dayOfSlot[t - 1] ? bitOfSlot[t - 1] + 1 : 0;
    if (bitOfSlot[t] >= 32) throw new Error(`Day ${dayOfSlot[t]} has more than 32 slots, which the scheduler does not support`);
  }
  if (dayOfSlot[0] !== 0 && slots > 0) throw new Error("dayOfSlot must start at day 0");

  const a = new Int32Array(meetings);
  const b = new Int32Array(meetings);
  const takesTable = new Uint8Array(meetings);
  const allowed = new Uint8Array(meetings * slots);
  const domain: Int32Array[] = [];
  const counts = new Int32Array(participants);
  const forbiddenOf = problem.forbidden.map((list) => new Set(list));
  for (let m = 0; m < meetings; m++) {
    const meeting = problem.meetings[m];
    for (const p of [meeting.a, meeting.b]) {
      if (!Number.isInteger(p) || p < 0 || p >= participants) throw new Error(`Meeting ${m} names participant ${p}, outside 0..${participants - 1}`);
    }
    if (meeting.a === meeting.b) throw new Error(`Meeting ${m} has participant ${meeting.a} on both sides`);
    a[m] = meeting.a;
    b[m] = meeting.b;
    counts[meeting.a]++;
    counts[meeting.b]++;
    takesTable[m] = meeting.place === "table" ? 1 : 0;
    const candidates = meeting.fixedSlot !== undefined ? [meeting.fixedSlot] : (meeting.allowedSlots ?? Array.from({ length: slots }, (_, t) => t));
    const own: number[] = [];
    for (const t of candidates) {
      if (!Number.isInteger(t) || t < 0 || t >= slots) throw new Error(`Meeting ${m} refers to slot ${t}, outside 0..${slots - 1}`);
      if (meeting.fixedSlot !== undefined && meeting.allowedSlots && !meeting.allowedSlots.includes(t)) continue;
      if (forbiddenOf[meeting.a]?.has(t) || forbiddenOf[meeting.b]?.has(t) || allowed[m * slots + t]) continue;
      allowed[m * slots + t] = 1;
      own.push(t);
    }
    if (own.length === 0) throw new Error(`Meeting ${m} (participants ${meeting.a} and ${meeting.b}) has no slot both sides can attend`);
    domain.push(Int32Array.from(own.sort((x, y) => x - y)));
  }
  const meetingsOf = Array.from({ length: participants }, (_, p) => new Int32Array(counts[p]));
  const filled = new Int32Array(participants);
  for (let m = 0; m < meetings; m++) {
    meetingsOf[a[m]][filled[a[m]]++] = m;
    meetingsOf[b[m]][filled[b[m]]++] = m;
  }
  return {
    meetings,
    participants,
    slots,
    days: slots > 0 ? dayOfSlot[slots - 1] + 1 : 1,
    tables: problem.tables,
    a,
    b,
    takesTable,
    domain,
    allowed,
    meetingsOf,
    dayOfSlot,
    bitOfSlot,
  };
}

/** The same problem with fewer slots allowed per meeting (`allowed` must keep at least one each). */
export function restrictDomains(cp: CompiledProblem, allowed: Uint8Array): CompiledProblem {
  const domain = cp.domain.map((own, m) => own.filter((t) => allowed[m * cp.slots + t] === 1));
  return { ...cp, allowed, domain };
}
