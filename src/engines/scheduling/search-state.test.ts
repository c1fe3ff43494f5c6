import { describe, expect, it } from "vitest";
import { compileProblem } from "./compile-problem";
import { countBreaks, countIdle } from "./count-breaks";
import { createRandom } from "./random";
import { SearchState } from "./search-state";
import type { SchedulingProblem } from "./types";
import { validateSchedule } from "./validate-schedule";

describe("countBreaks and countIdle", () => {
  it("count gaps once each, and idle slots inside the day", () => {
    expect(countBreaks(0)).toBe(0);
    expect(countBreaks(0b111)).toBe(0);
    expect(countBreaks(0b1000001)).toBe(1);
    expect(countBreaks(0b1010101)).toBe(3);
    expect(countBreaks(0x80000001 | 0)).toBe(1);
    expect(countIdle(0b1000001)).toBe(5);
    expect(countIdle(0b0110)).toBe(0);
  });
});

describe("SearchState", () => {
  it("keeps its totals equal to a recount after any mix of moves and chain swaps", () => {
    const random = createRandom(11);
    const problem: SchedulingProblem = {
      participants: 12,
      slots: 9,
      sessionOfSlot: [0, 0, 0, 0, 1, 1, 1, 1, 1],
      dayOfSlot: [0, 0, 0, 0, 0, 0, 1, 1, 1],
      tables: 3,
      meetings: Array.from({ length: 30 }, (_, i) => ({
        a: i % 12,
        b: (i * 5 + 1 + Math.floor(i / 12)) % 12 === i % 12 ? (i + 1) % 12 : (i * 5 + 1 + Math.floor(i / 12)) % 12,
        place: i % 4 === 0 ? ("booth" as const) : ("table" as const),
        allowedSlots: i % 7 === 0 ? [0, 1, 2, 3] : undefined,
      })),
      forbidden: Array.from({ length: 12 }, (_, p) => (p % 5 === 0 ? [4] : [])),
    };
    const cp = compileProblem(problem);
    const state = new SearchState(cp, 1);
    state.idleWeight = 0.3;
    for (let m = 0; m < cp.meetings; m++) state.move(m, cp.domain[m][Math.floor(random() * cp.domain[m].length)]);
    for (let step = 0; step < 3000; step++) {
      const m = Math.floor(random() * cp.meetings);
      const t = cp.domain[m][Math.floor(random() * cp.domain[m].length)];
      const s = state.slotOf[m];
      if (t === s) continue;
      const before = state.cost();
      if (step % 2 === 0 && state.buildChain(m, t)) {
        const delta = state.chainDelta(s, t);
        state.applyChain(s, t);
        expect(state.cost()).toBeCloseTo(before + delta, 9);
      } else {
        const delta = state.moveDelta(m, t);
        state.move(m, t);
        expect(state.cost()).toBeCloseTo(before + delta, 9);
      }
    }
    const check = validateSchedule(problem, state.slotOf);
    expect(Array.from(state.breaksOf)).toEqual(check.breaksPerParticipant);
    expect(state.breaks).toBe(check.breaks);
    // A participant with n meetings in one slot has n - 1 clashes there.
    const seats = new Map<string, number>();
    for (let m = 0; m < cp.meetings; m++) {
      for (const p of [problem.meetings[m].a, problem.meetings[m].b]) seats.set(`${p}@${state.slotOf[m]}`, (seats.get(`${p}@${state.slotOf[m]}`) ?? 0) + 1);
    }
    expect(state.clashes).toBe([...seats.values()].reduce((sum, n) => sum + n - 1, 0));
    for (let i = 0; i < state.defectCount; i++) {
      const p = state.defects[i];
      expect(state.breaksOf[p] > 0 || state.clashOf[p] > 0).toBe(true);
    }
  });
});
