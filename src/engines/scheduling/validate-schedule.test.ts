import { describe, expect, it } from "vitest";
import type { SchedulingProblem } from "./types";
import { validateSchedule } from "./validate-schedule";

// Four participants, six slots (two sessions of three), one table; meeting 3 is at a booth.
const problem: SchedulingProblem = {
  participants: 4,
  slots: 6,
  sessionOfSlot: [0, 0, 0, 1, 1, 1],
  tables: 1,
  meetings: [
    { a: 0, b: 1, place: "table" },
    { a: 0, b: 2, place: "table", allowedSlots: [0, 1, 2] },
    { a: 0, b: 3, place: "table", fixedSlot: 5 },
    { a: 1, b: 2, place: "booth" },
  ],
  forbidden: [[], [4], [], []],
};

describe("validateSchedule", () => {
  it("accepts a valid schedule and counts breaks across the lunch pause", () => {
    const check = validateSchedule(problem, [2, 1, 5, 3], { fairness: 2, tables: [1, 1, 1, 0] });
    expect(check.violations).toEqual([]);
    // Participant 0 meets in slots 1, 2 and 5: one gap (slots 3-4) is one break, whatever its length.
    // Participant 1 meets in 2 and 3, last morning slot then first afternoon slot: no break.
    expect(check.breaksPerParticipant).toEqual([1, 0, 1, 0]);
    expect(check.breaks).toBe(2);
    expect(check.spread).toBe(1);
  });

  it("names every broken rule", () => {
    const check = validateSchedule(problem, [1, 1, 4, 4], { fairness: 0, tables: [1, 1, 2, 0] });
    expect(check.violations).toEqual([
      "meeting 2 (participants 0 and 3) is fixed to slot 5 but is in slot 4",
      "meeting 3 (participants 1 and 2) is in slot 4, which participant 1 cannot attend",
      "participant 0 has meeting 0 (participants 0 and 1) and meeting 1 (participants 0 and 2) both in slot 1",
      "slot 1 holds 2 meetings at tables, more than the 1 tables",
      "meeting 0 (participants 0 and 1) and meeting 1 (participants 0 and 2) share table 1 in slot 1",
      "meeting 2 (participants 0 and 3) has table 2, outside 1..1",
      "break counts range from 0 to 1, a spread of 1 above the allowed 0",
    ]);
  });

  it("checks slots, sessions and unscheduled meetings", () => {
    expect(validateSchedule(problem, [0, 3, 5, 7]).violations).toEqual([
      "meeting 1 (participants 0 and 2) is in slot 3, not one of its allowed slots",
      "meeting 3 (participants 1 and 2) has slot 7, outside 0..5",
    ]);
    expect(validateSchedule(problem, [-1, 0, 5, 1]).violations).toEqual(["meeting 0 (participants 0 and 1) has no slot"]);
    const modeTwo = validateSchedule(problem, [-1, 0, 5, -1], { allowUnscheduled: true });
    expect(modeTwo.violations).toEqual([]);
    // Participant 1 has no scheduled meeting, so it does not count towards the spread.
    expect(modeTwo.breaksPerParticipant).toEqual([1, 0, 0, 0]);
    expect(modeTwo.spread).toBe(1);
    expect(validateSchedule(problem, [0, 1]).violations[0]).toBe("expected 4 slots, one per meeting, got 2");
  });

  it("does not count the night between two days as a break", () => {
    const twoDays: SchedulingProblem = { ...problem, dayOfSlot: [0, 0, 0, 1, 1, 1] };
    expect(validateSchedule(twoDays, [2, 0, 5, 3]).breaksPerParticipant).toEqual([1, 0, 0, 0]);
    expect(validateSchedule(twoDays, [2, 1, 4, 3]).breaksPerParticipant).toEqual([0, 0, 0, 0]);
  });
});
