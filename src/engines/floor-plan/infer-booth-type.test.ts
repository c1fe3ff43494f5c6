import { describe, expect, it } from "vitest";
import { boothArea } from "./geometry";
import { inferBoothType } from "./infer-booth-type";
import type { HallPlan, PlanBooth } from "./types";

const booth = (number: string, x: number, y: number, width = 3, height = 3): PlanBooth => ({ number, x, y, width, height });
const hall = (booths: PlanBooth[]): HallPlan => ({ width: 40, height: 30, entrances: [{ x: 20, y: 30 }], booths });

describe("inferBoothType", () => {
  it("calls a booth alone in the middle an island", () => {
    const plan = hall([booth("I1", 10, 10)]);
    expect(inferBoothType(plan.booths[0], plan)).toBe("island");
  });

  it("types a back-to-back block of two rows of three", () => {
    // Row y=10 backs onto row y=13: middles have one open side, ends two.
    const booths = [0, 1, 2].flatMap((i) => [booth(`A${i}`, 10 + 3 * i, 10), booth(`B${i}`, 10 + 3 * i, 13)]);
    const plan = hall(booths);
    const typeOf = (number: string) => inferBoothType(booths.find((b) => b.number === number)!, plan);
    expect(typeOf("A1")).toBe("inline");
    expect(typeOf("A0")).toBe("corner");
    expect(typeOf("B2")).toBe("corner");
  });

  it("calls the end of a single row of three a peninsula and the middle a corner (open front and back)", () => {
    const booths = [0, 1, 2].map((i) => booth(`R${i}`, 10 + 3 * i, 10));
    const plan = hall(booths);
    expect(inferBoothType(booths[0], plan)).toBe("peninsula");
    expect(inferBoothType(booths[1], plan)).toBe("corner");
  });

  it("treats the hall wall as closed: a row along the wall is inline in the middle", () => {
    const booths = [0, 1, 2].map((i) => booth(`W${i}`, 10 + 3 * i, 0));
    const plan = hall(booths);
    expect(inferBoothType(booths[1], plan)).toBe("inline");
    expect(inferBoothType(booths[0], plan)).toBe("corner");
    const corner = booth("C1", 0, 0);
    expect(inferBoothType(corner, hall([corner]))).toBe("corner");
  });

  it("keeps a side open when a neighbour covers less than half of it", () => {
    const big = booth("BIG", 10, 10, 6, 3);
    const small = booth("S", 16, 10, 2, 1);
    expect(inferBoothType(big, hall([big, small]))).toBe("island");
  });

  it("tolerates hairline gaps between booths that share a wall", () => {
    const a = booth("A", 10, 10);
    const b = booth("B", 13.02, 10);
    expect(inferBoothType(a, hall([a, b]))).toBe("peninsula");
  });
});

describe("boothArea", () => {
  it("rounds to two decimals", () => {
    expect(boothArea({ x: 0, y: 0, width: 3, height: 3 })).toBe(9);
    expect(boothArea({ x: 0, y: 0, width: 0.1 * 3, height: 2.333 })).toBe(0.7);
    expect(boothArea({ x: 0, y: 0, width: 2.5, height: 1.005 })).toBe(2.51);
  });
});
