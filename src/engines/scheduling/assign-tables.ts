import type { SchedulingProblem } from "./types";

/**
 * Table numbers (1..tables) for the meetings held at a table, 0 for the others and for unscheduled
 * ones. A host keeps the table it last used in the same session when that table is free, so that
 * its visitors find it where they left it. Going slot by slot, the hosts who held a table in the
 * previous slot are served first: each of them had a different table there, so none of them is
 * ever refused, and greedy is as good as any assignment for slot-to-slot continuity.
 */
export function assignTables(problem: SchedulingProblem, slots: ArrayLike<number>): Int32Array {
  const meetings = problem.meetings;
  const tables = new Int32Array(meetings.length);
  const bySlot: number[][] = Array.from({ length: problem.slots }, () => []);
  for (let m = 0; m < meetings.length; m++) if (slots[m] >= 0 && meetings[m].place === "table") bySlot[slots[m]].push(m);
  // Per host: the table and slot of its last table meeting in the current session.
  const lastTable = new Int32Array(problem.participants);
  const lastSlot = new Int32Array(problem.participants).fill(-2);
  for (let t = 0; t < problem.slots; t++) {
    const session = problem.sessionOfSlot[t];
    const taken = new Uint8Array(problem.tables + 1);
    const wants = (m: number) => {
      const host = meetings[m].a;
      const s = lastSlot[host];
      return s >= 0 && problem.sessionOfSlot[s] === session ? s : -1;
    };
    // Most recent users first: the previous slot's hosts cannot collide with each other.
    const order = bySlot[t].slice().sort((x, y) => wants(y) - wants(x));
    for (const m of order) {
      const preferred = wants(m) >= 0 ? lastTable[meetings[m].a] : 0;
      let table = preferred > 0 && preferred <= problem.tables && !taken[preferred] ? preferred : 0;
      for (let candidate = 1; table === 0 && candidate <= problem.tables; candidate++) if (!taken[candidate]) table = candidate;
      if (table === 0) throw new Error(`Slot ${t} has more table meetings than the ${problem.tables} tables`);
      taken[table] = 1;
      tables[m] = table;
      lastTable[meetings[m].a] = table;
      lastSlot[meetings[m].a] = t;
    }
  }
  return tables;
}
