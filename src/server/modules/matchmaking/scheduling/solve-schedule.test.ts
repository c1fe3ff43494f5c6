import { describe, expect, it } from "vitest";
import { type SchedulingProblem, validateSchedule } from "../../../../engines/scheduling";
import { solveSchedule } from "./solve-schedule";

const problem = (slots: number, pairs: [number, number][], tables = 5): SchedulingProblem => ({
  participants: 1 + Math.max(...pairs.flat()),
  slots,
  sessionOfSlot: new Array(slots).fill(0),
  tables,
  meetings: pairs.map(([a, b], i) => ({ a, b, place: "table", weight: pairs.length - i })),
  forbidden: new Array(1 + Math.max(...pairs.flat())).fill([]),
});
const options = { fairness: 1, timeLimitMs: 500, onProgress: () => {} };

describe("solveSchedule", () => {
  it("places every meeting in mode 1 when they fit", async () => {
    const p = problem(4, [
      [0, 1],
      [0, 2],
      [1, 2],
      [2, 3],
    ]);
    const solved = await solveSchedule(p, options);
    expect(solved.mode).toBe("all");
    expect(validateSchedule(p, solved.slots, { fairness: 1, tables: solved.tables }).violations).toEqual([]);
  });

  it("chooses the most valuable meetings when counting shows they cannot all fit", async () => {
    const p = problem(
      2,
      [
        [0, 1],
        [2, 3],
        [4, 5],
      ],
      1,
    );
    const solved = await solveSchedule(p, options);
    expect(solved.mode).toBe("most-valuable");
    expect(Array.from(solved.slots).filter((s) => s >= 0)).toHaveLength(2);
    expect(solved.slots[0]).toBeGreaterThanOrEqual(0); // the heaviest is held
    expect(validateSchedule(p, solved.slots, { allowUnscheduled: true, tables: solved.tables }).violations).toEqual([]);
  });

  it("falls back to mode 2 when mode 1 finds no schedule though the counts allow one", async () => {
    // Three companies who all meet each other need three slots; each has only two meetings for two slots.
    const p = problem(2, [
      [0, 1],
      [1, 2],
      [0, 2],
    ]);
    const solved = await solveSchedule(p, options);
    expect(solved.mode).toBe("most-valuable");
    expect(Array.from(solved.slots).filter((s) => s >= 0)).toHaveLength(2);
  });
});
