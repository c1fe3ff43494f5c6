import { describe, expect, it } from "vitest";
import { balassaRca, computeRca } from "./rca";

describe("revealed comparative advantage", () => {
  it("is the product's share in the location's exports over its share in the world's", () => {
    // Silk is half of TJ's exports but a tenth of the world's: RCA 5.
    expect(balassaRca(50, 100, 100, 1000)).toBeCloseTo(5, 12);
  });

  it("computes every location and product of a small world", () => {
    const rows = computeRca([
      { location: "TJ", product: "silk", value: 10 },
      { location: "TJ", product: "cars", value: 10 },
      { location: "DE", product: "cars", value: 80 },
    ]);
    // World: silk 10, cars 90, total 100. TJ silk: (10/20)/(10/100) = 5; TJ cars: (10/20)/(90/100) = 5/9; DE cars: 1/(0.9).
    expect(rows.map((r) => r.rca)).toEqual([expect.closeTo(5, 12), expect.closeTo(5 / 9, 12), expect.closeTo(1 / 0.9, 12)]);
  });

  it("is 0, not infinite, where a total is zero", () => {
    expect(balassaRca(0, 0, 10, 100)).toBe(0);
  });
});
