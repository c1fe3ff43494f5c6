import { describe, expect, it } from "vitest";
import { generateForum } from "./generate-forum";
import { validateSchedule } from "./validate-schedule";

const shape = { participants: 400, requests: 4000, slots: 16, sessions: 2, tables: 30, seed: 7 };

describe("generateForum", () => {
  it("is deterministic for a seed and different across seeds", () => {
    expect(generateForum(shape)).toEqual(generateForum(shape));
    expect(generateForum({ ...shape, seed: 8 }).problem.meetings).not.toEqual(generateForum(shape).problem.meetings);
  });

  it("makes the requested number of distinct requests with skewed popularity", () => {
    const { problem } = generateForum(shape);
    expect(problem.meetings).toHaveLength(shape.requests);
    const pairs = new Set(problem.meetings.map((m) => `${Math.min(m.a, m.b)}-${Math.max(m.a, m.b)}`));
    expect(pairs.size).toBe(shape.requests);
    const degree = new Array<number>(shape.participants).fill(0);
    for (const m of problem.meetings) {
      degree[m.a]++;
      degree[m.b]++;
    }
    const sorted = [...degree].sort((x, y) => y - x);
    expect(sorted[0]).toBeGreaterThan(shape.slots * 5);
    expect(sorted[0]).toBeGreaterThan(5 * sorted[Math.floor(shape.participants / 2)]);
  });

  it("mixes places, mutual requests, priorities and weights in request order", () => {
    const { problem, mutual, priority } = generateForum(shape);
    const places = new Set(problem.meetings.map((m) => m.place));
    expect(places).toEqual(new Set(["table", "booth", "online"]));
    expect(mutual.some((x) => x === 1)).toBe(true);
    expect(priority.some((x) => x > 0)).toBe(true);
    // Same class, earlier request: more weight.
    const zero = problem.meetings.filter((_, i) => mutual[i] === 0 && priority[i] === 0);
    expect(zero[0].weight).toBeGreaterThan(zero[zero.length - 1].weight ?? 0);
  });

  it("locks a few meetings into slots that fit together", () => {
    const { problem } = generateForum(shape);
    const slots = problem.meetings.map((m) => m.fixedSlot ?? -1);
    expect(slots.filter((s) => s >= 0).length).toBeGreaterThan(0);
    expect(validateSchedule(problem, slots, { allowUnscheduled: true }).violations).toEqual([]);
  });
});
