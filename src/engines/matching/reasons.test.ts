import { describe, expect, it } from "vitest";
import { explainReason } from "./reasons";

const source = { type: "product", id: "p" } as const;
const names: Record<string, string> = { "500200": "raw silk", "500710": "silk fabric" };
const hsName = (code: string) => names[code];

describe("explainReason", () => {
  it("explains a value-chain link from either side", () => {
    const link = {
      kind: "value-chain",
      chainId: "silk",
      fromStageId: "raw-silk",
      toStageId: "silk-weaving",
      theirSource: source,
      yourSource: source,
      contribution: 30,
    } as const;
    expect(explainReason({ ...link, direction: "they-supply", theirCode: "5002", yourCode: "5007" })).toBe(
      "supplies raw silk (HS 5002) that your silk weaving (HS 5007) uses",
    );
    expect(explainReason({ ...link, direction: "you-supply", theirCode: "5007", yourCode: "5002" })).toBe(
      "their silk weaving (HS 5007) uses raw silk (HS 5002) that you supply",
    );
  });

  it("explains HS matches at each level, with names when given", () => {
    const match = { kind: "hs-match", theirSource: source, yourSource: source, contribution: 40 } as const;
    expect(explainReason({ ...match, level: "subheading", direction: "they-supply", theirCode: "500200", yourCode: "500200" }, hsName)).toBe(
      "they supply raw silk (HS 500200) that you seek",
    );
    expect(explainReason({ ...match, level: "heading", direction: "you-supply", theirCode: "500790", yourCode: "500710" }, hsName)).toBe(
      "they seek HS 500790, in the same HS heading as silk fabric (HS 500710) that you supply",
    );
  });

  it("explains the other kinds", () => {
    expect(explainReason({ kind: "language", languages: ["ru", "tg"], contribution: 6 })).toBe("both speak Russian and Tajik");
    expect(explainReason({ kind: "cross-border", theirCountry: "RU", contribution: 5 })).toBe("a partner across the border, in Russia");
    expect(explainReason({ kind: "sector", sectors: ["textiles"], contribution: 5 })).toBe("both work in textiles");
    expect(explainReason({ kind: "text", score: 0.42, sharedTerms: ["silk", "fabric"], contribution: 8.4 })).toBe(
      "similar descriptions (silk and fabric; similarity 0.42)",
    );
    expect(explainReason({ kind: "target-market", direction: "they-target-you", market: "RU-TA", profileId: "o", profileKind: "offer", contribution: 8 })).toBe(
      "they export to RU-TA (Russia), where you are",
    );
    expect(explainReason({ kind: "target-market", direction: "you-target-them", market: "KG", profileId: "o", profileKind: "request", contribution: 8 })).toBe(
      "you buy from Kyrgyzstan, where they are",
    );
    expect(
      explainReason({
        kind: "partnership",
        level: "heading",
        theirCode: "500710",
        yourCode: "5007",
        theirSource: source,
        yourSource: source,
        contribution: 15,
      }),
    ).toBe("a partnership proposal links their HS 500710 and your HS 5007 (same HS heading)");
  });
});
