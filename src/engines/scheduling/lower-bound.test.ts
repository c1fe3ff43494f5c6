import { describe, expect, it } from "vitest";
import { compileProblem } from "./compile-problem";
import { lowerBound } from "./lower-bound";
import type { ProblemMeeting, SchedulingProblem } from "./types";

const hostOf = (guests: number, slots: number, forbidden: number[], extra: Partial<SchedulingProblem> = {}): SchedulingProblem => ({
  participants: guests + 1,
  slots,
  sessionOfSlot: new Array(slots).fill(0),
  tables: 5,
  meetings: Array.from({ length: guests }, (_, i): ProblemMeeting => ({ a: 0, b: i + 1, place: "table" })),
  forbidden: [forbidden, ...Array.from({ length: guests }, () => [])],
  ...extra,
});

describe("lowerBound", () => {
  it("counts the breaks a participant's own forbidden slots force", () => {
    expect(lowerBound(compileProblem(hostOf(3, 5, [])), 2)).toBe(0);
    expect(lowerBound(compileProblem(hostOf(3, 5, [2])), 2)).toBe(1);
    expect(lowerBound(compileProblem(hostOf(3, 5, [1, 3])), 2)).toBe(2);
    // Four meetings in seven slots with 1 and 4 forbidden: {2,3} and {5,6} is the best, one break.
    expect(lowerBound(compileProblem(hostOf(4, 7, [1, 4])), 2)).toBe(1);
  });

  it("lifts everyone else to within fairness of the worst, and sees when that is impossible", () => {
    // The host needs 2 breaks; with fairness 0 everyone must have 2, but its guests have one meeting each.
    expect(lowerBound(compileProblem(hostOf(3, 5, [1, 3])), 0)).toBe(Number.POSITIVE_INFINITY);
    const pairs = hostOf(3, 5, [1, 3]);
    const withPairs = {
      ...pairs,
      participants: 6,
      forbidden: [...pairs.forbidden, [], []],
      meetings: [...pairs.meetings, { a: 4, b: 5, place: "table" as const }, { a: 4, b: 5, place: "table" as const }],
    };
    expect(lowerBound(compileProblem(withPairs), 1)).toBe(Number.POSITIVE_INFINITY);
  });

  it("gives 0 per participant on several days, where blocks may split over the night", () => {
    expect(lowerBound(compileProblem(hostOf(3, 6, [2], { dayOfSlot: [0, 0, 0, 1, 1, 1] })), 2)).toBe(0);
  });
});
