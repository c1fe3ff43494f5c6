import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { MAX_PRIORITY, meetingWeight } from "./meeting-weight";

const requestCount = 30_000;
const request = fc.record({
  mutual: fc.boolean(),
  priority: fc.integer({ min: 0, max: MAX_PRIORITY }),
  requestRank: fc.integer({ min: 0, max: requestCount - 1 }),
});
type Request = { mutual: boolean; priority: number; requestRank: number };

const weight = (r: Request) => meetingWeight({ ...r, requestCount });
/** The organiser's order: mutual first, then higher priority, then the earlier request. Negative when x comes first. */
const lexicographic = (x: Request, y: Request) => Number(y.mutual) - Number(x.mutual) || y.priority - x.priority || x.requestRank - y.requestRank;
const level = (r: Request) => (r.mutual ? MAX_PRIORITY + 1 : 0) + r.priority;

describe("meetingWeight", () => {
  it("orders any two requests exactly as mutual, then priority, then request order", () => {
    fc.assert(
      fc.property(request, request, (x, y) => {
        expect(Math.sign(weight(y) - weight(x))).toBe(Math.sign(lexicographic(x, y)));
      }),
      { numRuns: 5000 },
    );
  });

  it("ranks a mutual request above every non-mutual one and a priority above every lower one, at the extremes", () => {
    const lowestMutual = weight({ mutual: true, priority: 0, requestRank: requestCount - 1 });
    const highestOneSided = weight({ mutual: false, priority: MAX_PRIORITY, requestRank: 0 });
    expect(lowestMutual).toBeGreaterThan(highestOneSided);
    for (let p = 1; p <= MAX_PRIORITY; p++) {
      expect(weight({ mutual: false, priority: p, requestRank: requestCount - 1 })).toBeGreaterThan(weight({ mutual: false, priority: p - 1, requestRank: 0 }));
    }
  });

  it("outweighs any 2^(d-1) requests d levels below", () => {
    fc.assert(
      fc.property(request, fc.array(request, { minLength: 1, maxLength: 64 }), (top, below) => {
        const lower = below.filter((r) => level(r) < level(top));
        const d = Math.min(...lower.map((r) => level(top) - level(r)));
        const group = lower.slice(0, 2 ** (d - 1));
        fc.pre(group.length > 0);
        expect(weight(top)).toBeGreaterThan(group.reduce((sum, r) => sum + weight(r), 0));
      }),
    );
  });

  it("stays within [1, 2^20]", () => {
    expect(weight({ mutual: false, priority: 0, requestRank: requestCount - 1 })).toBeGreaterThan(1);
    expect(weight({ mutual: true, priority: MAX_PRIORITY, requestRank: 0 })).toBeLessThan(2 ** 20);
  });

  it("rejects values outside the documented ranges", () => {
    expect(() => meetingWeight({ mutual: false, priority: 10, requestRank: 0, requestCount: 1 })).toThrow(RangeError);
    expect(() => meetingWeight({ mutual: false, priority: 1.5, requestRank: 0, requestCount: 1 })).toThrow(RangeError);
    expect(() => meetingWeight({ mutual: false, priority: 0, requestRank: 1, requestCount: 1 })).toThrow(RangeError);
    expect(() => meetingWeight({ mutual: false, priority: 0, requestRank: 0, requestCount: 0 })).toThrow(RangeError);
  });
});
