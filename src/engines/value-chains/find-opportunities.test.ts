import { describe, expect, it } from "vitest";
import { findOpportunities, scoreOpportunity, stageKey } from "./find-opportunities";
import type { Chain, SideFacts, StageFacts } from "./types";

const silk: Chain = {
  id: "silk",
  stages: [
    { id: "cocoons", hs: ["5001"], inputs: [] },
    { id: "raw-silk", hs: ["5002"], inputs: ["cocoons"] },
    { id: "silk-yarn", hs: ["5004", "5005", "5006"], inputs: ["raw-silk"] },
    { id: "silk-fabric", hs: ["5007"], inputs: ["silk-yarn"] },
  ],
};

const facts = (entries: Record<string, Partial<StageFacts>>): SideFacts =>
  new Map(
    Object.entries(entries).map(([stage, f]) => [stageKey("silk", stage), { exports: 0, imports: 0, rca: null, makers: [], offers: [], requests: [], ...f }]),
  );

describe("findOpportunities", () => {
  it("proposes processing where the raw stage is exported into the fabric the other side imports", () => {
    const found = findOpportunities({
      chains: [silk],
      facts: {
        a: facts({ cocoons: { exports: 2e6, rca: 40, makers: ["silk-farm"] }, "raw-silk": { exports: 5e6, rca: 90, makers: ["reeling-mill"] } }),
        b: facts({ "silk-fabric": { imports: 3e6, requests: ["kazan-atelier"] } }),
      },
    });
    const fabric = found.find((o) => o.stage === "silk-fabric" && o.producer === "a");
    expect(fabric).toMatchObject({
      kind: "process-inputs",
      inputStage: "raw-silk", // the input it exports most of, not the first one
      marketUsd: 3e6,
      supplyUsd: 5e6,
      candidates: { a: ["reeling-mill"], b: ["kazan-atelier"] },
      untappedUsd: null,
    });
    // Nothing is proposed to a side that already exports the stage strongly.
    expect(found.some((o) => o.stage === "raw-silk" && o.producer === "a")).toBe(false);
  });

  it("matches one side's makers with the other side's requests when no input trade explains it", () => {
    const [only] = findOpportunities({
      chains: [silk],
      facts: { a: facts({ "silk-yarn": { makers: ["spinner"], offers: ["spinner", "trader"] } }), b: facts({ "silk-yarn": { requests: ["weaver"] } }) },
    });
    expect(only).toMatchObject({ kind: "capacity-meets-demand", stage: "silk-yarn", producer: "a", candidates: { a: ["spinner", "trader"], b: ["weaver"] } });
  });

  it("names a stage neither side has when both import it and one has its input", () => {
    const found = findOpportunities({
      chains: [silk],
      facts: { a: facts({ "silk-yarn": { imports: 1e5 } }), b: facts({ "raw-silk": { makers: ["reeler"] }, "silk-yarn": { imports: 4e5 } }) },
    });
    expect(found.find((o) => o.kind === "missing-stage")).toMatchObject({
      stage: "silk-yarn",
      inputStage: "raw-silk",
      producer: "b",
      marketUsd: 5e5,
      candidates: { b: ["reeler"], a: [] },
    });
  });

  it("lists a stage once per producer side, as processing when the other side's imports explain it", () => {
    const found = findOpportunities({
      chains: [silk],
      facts: { a: facts({ "raw-silk": { exports: 9e6, rca: 50 }, "silk-yarn": { imports: 1e5 } }), b: facts({ "silk-yarn": { imports: 4e5 } }) },
    });
    expect(found.filter((o) => o.stage === "silk-yarn").map((o) => [o.kind, o.producer])).toEqual([["process-inputs", "a"]]);
  });

  it("ranks by market size, candidates and untapped potential, and breaks ties by chain, stage and side", () => {
    const both = facts({ "silk-yarn": { makers: ["m"] }, "silk-fabric": { makers: ["m"] } });
    const asking = facts({ "silk-yarn": { requests: ["r"] }, "silk-fabric": { requests: ["r"] } });
    const found = findOpportunities({ chains: [silk], facts: { a: both, b: asking } });
    // Same score: alphabetical by stage.
    expect(found.map((o) => o.stage)).toEqual(["silk-fabric", "silk-yarn"]);
    const withPotential = findOpportunities({ chains: [silk], facts: { a: both, b: asking }, untapped: (key) => (key === "silk/silk-yarn" ? 1e6 : null) });
    expect(withPotential.map((o) => [o.stage, o.untappedUsd])).toEqual([
      ["silk-yarn", 1e6],
      ["silk-fabric", null],
    ]);
  });

  it("scores as documented", () => {
    const base = { chain: "silk", stage: "x", inputStage: null, producer: "a" as const, supplyUsd: 0, untappedUsd: null };
    expect(scoreOpportunity({ ...base, kind: "process-inputs", marketUsd: 999_999, candidates: { a: ["1", "2"], b: ["3", "4", "5"] } })).toBeCloseTo(
      6 + 2 + 1,
      9,
    );
    expect(scoreOpportunity({ ...base, kind: "missing-stage", marketUsd: 0, candidates: { a: [], b: [] }, untappedUsd: 9_999 })).toBeCloseTo(1, 9);
  });
});
