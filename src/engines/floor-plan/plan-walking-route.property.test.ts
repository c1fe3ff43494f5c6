import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { openPathLength } from "./distance-matrix";
import { measureRouteNodes } from "./measure-route-nodes";
import { planWalkingRoute } from "./plan-walking-route";
import { readRouteRequest } from "./read-route-request";
import type { HallPlan, PlanBooth } from "./types";

/** Up to 16 booths on a 4 × 4 lattice with 2 m aisles, in random sizes, and an entrance on the bottom wall. */
const planArbitrary = fc
  .record({
    present: fc.array(fc.boolean(), { minLength: 16, maxLength: 16 }),
    widths: fc.array(fc.constantFrom(2, 2.5, 3), { minLength: 16, maxLength: 16 }),
    heights: fc.array(fc.constantFrom(1.5, 2), { minLength: 16, maxLength: 16 }),
    entranceX: fc.integer({ min: 0, max: 24 }),
  })
  .filter(({ present }) => present.some(Boolean))
  .map(({ present, widths, heights, entranceX }): HallPlan => {
    const booths: PlanBooth[] = [];
    present.forEach((here, i) => {
      if (here) booths.push({ number: `B${i + 1}`, x: 2 + (i % 4) * 5, y: 2 + Math.floor(i / 4) * 4, width: widths[i], height: heights[i] });
    });
    return { width: 24, height: 18, entrances: [{ x: entranceX, y: 18 }], booths };
  });

const withStops = planArbitrary.chain((plan) =>
  fc.tuple(
    fc.constant(plan),
    fc.shuffledSubarray(
      plan.booths.map((b) => b.number),
      { minLength: 1, maxLength: Math.min(7, plan.booths.length) },
    ),
  ),
);

describe("planWalkingRoute on random halls", () => {
  it("is never longer than visiting the booths in the order given", () => {
    fc.assert(
      fc.property(withStops, ([plan, stops]) => {
        const route = planWalkingRoute(plan, { stops });
        const settings = readRouteRequest(plan, { stops });
        const givenLength = openPathLength(measureRouteNodes(plan, settings).matrix, settings.givenOrder);
        expect(route.totalDistanceMetres).toBeLessThanOrEqual(givenLength + 0.01);
        expect([...route.order].sort()).toEqual([...stops].sort());
      }),
      { numRuns: 40 },
    );
  });

  it("never walks through a booth", () => {
    fc.assert(
      fc.property(withStops, ([plan, stops]) => {
        for (const leg of planWalkingRoute(plan, { stops }).legs) {
          for (let i = 1; i < leg.path.length; i++) {
            const [a, b] = [leg.path[i - 1], leg.path[i]];
            for (let t = 0; t <= 1; t += 0.02) {
              const p = { x: a.x + (b.x - a.x) * t, y: a.y + (b.y - a.y) * t };
              const inside = plan.booths.some((o) => p.x > o.x + 1e-6 && p.x < o.x + o.width - 1e-6 && p.y > o.y + 1e-6 && p.y < o.y + o.height - 1e-6);
              expect(inside).toBe(false);
            }
          }
        }
      }),
      { numRuns: 40 },
    );
  });
});
