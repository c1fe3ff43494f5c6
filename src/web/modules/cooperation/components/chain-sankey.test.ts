import { describe, expect, it } from "vitest";
import type { TStageFigures } from "../../../../contracts/cooperation";
import { chainSankeyOption, stageCoverage } from "./chain-sankey";

const f = (overrides: Partial<TStageFigures>): TStageFigures => ({ exports: 0, imports: 0, rca: null, makers: 0, offers: 0, requests: 0, ...overrides });

describe("stage coverage", () => {
  it("tells who exports a stage with an advantage, else whether companies are there", () => {
    expect(stageCoverage(f({ exports: 5, rca: 3 }), f({ exports: 1, rca: 1.2 }))).toBe("both");
    expect(stageCoverage(f({ exports: 5, rca: 3 }), f({ exports: 9, rca: 0.4 }))).toBe("a");
    expect(stageCoverage(f({}), f({ exports: 1, rca: 1 }))).toBe("b");
    expect(stageCoverage(f({ exports: 5, rca: 0.2, makers: 1 }), f({}))).toBe("companies");
    expect(stageCoverage(f({ requests: 4, imports: 10 }), f({}))).toBe("none");
  });
});

describe("the chain diagram", () => {
  it("draws a band from each input to the stage that uses it, nodes coloured by coverage", () => {
    const chain = {
      id: "silk",
      name: { en: "Silk" },
      source: "",
      stages: [
        { id: "cocoons", name: { en: "Cocoons" }, hs: ["5001"], inputs: [], note: "HS 2022 5001" },
        { id: "raw-silk", name: { en: "Raw silk" }, hs: ["5002"], inputs: ["cocoons"], note: "HS 2022 5002" },
      ],
    };
    const option = chainSankeyOption(chain, (id) => ({ name: id.toUpperCase(), coverage: id === "cocoons" ? "a" : "none", tooltip: id }));
    const [series] = option.series as { data: { name: string; itemStyle: { color: string } }[]; links: unknown[] }[];
    expect(series.links).toEqual([{ source: "COCOONS", target: "RAW-SILK", value: 1 }]);
    expect(series.data.map((d) => [d.name, d.itemStyle.color])).toEqual([
      ["COCOONS", "#1c7ed6"],
      ["RAW-SILK", "#adb5bd"],
    ]);
  });
});
