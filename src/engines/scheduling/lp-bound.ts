import loadHighs from "highs";
import { countBits } from "./count-breaks";
import { placeLockedMeetings } from "./select-meetings";
import { createSelectionState, type SelectionState } from "./selection-state";
import type { SchedulingProblem } from "./types";

type Highs = Awaited<ReturnType<typeof loadHighs>>;
let highsPromise: Promise<Highs> | undefined;
/** The WASM module loads once per process; every solve gets a fresh solver inside it. */
const highs = () => {
  highsPromise ??= loadHighs();
  return highsPromise;
};

export type LpBoundOptions = {
  /**
   * One variable per meeting and usable slot (the assignment relaxation) instead of one per
   * meeting. Never looser but ~slots× larger and much slower to solve (5 s at 19,000 pairs, where it gave
   * the same bound); "auto" (the default) uses it up to 4,000 meeting-slot pairs.
   */
  perSlot?: boolean | "auto";
};

export type LpBound = { upperBound: number; seconds: number; variables: number; rows: number; perSlot: boolean };

/** Writes one linear expression, a few terms per line so no line grows long. */
const terms = (names: readonly string[], coefficients?: readonly number[]) =>
  names.map((name, i) => `${i === 0 ? "" : i % 8 === 0 ? "\n +" : " +"} ${coefficients ? `${coefficients[i]} ` : ""}${name}`).join("");

function usableSlots(st: SelectionState, meeting: number): number[] {
  const slots: number[] = [];
  for (let day = 0; day < st.days; day++) {
    for (let rest = st.usable[meeting * st.days + day]; rest !== 0; rest &= rest - 1) {
      slots.push(st.dayStart[day] + 31 - Math.clz32(rest & -rest));
    }
  }
  return slots;
}

/** Session holding all of the given slots, or −1 when they span several. */
function onlySession(problem: SchedulingProblem, slots: readonly number[]): number {
  const session = problem.sessionOfSlot[slots[0]];
  return slots.every((s) => problem.sessionOfSlot[s] === session) ? session : -1;
}

/**
 * The aggregated relaxation, small at 30,000 requests (one variable per meeting; rows only where a
 * capacity can bind): maximise Σ w_m x_m with 0 ≤ x_m ≤ 1, x_m = 1 for locked meetings, and for
 * each participant p, for G = all of p's meetings and G = those of them confined to one session:
 *   Σ_{m ∈ G} x_m ≤ |∪_{m ∈ G} usable(m)|,
 * and likewise for the table meetings with the right-hand side multiplied by `tables`.
 * usable(m) = the meeting's allowed slots minus both sides' forbidden ones (the fixed slot alone
 * for a locked meeting).
 * Why it bounds every schedule: set x_m = 1 for the meetings a valid schedule holds. A participant
 * holds at most one meeting per slot, and each of their meetings in G sits in a slot of its own
 * usable set, so the meetings of G take distinct slots of ∪ usable(G): at most that many. A slot
 * holds at most `tables` table meetings, so table meetings in G fill at most tables × |∪ usable(G)|.
 * Locked meetings are held in every valid schedule. So every schedule is a feasible point of the
 * LP, and the LP maximum is at least its weight.
 */
function aggregatedLp(st: SelectionState, problem: SchedulingProblem): { text: string; variables: number; rows: number } {
  const rows: string[] = [];
  const name = (m: number) => `x${m}`;
  const slotsOf: number[][] = [];
  const sessionOf = new Int32Array(st.meetings);
  const meetingsOf: number[][] = Array.from({ length: st.participants }, () => []);
  const tableMeetings: number[] = [];
  const objective: number[] = [];
  for (let m = 0; m < st.meetings; m++) {
    slotsOf.push(usableSlots(st, m));
    if (slotsOf[m].length === 0) continue;
    sessionOf[m] = onlySession(problem, slotsOf[m]);
    objective.push(m);
    meetingsOf[st.a[m]].push(m);
    meetingsOf[st.b[m]].push(m);
    if (st.isTable[m]) tableMeetings.push(m);
  }
  const unionCount = (group: readonly number[]) => new Set(group.flatMap((m) => slotsOf[m])).size;
  const sessions = new Set(problem.sessionOfSlot).size;
  const addCapacityRows = (label: string, group: readonly number[], perSlot: number) => {
    const cap = unionCount(group) * perSlot;
    if (group.length > cap) rows.push(` ${label}: ${terms(group.map(name))} <= ${cap}`);
    if (sessions === 1) return;
    const bySession = new Map<number, number[]>();
    for (const m of group) {
      if (sessionOf[m] < 0) continue;
      const list = bySession.get(sessionOf[m]);
      if (list) list.push(m);
      else bySession.set(sessionOf[m], [m]);
    }
    for (const [session, inSession] of bySession) {
      const sessionCap = unionCount(inSession) * perSlot;
      if (inSession.length > sessionCap) rows.push(` ${label}s${session}: ${terms(inSession.map(name))} <= ${sessionCap}`);
    }
  };
  for (const [p, group] of meetingsOf.entries()) addCapacityRows(`p${p}`, group, 1);
  addCapacityRows("tables", tableMeetings, st.tables);
  const bounds = objective.map((m) => (st.locked[m] ? ` ${name(m)} = 1` : ` 0 <= ${name(m)} <= 1`));
  const weights = objective.map((m) => st.weight[m]);
  const text = `Maximize\n obj: ${terms(objective.map(name), weights)}\nSubject To\n${rows.join("\n")}\nBounds\n${bounds.join("\n")}\nEnd\n`;
  return { text, variables: objective.length, rows: rows.length };
}

/**
 * The assignment relaxation: y_{m,s} ∈ [0,1] per usable slot, Σ_s y_{m,s} ≤ 1 (= 1 on the fixed
 * slot if locked), per participant and slot Σ ≤ 1, per slot Σ over table meetings ≤ tables. A
 * schedule is its 0/1 point, so it bounds every schedule too, and it implies all the aggregated rows.
 */
function perSlotLp(st: SelectionState): { text: string; variables: number; rows: number } {
  const names: string[] = [];
  const weights: number[] = [];
  const rows: string[] = [];
  const bounds: string[] = [];
  const byParticipantSlot = new Map<number, string[]>();
  const bySlotTables = new Map<number, string[]>();
  const push = <K>(map: Map<K, string[]>, key: K, value: string) => {
    const list = map.get(key);
    if (list) list.push(value);
    else map.set(key, [value]);
  };
  for (let m = 0; m < st.meetings; m++) {
    // A locked meeting's only usable slot is its fixed one (see createSelectionState).
    const slots = usableSlots(st, m);
    const own = slots.map((s) => `y${m}_${s}`);
    if (own.length === 0) continue;
    slots.forEach((s, i) => {
      names.push(own[i]);
      weights.push(st.weight[m]);
      bounds.push(st.locked[m] ? ` ${own[i]} = 1` : ` 0 <= ${own[i]} <= 1`);
      push(byParticipantSlot, st.a[m] * st.slots + s, own[i]);
      push(byParticipantSlot, st.b[m] * st.slots + s, own[i]);
      if (st.isTable[m]) push(bySlotTables, s, own[i]);
    });
    if (own.length > 1) rows.push(` m${m}: ${terms(own)} <= 1`);
  }
  for (const [key, list] of byParticipantSlot) if (list.length > 1) rows.push(` ps${key}: ${terms(list)} <= 1`);
  for (const [s, list] of bySlotTables) if (list.length > st.tables) rows.push(` t${s}: ${terms(list)} <= ${st.tables}`);
  const text = `Maximize\n obj: ${terms(names, weights)}\nSubject To\n${rows.join("\n")}\nBounds\n${bounds.join("\n")}\nEnd\n`;
  return { text, variables: names.length, rows: rows.length };
}

/** An upper bound on the total weight any valid schedule of the problem can hold. */
export async function lpUpperBound(problem: SchedulingProblem, options: LpBoundOptions = {}): Promise<LpBound> {
  const started = performance.now();
  const st = createSelectionState(problem);
  // Locked meetings that cannot all keep their slots make the problem invalid, not the bound infinite.
  placeLockedMeetings(st, problem);
  let pairs = 0;
  for (let m = 0; m < st.meetings; m++) for (let d = 0; d < st.days; d++) pairs += countBits(st.usable[m * st.days + d]);
  const perSlot = options.perSlot === "auto" || options.perSlot === undefined ? pairs <= 4_000 : options.perSlot;
  const lp = perSlot ? perSlotLp(st) : aggregatedLp(st, problem);
  if (lp.variables === 0) return { upperBound: 0, seconds: (performance.now() - started) / 1000, variables: 0, rows: 0, perSlot };
  const solver = await highs();
  // Presolve off: on the 30,000-request forum it halves the solve time and changes nothing else.
  const result = solver.solve(lp.text, { output_flag: false, presolve: "off" });
  if (result.Status !== "Optimal") throw new Error(`LP bound: HiGHS ended with status ${result.Status}`);
  return { upperBound: result.ObjectiveValue, seconds: (performance.now() - started) / 1000, variables: lp.variables, rows: lp.rows, perSlot };
}
