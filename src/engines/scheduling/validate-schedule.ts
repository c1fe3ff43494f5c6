import type { SchedulingProblem } from "./types";

export type ScheduleCheck = {
  /** Every broken rule, one human-readable line each; empty when the schedule is valid. */
  violations: string[];
  breaksPerParticipant: number[];
  breaks: number;
  /** Largest minus smallest break count over participants with at least one scheduled meeting. */
  spread: number;
};

export type ValidateOptions = {
  /** Mode 2: slot -1 means "not held" instead of a violation. */
  allowUnscheduled?: boolean;
  /** When given, a spread above it is a violation. */
  fairness?: number;
  /** When given, table numbers per meeting are checked too (1..tables for "table" meetings, 0 otherwise). */
  tables?: ArrayLike<number>;
};

// Deliberately written with plain loops and nothing shared with the solver, so that a bug in the
// solver's bookkeeping cannot hide itself from the tests that use this check.
export function validateSchedule(problem: SchedulingProblem, slots: ArrayLike<number>, options: ValidateOptions = {}): ScheduleCheck {
  const violations: string[] = [];
  const meetings = problem.meetings;
  const name = (m: number) => `meeting ${m} (participants ${meetings[m].a} and ${meetings[m].b})`;
  if (slots.length !== meetings.length) violations.push(`expected ${meetings.length} slots, one per meeting, got ${slots.length}`);

  const placed: boolean[] = [];
  for (let m = 0; m < meetings.length; m++) {
    const meeting = meetings[m];
    const slot = m < slots.length ? slots[m] : -1;
    placed.push(false);
    if (slot === -1) {
      if (!options.allowUnscheduled) violations.push(`${name(m)} has no slot`);
      if (meeting.fixedSlot !== undefined) violations.push(`${name(m)} is fixed to slot ${meeting.fixedSlot} but has no slot`);
      continue;
    }
    if (!Number.isInteger(slot) || slot < 0 || slot >= problem.slots) {
      violations.push(`${name(m)} has slot ${slot}, outside 0..${problem.slots - 1}`);
      continue;
    }
    placed[m] = true;
    if (meeting.a === meeting.b) violations.push(`${name(m)} meets itself`);
    if (meeting.fixedSlot !== undefined && meeting.fixedSlot !== slot)
      violations.push(`${name(m)} is fixed to slot ${meeting.fixedSlot} but is in slot ${slot}`);
    if (meeting.allowedSlots !== undefined && !meeting.allowedSlots.includes(slot))
      violations.push(`${name(m)} is in slot ${slot}, not one of its allowed slots`);
    for (const p of [meeting.a, meeting.b]) {
      const forbidden = problem.forbidden[p] ?? [];
      if (forbidden.includes(slot)) violations.push(`${name(m)} is in slot ${slot}, which participant ${p} cannot attend`);
    }
  }

  for (let m1 = 0; m1 < meetings.length; m1++) {
    if (!placed[m1]) continue;
    for (let m2 = m1 + 1; m2 < meetings.length; m2++) {
      if (!placed[m2] || slots[m1] !== slots[m2]) continue;
      for (const p of [meetings[m1].a, meetings[m1].b]) {
        if (p === meetings[m2].a || p === meetings[m2].b) violations.push(`participant ${p} has ${name(m1)} and ${name(m2)} both in slot ${slots[m1]}`);
      }
    }
  }

  for (let t = 0; t < problem.slots; t++) {
    let atTables = 0;
    for (let m = 0; m < meetings.length; m++) if (placed[m] && slots[m] === t && meetings[m].place === "table") atTables++;
    if (atTables > problem.tables) violations.push(`slot ${t} holds ${atTables} meetings at tables, more than the ${problem.tables} tables`);
  }

  if (options.tables) checkTables(problem, slots, placed, options.tables, name, violations);

  const breaksPerParticipant: number[] = [];
  let breaks = 0;
  let most = Number.NEGATIVE_INFINITY;
  let least = Number.POSITIVE_INFINITY;
  for (let p = 0; p < problem.participants; p++) {
    const own: number[] = [];
    for (let m = 0; m < meetings.length; m++) if (placed[m] && (meetings[m].a === p || meetings[m].b === p)) own.push(slots[m]);
    own.sort((x, y) => x - y);
    let count = 0;
    for (let i = 1; i < own.length; i++) if (own[i] > own[i - 1] + 1 && dayOf(problem, own[i]) === dayOf(problem, own[i - 1])) count++;
    breaksPerParticipant.push(count);
    breaks += count;
    if (own.length > 0) {
      most = Math.max(most, count);
      least = Math.min(least, count);
    }
  }
  const spread = most >= least ? most - least : 0;
  if (options.fairness !== undefined && spread > options.fairness) {
    violations.push(`break counts range from ${least} to ${most}, a spread of ${spread} above the allowed ${options.fairness}`);
  }
  return { violations, breaksPerParticipant, breaks, spread };
}

function dayOf(problem: SchedulingProblem, slot: number): number {
  return problem.dayOfSlot ? problem.dayOfSlot[slot] : 0;
}

function checkTables(
  problem: SchedulingProblem,
  slots: ArrayLike<number>,
  placed: boolean[],
  tables: ArrayLike<number>,
  name: (m: number) => string,
  violations: string[],
) {
  const meetings = problem.meetings;
  for (let m = 0; m < meetings.length; m++) {
    const table = m < tables.length ? tables[m] : 0;
    const needsTable = placed[m] && meetings[m].place === "table";
    if (needsTable && !(Number.isInteger(table) && table >= 1 && table <= problem.tables)) {
      violations.push(`${name(m)} has table ${table}, outside 1..${problem.tables}`);
    }
    if (!needsTable && table !== 0) violations.push(`${name(m)} has table ${table} but takes no table`);
    if (!needsTable) continue;
    for (let m2 = m + 1; m2 < meetings.length; m2++) {
      if (placed[m2] && slots[m2] === slots[m] && meetings[m2].place === "table" && tables[m2] === table) {
        violations.push(`${name(m)} and ${name(m2)} share table ${table} in slot ${slots[m]}`);
      }
    }
  }
}
