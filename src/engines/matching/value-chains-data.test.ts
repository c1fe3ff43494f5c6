import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { buildMatchIndex } from "./build-match-index";
import { org, product } from "./match-fixtures.test-support";
import { explainReason } from "./reasons";
import { recommend } from "./recommend";
import type { ValueChain } from "./types";
import { validateValueChains } from "./validate-value-chains";

const dataDir = path.join(import.meta.dirname, "../../../data");
const readJson = <T>(file: string) => JSON.parse(fs.readFileSync(path.join(dataDir, file), "utf8")) as T;

describe("data/value-chains.json", () => {
  const { chains } = readJson<{ chains: ValueChain[] }>("value-chains.json");
  const hs = readJson<{ codes: Array<{ code: string; level: number }> }>("hs/hs2022.json");
  const known = new Set(hs.codes.filter((c) => c.level >= 4).map((c) => c.code));

  it("uses only HS 2022 codes and existing, earlier input stages", () => {
    expect(validateValueChains(chains, known)).toEqual([]);
  });

  it("covers the chains the product names", () => {
    expect(chains.map((c) => c.id)).toEqual(
      expect.arrayContaining([
        "cotton",
        "silk",
        "wool",
        "leather",
        "wood-furniture",
        "medicinal-pharma",
        "fruit-vegetables",
        "aluminium",
        "construction-materials",
        "textile-machinery",
      ]),
    );
    for (const chain of chains) expect(chain.source, chain.id).toMatch(/HS 2022/);
  });

  it("gives every stage a note naming each of its codes", () => {
    for (const chain of chains)
      for (const stage of chain.stages as (ValueChain["stages"][number] & { note?: string })[]) {
        expect(stage.note, `${chain.id}/${stage.id}`).toMatch(/^HS 2022 /);
        for (const code of stage.hs) expect(stage.note, `${chain.id}/${stage.id}`).toContain(code.length === 4 ? code : `${code.slice(0, 4)}.${code.slice(4)}`);
      }
  });

  it("links a silk reeler to a weaver, and a fabric mill to both garment makers", () => {
    const index = buildMatchIndex(
      [
        org("reeler", { products: [product("raw", "500200")] }),
        org("weaver", { products: [product("fabric", "500710")] }),
        org("mill", { products: [product("denim", "520942")] }),
        org("sewing", { products: [product("shirts", "620520")] }),
        org("workwear", { products: [product("overalls", "621132")] }),
      ],
      { valueChains: chains },
    );
    const [link] = recommend(index, "weaver")[0].reasons;
    expect(explainReason(link)).toBe("supplies raw silk (HS 500200) that your silk weaving (HS 500710) uses");
    expect(recommend(index, "mill").map((r) => [r.organizationId, r.reasons[0].kind === "value-chain" && r.reasons[0].toStageId])).toEqual([
      ["sewing", "cotton-garments"],
      ["workwear", "workwear"],
    ]);
  });
});

describe("validateValueChains", () => {
  it("names every problem", () => {
    const broken: ValueChain = {
      id: "x",
      name: { en: "X" },
      stages: [
        { id: "b", name: { en: "B", ru: "Б", tg: "Б", ky: "Б" }, hs: ["500200", "9999", "50"], inputs: ["a", "missing"] },
        { id: "a", name: { en: "A", ru: "А", tg: "А", ky: "А" }, hs: ["5001"], inputs: [] },
      ],
    };
    expect(validateValueChains([broken], new Set(["5001", "500200"]))).toEqual([
      "chain x: no ru name",
      "chain x: no tg name",
      "chain x: no ky name",
      "chain x, stage b: HS code 9999 is not in HS 2022",
      'chain x, stage b: HS code "50" should have 4 or 6 digits',
      "chain x, stage b: input a must be listed before the stage that uses it",
      "chain x, stage b: input missing is not a stage of this chain",
    ]);
  });
});
