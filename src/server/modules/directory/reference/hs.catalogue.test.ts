import { describe, expect, it } from "vitest";
import { HsCatalogue } from "./hs.catalogue";

const catalogue = HsCatalogue.load();

describe("HsCatalogue", () => {
  it("holds the whole HS 2022 nomenclature without national extensions", () => {
    expect(catalogue.get("880211")?.description).toMatch(/helicopters/i);
    expect(catalogue.get("5002")?.level).toBe(4);
    expect(catalogue.has("01")).toBe(true);
    expect(catalogue.has("8802111")).toBe(false);
  });

  it("matches a code prefix", () => {
    const codes = catalogue.search("8802", 10).map((e) => e.code);
    expect(codes[0]).toBe("8802");
    expect(codes).toContain("880211");
    expect(codes.every((c) => c.startsWith("8802"))).toBe(true);
  });

  it("matches word starts in the description and ranks subheadings first", () => {
    const results = catalogue.search("helicop", 5);
    expect(results.map((e) => e.code)).toEqual(expect.arrayContaining(["880211", "880212"]));
    expect(results[0].level).toBe(6);
  });

  it("requires every word to match", () => {
    const results = catalogue.search("silk yarn", 20);
    expect(results.length).toBeGreaterThan(0);
    for (const entry of results) expect(entry.description.toLowerCase()).toMatch(/silk/);
    expect(catalogue.search("silk zzzz", 5)).toEqual([]);
  });

  it("filters by level", () => {
    expect(catalogue.search("cotton", 50, 2).every((e) => e.level === 2)).toBe(true);
  });
});
