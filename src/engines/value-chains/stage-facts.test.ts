import { describe, expect, it } from "vitest";
import { stageIncludes, stageRca, stageValue, upstreamOf } from "./stage-facts";

describe("stage figures", () => {
  it("sums six-digit codes under a stage's chapters, headings and subheadings", () => {
    const values = new Map([
      ["500200", 10],
      ["500400", 5],
      ["520100", 7],
      ["610910", 3],
    ]);
    expect(stageValue({ hs: ["5002", "5004"] }, values)).toBe(15);
    expect(stageValue({ hs: ["61"] }, values)).toBe(3);
    expect(stageIncludes({ hs: ["610910"] }, "610990")).toBe(false);
  });

  it("takes the stage's share of the side's exports over its share of the world's", () => {
    expect(stageRca(20, 100, 1, 100)).toBeCloseTo(20, 12);
    expect(stageRca(20, 100, 0, 100)).toBeNull();
  });

  it("walks inputs upstream, nearest first, through shared inputs once", () => {
    const stages = [
      { id: "fibre", hs: [], inputs: [] },
      { id: "yarn", hs: [], inputs: ["fibre"] },
      { id: "fabric", hs: [], inputs: ["yarn", "fibre"] },
      { id: "garments", hs: [], inputs: ["fabric"] },
    ];
    expect(upstreamOf(stages, "garments")).toEqual(["fabric", "yarn", "fibre"]);
    expect(upstreamOf(stages, "fibre")).toEqual([]);
  });
});
