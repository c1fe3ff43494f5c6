import { describe, expect, it } from "vitest";
import { planWalkingRoute } from "./plan-walking-route";
import type { HallPlan, PlanBooth, Point, WalkingRoute } from "./types";
import { WalkingRouteError } from "./walking-route-error";

const booth = (number: string, x: number, y: number, width = 3, height = 3): PlanBooth => ({ number, x, y, width, height });

/** Booths along the top wall of a corridor; the entrance in the middle of the bottom wall. */
const corridor: HallPlan = {
  width: 22,
  height: 4,
  entrances: [{ x: 10, y: 4 }],
  booths: [booth("P", 12.5, 0, 1, 1), booth("Q", 5.5, 0, 1, 1), booth("R", 14.5, 0, 1, 1)],
};

/** A wall of booths between the entrance (left) and booth T (right), open only at the bottom. */
const walled: HallPlan = {
  width: 20,
  height: 10,
  entrances: [{ x: 0, y: 5 }],
  booths: [booth("W1", 8, 0, 2, 4), booth("W2", 8, 4, 2, 4), booth("T", 14, 3, 3, 3)],
};

const strictlyInside = (p: Point, b: PlanBooth): boolean => p.x > b.x + 1e-6 && p.x < b.x + b.width - 1e-6 && p.y > b.y + 1e-6 && p.y < b.y + b.height - 1e-6;

const expectPathsClearOfBooths = (route: WalkingRoute, plan: HallPlan): void => {
  for (const leg of route.legs) {
    for (let i = 1; i < leg.path.length; i++) {
      const [a, b] = [leg.path[i - 1], leg.path[i]];
      for (let step = 0; step <= 100; step++) {
        const p = { x: a.x + ((b.x - a.x) * step) / 100, y: a.y + ((b.y - a.y) * step) / 100 };
        const hit = plan.booths.find((booth) => strictlyInside(p, booth));
        expect(hit, `leg to ${leg.to} crosses booth ${hit?.number} at (${p.x}, ${p.y})`).toBeUndefined();
      }
    }
  }
};

describe("planWalkingRoute", () => {
  it("finds the shorter order where always walking to the nearest booth goes wrong", () => {
    const nearestFirst = planWalkingRoute(corridor, { stops: ["P"] }).legs[0].distanceMetres;
    const route = planWalkingRoute(corridor, { stops: ["P", "Q", "R"] });
    // Greedy would go P, R, then all the way back to Q; going to Q first saves the walk back.
    expect(route.order).toEqual(["Q", "P", "R"]);
    expect(route.legs[0].distanceMetres).toBeGreaterThan(nearestFirst);
    expect(route.optimal).toBe(true);
  });

  it("walks around a wall of booths, further than the straight line", () => {
    const route = planWalkingRoute(walled, { stops: ["T"] });
    const leg = route.legs[0];
    const [start, end] = [leg.path[0], leg.path[leg.path.length - 1]];
    expect(start).toEqual({ x: 0, y: 5 });
    expect(leg.distanceMetres).toBeGreaterThan(Math.hypot(end.x - start.x, end.y - start.y) + 1);
    expect(leg.path.some((p) => p.y > 8)).toBe(true);
    expect(leg.path.length).toBeLessThanOrEqual(5);
    expectPathsClearOfBooths(route, walled);
  });

  it("never draws a path through a booth on a hall full of them", () => {
    const booths: PlanBooth[] = [];
    for (let row = 0; row < 4; row++)
      for (let column = 0; column < 6; column++) booths.push(booth(`${"ABCD"[row]}${column + 1}`, 2 + column * 4.5, 2 + row * 5, 3.5, 3));
    const plan: HallPlan = { width: 30, height: 24, entrances: [{ x: 15, y: 24 }], booths };
    const route = planWalkingRoute(plan, { stops: ["A1", "D6", "B3", "C4", "A6", "D1", "B5"] });
    expect(route.order).toHaveLength(7);
    expectPathsClearOfBooths(route, plan);
  });

  it("leaves an entrance drawn close to a booth without walking through that booth, and names a booth that blocks it", () => {
    const plan: HallPlan = { width: 20, height: 10, entrances: [{ x: 0, y: 5 }], booths: [booth("H", 0.3, 4, 1, 2), booth("K", 12, 3)] };
    const route = planWalkingRoute(plan, { stops: ["K"] });
    expect(route.legs[0].path[0]).toEqual({ x: 0, y: 5 });
    expectPathsClearOfBooths(route, plan);
    const hemmedIn = { ...plan, booths: [booth("H", 0.05, 4, 1, 2), booth("K", 12, 3)] };
    expect(() => planWalkingRoute(hemmedIn, { stops: ["K"] })).toThrow(/hemmed in by booth H/);
  });

  it("keeps time: walking at the given speed plus minutes at each stop", () => {
    const route = planWalkingRoute(corridor, { stops: ["P", "R"], walkingSpeedMetresPerMinute: 10, minutesPerStop: { P: 2 } });
    const [first, second] = route.legs;
    // Each figure is rounded to 0.01 on its own, so sums of rounded figures agree to about 0.01.
    expect(first.walkMinutes).toBeCloseTo(first.distanceMetres / 10, 1);
    expect(first.departureMinute).toBeCloseTo(first.arrivalMinute + 2, 1);
    expect(second.arrivalMinute).toBeCloseTo(first.departureMinute + second.walkMinutes, 1);
    expect(route.totalMinutes).toBeCloseTo(second.arrivalMinute + 5, 1);
    expect(route.totalDistanceMetres).toBeCloseTo(first.distanceMetres + second.distanceMetres, 1);
  });

  it("breaks ties by booth number", () => {
    const mirror: HallPlan = { width: 20, height: 4, entrances: [{ x: 10, y: 4 }], booths: [booth("B", 4, 0, 2, 1), booth("A", 14, 0, 2, 1)] };
    expect(planWalkingRoute(mirror, { stops: ["B", "A"] }).order).toEqual(["A", "B"]);
  });

  it("names the booth that is unknown, repeated or unreachable", () => {
    const error = (request: Parameters<typeof planWalkingRoute>[1], plan = corridor) => {
      try {
        planWalkingRoute(plan, request);
      } catch (caught) {
        return caught;
      }
      return null;
    };
    expect(error({ stops: ["P", "Z9"] })).toMatchObject({ code: "unknown-booth", boothNumber: "Z9", message: expect.stringContaining("Z9") });
    expect(error({ stops: ["P", "P"] })).toMatchObject({ code: "duplicate-stop", boothNumber: "P" });
    expect(error({ stops: ["P"] })).toBeNull();
    const boxedIn: HallPlan = {
      ...walled,
      booths: [...walled.booths, booth("X1", 13, 2, 5, 1), booth("X2", 13, 6, 5, 1), booth("X3", 13, 3, 1, 3), booth("X4", 17, 3, 1, 3)],
    };
    const unreachable = error({ stops: ["T"] }, boxedIn);
    expect(unreachable).toBeInstanceOf(RangeError);
    expect(unreachable).toMatchObject({ code: "unreachable-booth", message: expect.stringContaining("Booth T cannot be reached") });
  });

  it("refuses more than 60 stops and a missing entrance", () => {
    const many = Array.from({ length: 61 }, (_, i) => `S${i}`);
    expect(() => planWalkingRoute(corridor, { stops: many })).toThrow(WalkingRouteError);
    expect(() => planWalkingRoute(corridor, { stops: many })).toThrow(/at most 60/);
    expect(() => planWalkingRoute(corridor, { stops: ["P"], entrance: 3 })).toThrow(/Entrance 3 does not exist/);
  });

  it("returns an empty route for no stops", () => {
    expect(planWalkingRoute(corridor, { stops: [] })).toEqual({ order: [], legs: [], totalDistanceMetres: 0, totalMinutes: 0, optimal: true });
  });
});
