import { describe, expect, it } from "vitest";
import { buildMatchIndex } from "./build-match-index";
import { org, product, profile, SILK } from "./match-fixtures.test-support";
import { recommend } from "./recommend";
import { scorePair } from "./score-pair";
import type { MatchOrganization } from "./types";

const silkBuyer = org("buyer", { country: "TJ", sectors: ["textiles"], profiles: [profile("req", "request", ["500200"])] });
const supplier = (id: string, country: string, extra: Partial<MatchOrganization> = {}) =>
  org(id, { country, sectors: ["textiles"], products: [product(`${id}-p`, "500200")], ...extra });

describe("recommend", () => {
  it("orders subheading, heading and chapter matches", () => {
    const index = buildMatchIndex([
      silkBuyer,
      org("chapter", { products: [product("c", "500400")] }),
      org("heading", { products: [product("h", "5002")] }),
      supplier("exact", "TJ"),
    ]);
    expect(recommend(index, "buyer").map((r) => r.organizationId)).toEqual(["exact", "heading", "chapter"]);
  });

  it("breaks ties by organisation id, whatever the input order", () => {
    const ids = ["k", "c", "x", "a", "m"];
    const forward = buildMatchIndex([silkBuyer, ...ids.map((id) => supplier(id, "RU"))]);
    const backward = buildMatchIndex([...ids.reverse().map((id) => supplier(id, "RU")), silkBuyer]);
    const expected = ["a", "c", "k", "m", "x"];
    expect(recommend(forward, "buyer").map((r) => r.organizationId)).toEqual(expected);
    expect(recommend(backward, "buyer").map((r) => r.organizationId)).toEqual(expected);
    expect(recommend(forward, "buyer", { limit: 2 }).map((r) => r.organizationId)).toEqual(["a", "c"]);
  });

  it("favours cross-border pairs by the forum's weight", () => {
    const index = buildMatchIndex([silkBuyer, supplier("a-home", "TJ"), supplier("b-abroad", "RU")]);
    expect(recommend(index, "buyer").map((r) => r.organizationId)).toEqual(["a-home", "b-abroad"]);
    expect(recommend(index, "buyer", { crossBorderWeight: 0.3 }).map((r) => r.organizationId)).toEqual(["b-abroad", "a-home"]);
  });

  it("excludes dismissed organisations and demotes those like them", () => {
    const index = buildMatchIndex([silkBuyer, supplier("cn-1", "CN"), supplier("cn-2", "CN"), supplier("ru-1", "RU")]);
    expect(recommend(index, "buyer").map((r) => r.organizationId)).toEqual(["cn-1", "cn-2", "ru-1"]);
    const after = recommend(index, "buyer", { dismissed: ["cn-1"] });
    expect(after.map((r) => r.organizationId)).toEqual(["ru-1", "cn-2"]);
    // ru-1 shares the dismissed one's sector and HS chapter; cn-2 its country as well.
    expect(after.map((r) => r.demotion)).toEqual([0.06, 0.1]);
  });

  it("demotes more with every similar dismissal, up to half the score", () => {
    const others = Array.from({ length: 12 }, (_, i) => supplier(`cn-${String(i).padStart(2, "0")}`, "CN"));
    const index = buildMatchIndex([silkBuyer, supplier("last", "CN"), ...others]);
    const demotionAfter = (n: number) =>
      recommend(index, "buyer", { dismissed: others.slice(0, n).map((o) => o.id) }).find((r) => r.organizationId === "last")?.demotion;
    expect([demotionAfter(1), demotionAfter(2), demotionAfter(12)]).toEqual([0.1, 0.2, 0.5]);
  });

  it("recommends no one to an organisation with nothing in common", () => {
    const index = buildMatchIndex([org("alone", { country: "KG", languages: ["ru"] }), supplier("a", "RU", { languages: ["ru"] }), silkBuyer]);
    expect(recommend(index, "alone", { crossBorderWeight: 1 })).toEqual([]);
  });

  it("keeps to the given candidates", () => {
    const index = buildMatchIndex([silkBuyer, supplier("a", "RU"), supplier("b", "RU")]);
    expect(recommend(index, "buyer", { candidates: new Set(["b", "buyer"]) }).map((r) => r.organizationId)).toEqual(["b"]);
  });

  it("names the profiles behind the reasons", () => {
    const seller = org("seller", { country: "RU", profiles: [profile("offer-1", "offer", ["500200"], { targetMarkets: ["TJ"] })] });
    const [first] = recommend(buildMatchIndex([silkBuyer, seller]), "buyer");
    expect(first.profileIds).toEqual(["offer-1"]);
    expect(first.yourProfileIds).toEqual(["req"]);
  });

  it("throws for an organisation that is not in the index", () => {
    expect(() => recommend(buildMatchIndex([silkBuyer]), "nobody")).toThrow(/not in the match index/);
  });
});

/** A deterministic random directory, small enough to score every pair directly. */
function randomDirectory(seed: number, size: number): MatchOrganization[] {
  let state = seed;
  const next = () => {
    state = (state * 1664525 + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
  const pick = <T>(items: readonly T[]) => items[Math.floor(next() * items.length)];
  const codes = ["500100", "500200", "5002", "500400", "500710", "500790", "520100", "520511", "50", "620342"];
  const words = ["silk", "шёлк", "абрешим", "cotton", "пахта", "fabric", "ткань", "yarn", "helicopter", "furniture", "мебель"];
  return Array.from({ length: size }, (_, i) =>
    org(`org-${String(i).padStart(3, "0")}`, {
      country: pick(["TJ", "KG", "RU", "CN"]),
      region: next() < 0.3 ? "RU-TA" : null,
      sectors: next() < 0.5 ? [pick(["textiles", "apparel", "metals"])] : [],
      languages: next() < 0.7 ? [pick(["ru", "tg", "en"])] : [],
      description: next() < 0.6 ? { en: `${pick(words)} ${pick(words)} ${pick(words)}` } : undefined,
      products: next() < 0.6 ? [product(`p-${i}`, pick(codes))] : [],
      profiles: [
        ...(next() < 0.4 ? [profile(`r-${i}`, "request", [pick(codes)], { targetMarkets: next() < 0.5 ? [pick(["TJ", "RU-TA", "KG"])] : [] })] : []),
        ...(next() < 0.2 ? [profile(`j-${i}`, "partnership", [pick(codes)])] : []),
      ],
    }),
  );
}

describe("recommend against scoring every pair", () => {
  it.each([1, 2, 3, 4, 5])("agrees with scorePair on random directory %i", (seed) => {
    const orgs = randomDirectory(seed, 60);
    const index = buildMatchIndex(orgs, { valueChains: [SILK] });
    const options = { crossBorderWeight: 0.4, dismissed: [orgs[(seed * 7) % 60].id, orgs[(seed * 11) % 60].id], limit: 15 };
    for (const asker of orgs.slice(0, 20)) {
      const brute = orgs
        .filter((o) => o.id !== asker.id && !options.dismissed.includes(o.id))
        .map((o) => ({ id: o.id, score: scorePair(index, asker.id, o.id, options)?.score ?? 0 }))
        .filter((r) => r.score > 0)
        .sort((a, b) => b.score - a.score || (a.id < b.id ? -1 : 1))
        .slice(0, options.limit);
      const got = recommend(index, asker.id, options);
      expect(got.map((r) => ({ id: r.organizationId, score: r.score }))).toEqual(brute);
    }
  });
});
