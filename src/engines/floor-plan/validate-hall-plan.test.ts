import { describe, expect, it } from "vitest";
import type { HallPlan, PlanBooth } from "./types";
import { validateHallPlan } from "./validate-hall-plan";

const booth = (number: string, x: number, y: number, width = 3, height = 3): PlanBooth => ({ number, x, y, width, height });

const hall = (booths: PlanBooth[], extra: Partial<HallPlan> = {}): HallPlan => ({ width: 60, height: 40, entrances: [{ x: 30, y: 40 }], booths, ...extra });

describe("validateHallPlan", () => {
  it("accepts a sound plan, including booths that share an edge", () => {
    expect(validateHallPlan(hall([booth("A1", 2, 2), booth("A2", 5, 2), booth("B1", 2, 5)]))).toEqual([]);
  });

  it("names both booths that overlap", () => {
    const problems = validateHallPlan(hall([booth("A1", 2, 2), booth("A2", 4, 3), booth("C9", 20, 20)]));
    expect(problems).toHaveLength(1);
    expect(problems[0].path).toBe("booths[1]");
    expect(problems[0].message).toMatch(/A1.*A2.*overlap/);
  });

  it("reports a booth that sticks out of the hall", () => {
    const problems = validateHallPlan(hall([booth("Z1", 58, 10)]));
    expect(problems).toEqual([{ path: "booths[0]", message: expect.stringContaining("Booth Z1 lies outside the hall") }]);
  });

  it("reports duplicate, missing and overlong booth numbers", () => {
    const problems = validateHallPlan(hall([booth("A1", 2, 2), booth("A1", 10, 2), booth(" ", 20, 2), booth("X".repeat(21), 30, 2)]));
    expect(problems.map((p) => p.path)).toEqual(["booths[1].number", "booths[2].number", "booths[3].number"]);
    expect(problems[0].message).toContain("A1 is used twice");
  });

  it("reports sizes that are not positive and finite", () => {
    const problems = validateHallPlan(hall([booth("A1", 2, 2, 0, 3), booth("A2", 10, 2, 3, Number.NaN)]));
    expect(problems.map((p) => p.path)).toEqual(["booths[0].width", "booths[1].height"]);
  });

  it("checks the hall size", () => {
    const problems = validateHallPlan({ ...hall([]), width: 0, height: 2500 });
    expect(problems.map((p) => p.path)).toEqual(["width", "height"]);
  });

  it("reports a booth standing on an obstacle", () => {
    const problems = validateHallPlan(hall([booth("S1", 10, 10)], { obstacles: [{ x: 11, y: 11, width: 0.5, height: 0.5 }] }));
    expect(problems).toEqual([{ path: "booths[0]", message: expect.stringContaining("Booth S1 overlaps obstacle #1") }]);
  });

  it("requires an entrance on the hall boundary or inside, and not inside a booth", () => {
    expect(validateHallPlan(hall([], { entrances: [] }))).toEqual([{ path: "entrances", message: expect.any(String) }]);
    const problems = validateHallPlan(
      hall([booth("E1", 10, 10)], {
        entrances: [
          { x: 0, y: 20 },
          { x: 61, y: 5 },
          { x: 11, y: 11 },
        ],
      }),
    );
    expect(problems.map((p) => p.path)).toEqual(["entrances[1]", "entrances[2]"]);
    expect(problems[1].message).toContain("inside booth E1");
  });

  it("finds the one overlap among 2,000 booths", () => {
    const booths: PlanBooth[] = [];
    for (let row = 0; row < 40; row++) for (let column = 0; column < 50; column++) booths.push(booth(`R${row}-${column}`, column * 3, row * 4 + 1, 3, 3));
    booths[1234] = { ...booths[1234], x: booths[1234].x - 0.5 };
    const problems = validateHallPlan({ width: 160, height: 170, entrances: [{ x: 0, y: 0 }], booths });
    expect(problems).toEqual([{ path: "booths[1234]", message: "Booths R24-33 and R24-34 overlap by 0.5 m × 3 m" }]);
  });
});
