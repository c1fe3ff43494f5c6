import { describe, expect, it } from "vitest";
import { buildMatchIndex } from "./build-match-index";
import { org, product, profile, SILK } from "./match-fixtures.test-support";
import { scorePair } from "./score-pair";
import type { MatchOrganization } from "./types";

const pair = (a: MatchOrganization, b: MatchOrganization, options = {}) => scorePair(buildMatchIndex([a, b], { valueChains: [SILK] }), a.id, b.id, options);

describe("scorePair, one signal at a time", () => {
  it("scores a request met by a product (an implicit offer) at the same subheading", () => {
    const result = pair(org("a", { profiles: [profile("req", "request", ["500200"])] }), org("b", { products: [product("p", "500200")] }));
    expect(result?.score).toBe(40);
    expect(result?.reasons).toEqual([
      expect.objectContaining({ kind: "hs-match", level: "subheading", direction: "they-supply", theirCode: "500200", yourCode: "500200", contribution: 40 }),
    ]);
    expect(result?.yourProfileIds).toEqual(["req"]);
    expect(result?.profileIds).toEqual([]);
  });

  it("sees the same pair from the supplier's side", () => {
    const result = pair(org("b", { profiles: [profile("offer", "offer", ["500200"])] }), org("a", { profiles: [profile("req", "request", ["500200"])] }));
    expect(result?.reasons[0]).toMatchObject({ kind: "hs-match", direction: "you-supply" });
    expect(result?.profileIds).toEqual(["req"]);
  });

  it("ranks subheading above heading above chapter", () => {
    const asker = org("a", { profiles: [profile("req", "request", ["500710"])] });
    const scoreWith = (code: string) => pair(asker, org("b", { products: [product("p", code)] }))?.score;
    expect([scoreWith("500710"), scoreWith("500790"), scoreWith("500200")]).toEqual([40, 24, 10]);
  });

  it("finds a value-chain link in both directions", () => {
    const reeler = org("reeler", { products: [product("raw", "500200")] });
    const weaver = org("weaver", { products: [product("fabric", "500710")] });
    expect(pair(weaver, reeler)?.reasons).toEqual([
      expect.objectContaining({
        kind: "value-chain",
        direction: "they-supply",
        fromStageId: "raw-silk",
        toStageId: "silk-weaving",
        theirCode: "500200",
        yourCode: "500710",
      }),
    ]);
    expect(pair(reeler, weaver)?.reasons).toEqual([
      expect.objectContaining({
        kind: "value-chain",
        direction: "you-supply",
        fromStageId: "raw-silk",
        toStageId: "silk-weaving",
        theirCode: "500710",
        yourCode: "500200",
      }),
    ]);
    expect(pair(reeler, weaver)?.score).toBe(30);
  });

  it("does not link two organisations at the same stage", () => {
    expect(pair(org("a", { products: [product("x", "500710")] }), org("b", { products: [product("y", "500710")] }))).toBeNull();
  });

  it("scores a partnership proposal against the other side's codes", () => {
    const result = pair(org("a", { profiles: [profile("jv", "partnership", ["5007"])] }), org("b", { products: [product("p", "500710")] }));
    expect(result?.reasons).toEqual([expect.objectContaining({ kind: "partnership", level: "heading", theirCode: "500710", yourCode: "5007" })]);
    expect(result?.score).toBe(15);
  });

  it("scores sector overlap by the Dice coefficient", () => {
    const result = pair(org("a", { sectors: ["textiles", "apparel"] }), org("b", { sectors: ["textiles"] }));
    expect(result?.score).toBeCloseTo((10 * 2) / 3, 5);
    expect(result?.reasons).toEqual([expect.objectContaining({ kind: "sector", sectors: ["textiles"] })]);
  });

  it("adds a shared language on top of something relevant, never alone", () => {
    expect(pair(org("a", { languages: ["ru", "tg"] }), org("b", { languages: ["ru"] }))).toBeNull();
    const result = pair(org("a", { languages: ["ru", "tg"], sectors: ["textiles"] }), org("b", { languages: ["ru"], sectors: ["textiles"] }));
    expect(result?.score).toBe(16);
    expect(result?.reasons.map((r) => r.kind)).toEqual(["sector", "language"]);
    expect(result?.reasons[1]).toMatchObject({ languages: ["ru"] });
  });

  it("multiplies the score by 1 + the cross-border weight for pairs from two countries", () => {
    const a = org("a", { country: "TJ", sectors: ["textiles"] });
    const b = org("b", { country: "RU", region: "RU-TA", sectors: ["textiles"] });
    expect(pair(a, b)?.score).toBe(10);
    const result = pair(a, b, { crossBorderWeight: 0.5 });
    expect(result?.score).toBe(15);
    expect(result?.reasons[1]).toMatchObject({ kind: "cross-border", theirCountry: "RU", contribution: 5 });
    expect(pair(a, { ...b, country: "TJ", region: null }, { crossBorderWeight: 0.5 })?.score).toBe(10);
  });

  it("matches descriptions across languages and scripts", () => {
    const a = org("a", { description: { en: "We weave silk fabric for scarves" } });
    const b = org("b", { description: { ru: "Шёлковые ткани ручной работы" } });
    const c = org("c", { description: { ky: "Жибек кездеме" } });
    const index = buildMatchIndex([a, b, c, org("d", { description: { en: "helicopter repair" } })]);
    const ab = scorePair(index, "a", "b");
    expect(ab?.reasons[0]).toMatchObject({ kind: "text", sharedTerms: expect.arrayContaining(["silk", "fabric"]) });
    expect(ab?.score).toBeGreaterThanOrEqual(20 * 0.1);
    expect(scorePair(index, "a", "c")?.reasons[0]).toMatchObject({ kind: "text" });
    expect(scorePair(index, "a", "d")).toBeNull();
  });

  it("rewards a profile aimed at the other side's region", () => {
    const a = org("a", { sectors: ["furniture-wood"], profiles: [profile("o", "offer", ["940360"], { targetMarkets: ["RU-TA"] })] });
    const b = org("b", { country: "RU", region: "RU-TA", sectors: ["furniture-wood"] });
    const result = pair(a, b);
    expect(result?.score).toBe(18);
    expect(result?.reasons).toContainEqual(expect.objectContaining({ kind: "target-market", direction: "you-target-them", market: "RU-TA", profileId: "o" }));
    expect(pair(b, a)?.reasons).toContainEqual(expect.objectContaining({ kind: "target-market", direction: "they-target-you", profileKind: "offer" }));
  });

  it("gives nothing to a pair with nothing in common, or to an organisation and itself", () => {
    const index = buildMatchIndex([org("a", { country: "TJ", languages: ["ru"] }), org("b", { country: "RU", languages: ["ru"] })]);
    expect(scorePair(index, "a", "b", { crossBorderWeight: 1 })).toBeNull();
    expect(scorePair(index, "a", "a")).toBeNull();
    expect(scorePair(index, "a", "nobody")).toBeNull();
  });

  it("lists reasons by contribution, adding up to the score", () => {
    const a = org("a", { country: "TJ", languages: ["ru"], sectors: ["textiles"], profiles: [profile("req", "request", ["500200"])] });
    const b = org("b", { country: "RU", languages: ["ru"], sectors: ["textiles"], products: [product("p", "500200")] });
    const result = pair(a, b, { crossBorderWeight: 0.25 });
    const contributions = result?.reasons.map((r) => r.contribution) ?? [];
    expect(contributions).toEqual([...contributions].sort((x, y) => y - x));
    expect(contributions.reduce((s, c) => s + c, 0)).toBeCloseTo(result?.score ?? 0, 6);
    expect(result?.score).toBe((40 + 10 + 6) * 1.25);
  });
});
