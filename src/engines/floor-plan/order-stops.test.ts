import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { type DistanceMatrix, openPathLength } from "./distance-matrix";
import { orderStopsExactly } from "./order-stops-exactly";
import { orderStopsHeuristically } from "./order-stops-heuristically";

/** Straight-line distances between points; point 0 is the entrance. */
const matrixOf = (points: Array<[number, number]>): DistanceMatrix => {
  const size = points.length;
  const values = new Float64Array(size * size);
  for (let a = 0; a < size; a++) for (let b = 0; b < size; b++) values[a * size + b] = Math.hypot(points[a][0] - points[b][0], points[a][1] - points[b][1]);
  return { size, values };
};

const permutations = (items: number[]): number[][] =>
  items.length <= 1 ? [items] : items.flatMap((item, i) => permutations([...items.slice(0, i), ...items.slice(i + 1)]).map((rest) => [item, ...rest]));

const pointsArbitrary = (min: number, max: number) =>
  fc.array(fc.tuple(fc.integer({ min: 0, max: 100 }), fc.integer({ min: 0, max: 60 })), { minLength: min + 1, maxLength: max + 1 });

describe("orderStopsExactly", () => {
  it("matches the best of all orders", () => {
    fc.assert(
      fc.property(pointsArbitrary(1, 7), (points) => {
        const matrix = matrixOf(points);
        const all = permutations(Array.from({ length: points.length - 1 }, (_, i) => i + 1));
        const best = Math.min(...all.map((order) => openPathLength(matrix, order)));
        expect(openPathLength(matrix, orderStopsExactly(matrix))).toBeCloseTo(best, 9);
      }),
      { numRuns: 60 },
    );
  });

  it("visits equally distant stops in booth-number order", () => {
    // Entrance in the middle, stops 1 and 2 mirrored on either side.
    expect(
      orderStopsExactly(
        matrixOf([
          [50, 0],
          [60, 0],
          [40, 0],
        ]),
      ),
    ).toEqual([1, 2]);
  });
});

describe("orderStopsHeuristically", () => {
  it("is never longer than the order given, nor shorter than the exact answer", () => {
    fc.assert(
      fc.property(
        pointsArbitrary(2, 9).chain((points) =>
          fc.tuple(
            fc.constant(points),
            fc.shuffledSubarray(
              Array.from({ length: points.length - 1 }, (_, i) => i + 1),
              { minLength: points.length - 1 },
            ),
          ),
        ),
        ([points, given]) => {
          const matrix = matrixOf(points);
          const heuristic = openPathLength(matrix, orderStopsHeuristically(matrix, given));
          expect(heuristic).toBeLessThanOrEqual(openPathLength(matrix, given) + 1e-9);
          expect(heuristic).toBeGreaterThanOrEqual(openPathLength(matrix, orderStopsExactly(matrix)) - 1e-9);
        },
      ),
      { numRuns: 60 },
    );
  });

  it("untangles a shuffled line of 40 stops", () => {
    const points: Array<[number, number]> = [[0, 0], ...Array.from({ length: 40 }, (_, i): [number, number] => [((i * 17) % 40) + 1, 0])];
    const order = orderStopsHeuristically(
      matrixOf(points),
      Array.from({ length: 40 }, (_, i) => i + 1),
    );
    expect(openPathLength(matrixOf(points), order)).toBeCloseTo(40, 9);
  });
});
