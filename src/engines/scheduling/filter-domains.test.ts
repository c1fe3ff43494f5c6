import { describe, expect, it } from "vitest";
import { compileProblem } from "./compile-problem";
import { filterDomains } from "./filter-domains";
import type { SchedulingProblem } from "./types";

const slotsOf = (allowed: Uint8Array, m: number, slots: number) => Array.from({ length: slots }, (_, t) => t).filter((t) => allowed[m * slots + t]);

describe("filterDomains", () => {
  it("keeps only slots a break-free block can use, and passes that on to partners", () => {
    // Participant 0 meets 1, 2 and 3 in six slots; meeting 0-3 is fixed to slot 4, so 0's block of
    // three is [2..4] or [3..5] and its other meetings take 2, 3 or 5. Participant 3's other
    // meeting (with 4) must then sit next to slot 4.
    const problem: SchedulingProblem = {
      participants: 5,
      slots: 6,
      sessionOfSlot: [0, 0, 0, 0, 0, 0],
      tables: 3,
      meetings: [
        { a: 0, b: 1, place: "table" },
        { a: 0, b: 2, place: "table" },
        { a: 0, b: 3, place: "table", fixedSlot: 4 },
        { a: 3, b: 4, place: "table" },
      ],
      forbidden: [[], [], [], [], []],
    };
    const cp = compileProblem(problem);
    const { allowed, exempt } = filterDomains(cp);
    expect(slotsOf(allowed, 0, 6)).toEqual([2, 3, 5]);
    expect(slotsOf(allowed, 2, 6)).toEqual([4]);
    expect(slotsOf(allowed, 3, 6)).toEqual([3, 5]);
    expect([...exempt]).toEqual([0, 0, 0, 0, 0]);
  });

  it("exempts a participant that cannot be break-free and filters the rest without it", () => {
    // Participant 0 has a forbidden slot in the middle of its only possible block.
    const problem: SchedulingProblem = {
      participants: 4,
      slots: 3,
      sessionOfSlot: [0, 0, 0],
      tables: 3,
      meetings: [
        { a: 0, b: 1, place: "table" },
        { a: 0, b: 2, place: "table" },
        { a: 1, b: 3, place: "table" },
      ],
      forbidden: [[1], [], [], []],
    };
    const cp = compileProblem(problem);
    const { allowed, exempt } = filterDomains(cp);
    expect([...exempt]).toEqual([1, 0, 0, 0]);
    // Participant 1 still needs its two meetings side by side.
    expect(slotsOf(allowed, 0, 3)).toEqual([0, 2]);
    expect(slotsOf(allowed, 2, 3)).toEqual([1]);
  });
});
