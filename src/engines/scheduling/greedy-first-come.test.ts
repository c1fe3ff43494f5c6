import { describe, expect, it } from "vitest";
import { generateForum } from "./generate-forum";
import { scheduleFirstComeFirstServed } from "./greedy-first-come";
import { scheduleMostValuable } from "./schedule-most-valuable";
import type { ProblemMeeting, SchedulingProblem } from "./types";
import { validateSchedule } from "./validate-schedule";

const meeting = (a: number, b: number, weight: number, extra: Partial<ProblemMeeting> = {}): ProblemMeeting => ({ a, b, weight, place: "table", ...extra });

describe("scheduleFirstComeFirstServed", () => {
  it("gives each request in turn the earliest slot where both sides and a table are free, else drops it", async () => {
    const problem: SchedulingProblem = {
      participants: 4,
      slots: 2,
      sessionOfSlot: [0, 0],
      tables: 1,
      meetings: [meeting(0, 1, 1), meeting(0, 2, 50), meeting(1, 2, 99), meeting(2, 3, 1, { place: "booth" })],
      forbidden: [[], [], [], []],
    };
    const schedule = await scheduleFirstComeFirstServed(problem, { upperBound: 200 });
    // The heavy third request comes too late: both its sides already met in the two slots.
    expect(Array.from(schedule.slots)).toEqual([0, 1, -1, 0]);
    expect(schedule.weight).toBe(52);
    expect(schedule.shareOfBound).toBeCloseTo(0.26, 6);
    expect(validateSchedule(problem, schedule.slots, { allowUnscheduled: true, tables: schedule.tables }).violations).toEqual([]);
  });

  it("follows a given request order and keeps locked meetings", async () => {
    const problem: SchedulingProblem = {
      participants: 3,
      slots: 2,
      sessionOfSlot: [0, 0],
      tables: 5,
      meetings: [meeting(0, 1, 1), meeting(0, 2, 1), meeting(1, 2, 1, { fixedSlot: 0 })],
      forbidden: [[], [], []],
    };
    const schedule = await scheduleFirstComeFirstServed(problem, { order: [1, 0, 2] });
    expect(Array.from(schedule.slots)).toEqual([-1, 1, 0]);
  });

  it("holds less weight than the most-valuable scheduler on a skewed forum", async () => {
    const { problem } = generateForum({ participants: 120, requests: 1200, slots: 8, sessions: 2, tables: 8, seed: 3 });
    const best = await scheduleMostValuable(problem, { timeLimitMs: 2000 });
    const baseline = await scheduleFirstComeFirstServed(problem, { upperBound: best.upperBound });
    expect(validateSchedule(problem, baseline.slots, { allowUnscheduled: true, tables: baseline.tables }).violations).toEqual([]);
    expect(baseline.weight).toBeLessThan(best.weight);
  });
});
