import { describe, expect, it } from "vitest";
import type { TMatchReason } from "../../../../../contracts/matchmaking";
import { hsLabel, type ReasonNames, reasonSentence, scoreShare } from "./reason-text";

const names: ReasonNames = {
  hs: (code) => `HS ${code}`,
  market: (code) => ({ RU: "Russia", "RU-TA": "Tatarstan", KG: "Kyrgyzstan" })[code] ?? code,
  sector: (code) => ({ textiles: "Textiles" })[code] ?? code,
  language: (code) => ({ ru: "Russian", tg: "Tajik" })[code] ?? code,
  level: (level) => `same ${level}`,
  list: (items) => items.join(", "),
};

describe("reasonSentence", () => {
  const cases: Array<[TMatchReason, string, Record<string, string>]> = [
    [
      { kind: "hs-match", level: "heading", direction: "they-supply", theirCode: "500200", yourCode: "5002" },
      "matchmaking.reasons.hsMatch.theySupply",
      { their: "HS 500200", yours: "HS 5002", level: "same heading" },
    ],
    [
      { kind: "hs-match", level: "chapter", direction: "you-supply", theirCode: "52", yourCode: "520100" },
      "matchmaking.reasons.hsMatch.youSupply",
      { their: "HS 52", yours: "HS 520100", level: "same chapter" },
    ],
    [
      { kind: "partnership", level: "subheading", theirCode: "630790", yourCode: "630790" },
      "matchmaking.reasons.partnership",
      { their: "HS 630790", yours: "HS 630790", level: "same subheading" },
    ],
    [
      { kind: "value-chain", direction: "they-supply", chainId: "silk", fromStageId: "reeling", toStageId: "weaving", theirCode: "5002", yourCode: "5007" },
      "matchmaking.reasons.valueChain.theySupply",
      { their: "HS 5002", yours: "HS 5007" },
    ],
    [
      { kind: "value-chain", direction: "you-supply", chainId: "silk", fromStageId: "reeling", toStageId: "weaving", theirCode: "5007", yourCode: "5002" },
      "matchmaking.reasons.valueChain.youSupply",
      { their: "HS 5007", yours: "HS 5002" },
    ],
    [{ kind: "cross-border", theirCountry: "KG" }, "matchmaking.reasons.crossBorder", { country: "Kyrgyzstan" }],
    [{ kind: "target-market", direction: "they-target-you", market: "RU-TA" }, "matchmaking.reasons.targetMarket.theyTargetYou", { market: "Tatarstan" }],
    [{ kind: "target-market", direction: "you-target-them", market: "RU" }, "matchmaking.reasons.targetMarket.youTargetThem", { market: "Russia" }],
    [{ kind: "sector", sectors: ["textiles", "leather"] }, "matchmaking.reasons.sector", { sectors: "Textiles, leather" }],
    [{ kind: "language", languages: ["ru", "tg"] }, "matchmaking.reasons.language", { languages: "Russian, Tajik" }],
    [{ kind: "text", sharedTerms: ["silk", "yarn"] }, "matchmaking.reasons.text", { terms: "«silk», «yarn»" }],
  ];
  it.each(cases)("turns %j into its sentence", (reason, key, params) => {
    expect(reasonSentence(reason, names)).toEqual({ key, params });
  });
});

describe("hsLabel", () => {
  it("names the code in English, mid-sentence", () => {
    expect(hsLabel("5002", "Raw silk (not thrown)", "en")).toBe("raw silk (not thrown) (HS 5002)");
  });
  it("keeps abbreviations and reads semicolons as commas", () => {
    expect(hsLabel("3901", "HDPE; in primary forms", "en")).toBe("HDPE, in primary forms (HS 3901)");
    expect(hsLabel("500200", "Silk; raw (not thrown)", "en")).toBe("silk, raw (not thrown) (HS 500200)");
  });
  it("shortens long descriptions at a word", () => {
    const label = hsLabel("5007", "Woven fabrics of silk or of silk waste, other than those of noil silk and other fabrics", "en");
    expect(label.endsWith("… (HS 5007)")).toBe(true);
    expect(label.length).toBeLessThan(75);
  });
  it("gives other readers the code alone, since the names are English", () => {
    expect(hsLabel("5002", "Raw silk", "tg")).toBe("HS 5002");
    expect(hsLabel("5002", undefined, "en")).toBe("HS 5002");
  });
});

describe("scoreShare", () => {
  it("shows 0–1 scores as they are", () => {
    expect(scoreShare(0.42, 0.9)).toBe(0.42);
  });
  it("scales other scores against the best", () => {
    expect(scoreShare(40, 80)).toBe(0.5);
  });
  it("stays within the bar", () => {
    expect(scoreShare(-1, 0.5)).toBe(0);
    expect(scoreShare(Number.NaN, 3)).toBe(0);
  });
});
