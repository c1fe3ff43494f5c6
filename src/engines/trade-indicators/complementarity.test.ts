import { describe, expect, it } from "vitest";
import { alignedTradeComplementarity, tradeComplementarity, tradeIntensity } from "./complementarity";

const values = (entries: Record<string, number>) => new Map(Object.entries(entries));

describe("trade complementarity", () => {
  it("is 100 when the exporter sells exactly the importer's mix, whatever the sizes", () => {
    expect(tradeComplementarity(values({ "520100": 30, "760110": 70 }), values({ "520100": 300, "760110": 700 }))).toBeCloseTo(100, 12);
  });

  it("is 0 when they have no product in common", () => {
    expect(tradeComplementarity(values({ "520100": 5 }), values({ "870323": 9 }))).toBeCloseTo(0, 12);
  });

  it("takes half the sum of share differences", () => {
    // exporter 50/50 in A and B; importer 100 % A: |1 − .5| + |0 − .5| = 1 → 100 × (1 − 0.5) = 50.
    expect(tradeComplementarity(values({ A: 1, B: 1 }), values({ A: 4 }))).toBeCloseTo(50, 12);
  });

  it("has no value without trade on either side", () => {
    expect(tradeComplementarity(values({}), values({ A: 1 }))).toBeNull();
  });

  it("reads aligned arrays of different lengths as zero beyond the shorter one's end", () => {
    // Products A, B, C at positions 0, 1, 2; the exporter has nothing in C: same case as above plus C.
    expect(alignedTradeComplementarity([1, 1], [4, 0, 0])).toBeCloseTo(50, 12);
    // Importer 25 % A, 75 % C: |.25 − .5| + |0 − .5| + |.75 − 0| = 1.5 → 100 × (1 − 0.75) = 25.
    expect(alignedTradeComplementarity([1, 1], [1, 0, 3])).toBeCloseTo(25, 12);
    expect(alignedTradeComplementarity(new Float64Array([0, 3]), new Float64Array(0))).toBeNull();
  });
});

describe("trade intensity", () => {
  it("is the exporter's share going to the importer over the importer's world share", () => {
    // 10 % of exports go to a market that buys 2 % of world imports: intensity 5.
    expect(tradeIntensity({ bilateral: 10, exporterTotal: 100, importerTotal: 20, worldTotal: 1000 })).toBeCloseTo(5, 12);
  });

  it("has no value when a total is missing", () => {
    expect(tradeIntensity({ bilateral: 1, exporterTotal: 0, importerTotal: 20, worldTotal: 1000 })).toBeNull();
  });
});
