import { describe, expect, it } from "vitest";
import { assignTables } from "./assign-tables";
import type { SchedulingProblem } from "./types";
import { validateSchedule } from "./validate-schedule";

const problem: SchedulingProblem = {
  participants: 6,
  slots: 4,
  sessionOfSlot: [0, 0, 1, 1],
  tables: 2,
  meetings: [
    { a: 0, b: 2, place: "table" },
    { a: 1, b: 3, place: "table" },
    { a: 1, b: 4, place: "table" },
    { a: 0, b: 5, place: "table" },
    { a: 0, b: 3, place: "booth" },
    { a: 1, b: 2, place: "table" },
    { a: 4, b: 5, place: "table" },
  ],
  forbidden: [[], [], [], [], [], []],
};

describe("assignTables", () => {
  it("keeps hosts at their table from slot to slot and gives booth meetings none", () => {
    // Slot 0: 0-2 and 1-3; slot 1: 1-4 and 0-5 (listed in the other order); slot 2: 0-3 at a booth, 1-2 and 4-5.
    const slots = [0, 0, 1, 1, 2, 2, 2];
    const tables = assignTables(problem, slots);
    expect(tables[0]).toBe(tables[3]);
    expect(tables[1]).toBe(tables[2]);
    expect(tables[4]).toBe(0);
    expect(validateSchedule(problem, slots, { tables }).violations).toEqual([]);
  });

  it("starts afresh after the lunch pause and skips unscheduled meetings", () => {
    const tables = assignTables(problem, [0, 0, 1, 1, -1, 2, -1]);
    // Host 1 sat at table 2 before lunch; after it, the first free table.
    expect(tables[2]).toBe(2);
    expect(tables[5]).toBe(1);
    expect(tables[4]).toBe(0);
    expect(tables[6]).toBe(0);
  });
});
