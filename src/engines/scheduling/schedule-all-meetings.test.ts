import { describe, expect, it } from "vitest";
import { createRandom } from "./random";
import { scheduleAllMeetings } from "./schedule-all-meetings";
import type { ProblemMeeting, SchedulingProblem } from "./types";
import { validateSchedule } from "./validate-schedule";

const solve = (problem: SchedulingProblem, fairness = 2) => {
  const schedule = scheduleAllMeetings(problem, { fairness, seed: 3, maxIterations: 10_000_000, timeLimitMs: 120_000 });
  const check = validateSchedule(problem, schedule.slots, { fairness, tables: schedule.tables });
  expect(check.violations).toEqual([]);
  expect(schedule.breaks).toBe(check.breaks);
  expect(schedule.spread).toBe(check.spread);
  return schedule;
};

describe("scheduleAllMeetings on small hand-made forums", () => {
  it("chains a host's meetings without breaks, around a fixed meeting and a forbidden slot", () => {
    // Host 0 meets 1..4; 3 is fixed to slot 2; participant 4 cannot come in slot 0 or 1.
    const problem: SchedulingProblem = {
      participants: 5,
      slots: 6,
      sessionOfSlot: [0, 0, 0, 1, 1, 1],
      tables: 1,
      meetings: [1, 2, 3, 4].map((b): ProblemMeeting => ({ a: 0, b, place: "table", fixedSlot: b === 3 ? 2 : undefined })),
      forbidden: [[], [], [], [], [0, 1]],
    };
    const schedule = solve(problem);
    expect(schedule.breaks).toBe(0);
    expect(schedule.provenOptimal).toBe(true);
    expect(schedule.slots[2]).toBe(2);
    const used = [...schedule.slots].sort((x, y) => x - y);
    expect(used[3] - used[0]).toBe(3);
    expect(schedule.slots[3]).toBeGreaterThanOrEqual(2);
  });

  it("lets booth meetings run beside a full table area", () => {
    // One table, two pairs that must meet in the same two slots: only possible because one pair meets at a booth.
    const problem: SchedulingProblem = {
      participants: 4,
      slots: 2,
      sessionOfSlot: [0, 0],
      tables: 1,
      meetings: [
        { a: 0, b: 1, place: "table" },
        { a: 2, b: 3, place: "booth" },
        { a: 0, b: 1, place: "table" },
        { a: 2, b: 3, place: "online" },
      ],
      forbidden: [[], [], [], []],
    };
    const schedule = solve(problem);
    expect([...schedule.tables]).toEqual([1, 0, 1, 0]);
  });

  it("accepts a forced break and reports the bound that proves it", () => {
    // Participant 0 meets three others; slot 1 is forbidden to it, so one break is unavoidable.
    const problem: SchedulingProblem = {
      participants: 4,
      slots: 4,
      sessionOfSlot: [0, 0, 0, 0],
      tables: 2,
      meetings: [1, 2, 3].map((b): ProblemMeeting => ({ a: 0, b, place: "table" })),
      forbidden: [[1], [], [], []],
    };
    const schedule = solve(problem);
    expect(schedule.breaks).toBe(1);
    expect(schedule.lowerBound).toBe(1);
    expect(schedule.provenOptimal).toBe(true);
  });

  it("refuses fairness that cannot hold, and a meeting with no common slot", () => {
    const problem: SchedulingProblem = {
      participants: 4,
      slots: 5,
      sessionOfSlot: [0, 0, 0, 0, 0],
      tables: 2,
      meetings: [
        { a: 0, b: 1, place: "table", allowedSlots: [0] },
        { a: 0, b: 2, place: "table", allowedSlots: [2] },
        { a: 0, b: 3, place: "table", allowedSlots: [4] },
        { a: 1, b: 2, place: "table" },
      ],
      forbidden: [[], [], [], []],
    };
    // Participant 0 has two forced breaks while 3 has a single meeting and so none.
    expect(() => scheduleAllMeetings(problem, { fairness: 1 })).toThrow("No schedule can keep break counts within 1 of each other");
    expect(solve(problem, 2).breaks).toBe(2);
    const blocked = { ...problem, forbidden: [[], [1, 2, 3], [0, 4], []] };
    expect(() => scheduleAllMeetings(blocked)).toThrow("Meeting 3 (participants 1 and 2) has no slot both sides can attend");
  });

  it("gives the same schedule for the same seed", () => {
    const problem = plantedForum(createRandom(5), 16, 8);
    const first = scheduleAllMeetings(problem, { seed: 9, maxIterations: 50_000, timeLimitMs: 60_000 });
    const second = scheduleAllMeetings(problem, { seed: 9, maxIterations: 50_000, timeLimitMs: 60_000 });
    expect([...first.slots]).toEqual([...second.slots]);
  });
});

// The search is bounded by a move budget, not the clock, so the result is the same on any machine;
// the timeout only allows for a busy one (a loaded CI machine needed more than the default 5 s).
describe("scheduleAllMeetings on generated forums with a hidden break-free schedule", { timeout: 60_000 }, () => {
  for (const [seed, participants, slots] of [
    [1, 20, 8],
    [2, 30, 10],
    [3, 40, 12],
    [4, 24, 16],
  ]) {
    it(`finds a break-free schedule (${participants} participants, ${slots} slots, seed ${seed})`, () => {
      const problem = plantedForum(createRandom(seed), participants, slots);
      const schedule = solve(problem);
      expect(schedule.breaks).toBe(0);
      expect(schedule.provenOptimal).toBe(true);
    });
  }
});

/**
 * A forum built from a schedule without breaks, which is then hidden: slot by slot, some busy
 * participants finish for the day and as many (same parity) newcomers start, and the busy ones
 * are paired at random. Tables are as many as the busiest slot needs; some meetings are at a
 * booth, some fixed, and participants cannot come in slots outside their hidden block.
 */
function plantedForum(random: () => number, participants: number, slots: number): SchedulingProblem {
  const pick = (n: number) => Math.floor(random() * n);
  const fresh = Array.from({ length: participants }, (_, p) => p).sort(() => random() - 0.5);
  let busy = fresh.splice(0, 2 * (2 + pick(participants / 4)));
  const meetings: ProblemMeeting[] = [];
  const hidden: number[] = [];
  const first = new Array<number>(participants).fill(-1);
  const last = new Array<number>(participants).fill(-1);
  let tables = 0;
  for (let t = 0; t < slots; t++) {
    if (t > 0) {
      const leaving = Math.min(pick(3), busy.length);
      const joining = Math.min(fresh.length, leaving + 2 * pick(2));
      const even = (leaving + joining) % 2 === 0 ? joining : joining - 1;
      busy = busy
        .sort(() => random() - 0.5)
        .slice(leaving)
        .concat(fresh.splice(0, Math.max(0, even)));
    }
    if (busy.length % 2 === 1) busy.pop();
    const order = busy.slice().sort(() => random() - 0.5);
    let atTables = 0;
    for (let i = 0; i + 1 < order.length; i += 2) {
      const place = random() < 0.2 ? "booth" : "table";
      if (place === "table") atTables++;
      meetings.push({ a: order[i], b: order[i + 1], place, fixedSlot: random() < 0.05 ? t : undefined });
      hidden.push(t);
      for (const p of [order[i], order[i + 1]]) {
        if (first[p] < 0) first[p] = t;
        last[p] = t;
      }
    }
    tables = Math.max(tables, atTables);
  }
  const forbidden = Array.from({ length: participants }, (_, p) =>
    first[p] < 0 ? [] : Array.from({ length: slots }, (_, t) => t).filter((t) => (t < first[p] || t > last[p]) && random() < 0.3),
  );
  expect(validateSchedule({ participants, slots, sessionOfSlot: new Array(slots).fill(0), tables, meetings, forbidden }, hidden).breaks).toBe(0);
  return { participants, slots, sessionOfSlot: Array.from({ length: slots }, (_, t) => (t < slots / 2 ? 0 : 1)), tables, meetings, forbidden };
}
