import { describe, expect, it } from "vitest";
import { generateForum } from "./generate-forum";
import { lpUpperBound } from "./lp-bound";
import { createRandom } from "./random";
import { scheduleMostValuable } from "./schedule-most-valuable";
import type { ValuableSchedule } from "./summarise-selection";
import type { ProblemMeeting, SchedulingProblem } from "./types";
import { validateSchedule } from "./validate-schedule";

type Spec = Partial<SchedulingProblem> & { participants: number; slots: number; meetings: ProblemMeeting[] };
const problemOf = (spec: Spec): SchedulingProblem => ({
  tables: 10,
  sessionOfSlot: new Array(spec.slots).fill(0),
  forbidden: Array.from({ length: spec.participants }, () => []),
  ...spec,
});
const meeting = (a: number, b: number, weight: number, extra: Partial<ProblemMeeting> = {}): ProblemMeeting => ({ a, b, weight, place: "table", ...extra });

/** The independent validator must accept every schedule mode 2 returns, and agree on its breaks. */
function expectValid(problem: SchedulingProblem, schedule: ValuableSchedule) {
  const check = validateSchedule(problem, schedule.slots, { allowUnscheduled: true, tables: schedule.tables });
  expect(check.violations).toEqual([]);
  expect(schedule.breaks).toBe(check.breaks);
  expect(schedule.spread).toBe(check.spread);
  const held = problem.meetings.filter((_, m) => schedule.slots[m] >= 0);
  expect(schedule.scheduled).toBe(held.length);
  expect(schedule.weight).toBeCloseTo(
    held.reduce((sum, m) => sum + (m.weight ?? 1), 0),
    6,
  );
  expect(schedule.weight).toBeLessThanOrEqual(schedule.upperBound * (1 + 1e-9));
}

const solve = async (problem: SchedulingProblem) => {
  const schedule = await scheduleMostValuable(problem, { timeLimitMs: 2000 });
  expectValid(problem, schedule);
  return schedule;
};

describe("scheduleMostValuable", () => {
  it("gives a participant's only slot to the heavier request", async () => {
    const problem = problemOf({ participants: 3, slots: 1, meetings: [meeting(0, 1, 2), meeting(0, 2, 5)] });
    const schedule = await solve(problem);
    expect(Array.from(schedule.slots)).toEqual([-1, 0]);
    expect(schedule.weight).toBe(5);
    expect(schedule.upperBound).toBeCloseTo(5, 6);
    expect(schedule.shareOfBound).toBeCloseTo(1, 6);
  });

  it("with equal weights holds as many as fit, the earlier request first", async () => {
    const problem = problemOf({ participants: 4, slots: 1, meetings: [meeting(0, 1, 1), meeting(0, 2, 1), meeting(3, 1, 1), meeting(3, 2, 1)] });
    const schedule = await solve(problem);
    expect(schedule.scheduled).toBe(2);
    expect(schedule.slots[0]).toBe(0);
    expect(schedule.slots[3]).toBe(0);
  });

  it("keeps a locked meeting in its slot even when it blocks a heavier one", async () => {
    const problem = problemOf({ participants: 3, slots: 2, meetings: [meeting(0, 1, 100), meeting(0, 2, 1, { fixedSlot: 1 })], forbidden: [[0], [], []] });
    const schedule = await solve(problem);
    expect(Array.from(schedule.slots)).toEqual([-1, 1]);
    expect(schedule.upperBound).toBeCloseTo(1, 6);
  });

  it("fills the tables with the heaviest table meetings while booth meetings need none", async () => {
    const problem = problemOf({
      participants: 8,
      slots: 1,
      tables: 1,
      meetings: [meeting(0, 1, 3), meeting(2, 3, 7), meeting(4, 5, 5), meeting(6, 7, 1, { place: "booth" })],
    });
    const schedule = await solve(problem);
    expect(Array.from(schedule.slots)).toEqual([-1, 0, -1, 0]);
    expect(Array.from(schedule.tables)).toEqual([0, 1, 0, 0]);
  });

  it("moves a placed meeting to make room for the next one", async () => {
    // Participant 2 can only meet in slot 0; the heavier meeting of participant 0 must yield it.
    const problem = problemOf({ participants: 3, slots: 2, meetings: [meeting(0, 1, 10), meeting(0, 2, 9)], forbidden: [[], [], [1]] });
    const schedule = await solve(problem);
    expect(Array.from(schedule.slots)).toEqual([1, 0]);
  });

  it("trades one heavy meeting for two lighter ones that are worth more together", async () => {
    // Heaviest first would hold (0,1) alone, worth 3; (0,2) and (1,3) together are worth 4.
    const problem = problemOf({ participants: 4, slots: 1, meetings: [meeting(0, 1, 3), meeting(0, 2, 2), meeting(1, 3, 2)] });
    const schedule = await solve(problem);
    expect(Array.from(schedule.slots)).toEqual([-1, 0, 0]);
    expect(schedule.weight).toBe(4);
  });

  it("respects allowed slots and forbidden slots", async () => {
    const problem = problemOf({
      participants: 3,
      slots: 4,
      sessionOfSlot: [0, 0, 1, 1],
      meetings: [meeting(0, 1, 1, { allowedSlots: [2, 3] }), meeting(0, 2, 1), meeting(1, 2, 1, { allowedSlots: [0] })],
      forbidden: [[3], [], [0]],
    });
    const schedule = await solve(problem);
    expect(schedule.slots[0]).toBe(2);
    expect(schedule.slots[2]).toBe(-1);
  });

  it("arranges the held meetings without breaks when it can", async () => {
    // A star of four meetings around participant 0 in six slots: any contiguous block has no break.
    const problem = problemOf({ participants: 5, slots: 6, meetings: [1, 2, 3, 4].map((b) => meeting(0, b, 1)), forbidden: [[], [0, 1], [5], [], [2]] });
    const schedule = await solve(problem);
    expect(schedule.scheduled).toBe(4);
    expect(schedule.breaks).toBe(0);
    expect(schedule.provenOptimal).toBe(true);
  });

  it("counts a gap across the session pause only within the day", async () => {
    const problem = problemOf({
      participants: 3,
      slots: 4,
      sessionOfSlot: [0, 0, 1, 1],
      dayOfSlot: [0, 0, 1, 1],
      meetings: [meeting(0, 1, 1, { fixedSlot: 0 }), meeting(0, 2, 1, { fixedSlot: 3 })],
    });
    const schedule = await solve(problem);
    expect(schedule.breaks).toBe(0);
  });

  it("refuses locked meetings that cannot all keep their slots", async () => {
    const problem = problemOf({ participants: 3, slots: 2, meetings: [meeting(0, 1, 1, { fixedSlot: 0 }), meeting(0, 2, 1, { fixedSlot: 0 })] });
    await expect(scheduleMostValuable(problem)).rejects.toThrow(/meeting 1: fixed slot 0/);
  });
});

/** The best weight any schedule can hold, by trying every slot (or none) for every meeting. */
function bestWeightByBruteForce(problem: SchedulingProblem): number {
  const { meetings, slots, tables } = problem;
  const busy = new Set<number>();
  const load = new Array<number>(slots).fill(0);
  let best = 0;
  const visit = (m: number, weight: number) => {
    if (m === meetings.length) {
      best = Math.max(best, weight);
      return;
    }
    const meeting = meetings[m];
    const choices = meeting.fixedSlot !== undefined ? [meeting.fixedSlot] : (meeting.allowedSlots ?? [...Array(slots).keys()]);
    for (const s of choices) {
      const keys = [meeting.a * slots + s, meeting.b * slots + s];
      if (keys.some((k) => busy.has(k)) || problem.forbidden[meeting.a].includes(s) || problem.forbidden[meeting.b].includes(s)) continue;
      if (meeting.place === "table" && load[s] === tables) continue;
      for (const k of keys) busy.add(k);
      if (meeting.place === "table") load[s]++;
      visit(m + 1, weight + (meeting.weight ?? 1));
      for (const k of keys) busy.delete(k);
      if (meeting.place === "table") load[s]--;
    }
    if (meeting.fixedSlot === undefined) visit(m + 1, weight);
  };
  visit(0, 0);
  return best;
}

function randomSmallProblem(seed: number): SchedulingProblem {
  const random = createRandom(seed);
  const participants = 4 + Math.floor(random() * 3);
  const slots = 2 + Math.floor(random() * 2);
  const meetings: ProblemMeeting[] = [];
  while (meetings.length < 9) {
    const a = Math.floor(random() * participants);
    const b = Math.floor(random() * participants);
    if (a === b) continue;
    const roll = random();
    meetings.push(meeting(a, b, 1 + Math.floor(random() * 8), { place: roll < 0.3 ? "booth" : "table", allowedSlots: roll > 0.85 ? [0] : undefined }));
  }
  meetings[0].fixedSlot = 0;
  meetings[0].allowedSlots = undefined;
  return problemOf({
    participants,
    slots,
    tables: 1 + Math.floor(random() * 2),
    meetings,
    forbidden: Array.from({ length: participants }, (_, p) => (p !== meetings[0].a && p !== meetings[0].b && random() < 0.3 ? [slots - 1] : [])),
  });
}

describe("LP bound and selection against brute force", () => {
  it("bounds the best schedule from above and the solver stays within it", async () => {
    let optimal = 0;
    for (let seed = 1; seed <= 60; seed++) {
      const problem = randomSmallProblem(seed);
      const best = bestWeightByBruteForce(problem);
      const aggregated = await lpUpperBound(problem, { perSlot: false });
      const perSlot = await lpUpperBound(problem, { perSlot: true });
      expect(aggregated.upperBound).toBeGreaterThanOrEqual(best - 1e-6);
      expect(perSlot.upperBound).toBeGreaterThanOrEqual(best - 1e-6);
      // The assignment relaxation implies every aggregated row, so it is never looser.
      expect(perSlot.upperBound).toBeLessThanOrEqual(aggregated.upperBound + 1e-6);
      const schedule = await solve(problem);
      expect(schedule.weight).toBeLessThanOrEqual(best + 1e-9);
      if (schedule.weight === best) optimal++;
    }
    // A heuristic, but on problems this small it should almost always reach the optimum.
    expect(optimal).toBeGreaterThanOrEqual(55);
  });
});

describe("generated forums", () => {
  it("returns valid schedules over one day and over two", async () => {
    for (let seed = 1; seed <= 6; seed++) {
      const { problem } = generateForum({ participants: 60, requests: 400, slots: 8, sessions: 2, tables: 5, seed });
      const twoDays = { ...problem, dayOfSlot: problem.sessionOfSlot };
      for (const instance of seed % 2 === 0 ? [problem] : [twoDays]) {
        const schedule = await solve(instance);
        expect(schedule.shareOfBound).toBeGreaterThan(0.95);
        for (const [m, held] of instance.meetings.entries()) if (held.fixedSlot !== undefined) expect(schedule.slots[m]).toBe(held.fixedSlot);
      }
    }
  });
});
