import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { toSearchKey, transliterateToLatin } from "./index";

describe("toSearchKey", () => {
  it.each([
    ["Шумкар", "shumkar"],
    ["тоҷик", "tojik"],
    ["Тоҷикистон", "Tojikiston"],
    ["Таджикистан", "Tadjikistan"],
    ["Хуҷанд", "Khujand"],
    ["Худжанд", "Khudzhand"],
    ["Қирғизистон", "Kirgiziston"],
    ["Кыргызстан", "Kyrgyzstan"],
    ["Ош шаары", "Osh shaary"],
    ["Казань", "Kazan"],
    ["Набережные Челны", "Naberezhnye Chelny"],
    ["Сұғд", "Sughd"],
  ])("%s and %s share one key", (cyrillic, latin) => {
    expect(toSearchKey(cyrillic)).toBe(toSearchKey(latin));
  });

  it("keeps digits so that HS codes and models stay searchable", () => {
    expect(toSearchKey("Ми-8 880211")).toBe("mi 8 880211");
  });

  it("transliterates Tajik letters to the spelling people type", () => {
    expect(transliterateToLatin("ҳамкорӣ")).toBe("hamkori");
    expect(transliterateToLatin("ғӯза")).toBe("ghuza");
  });

  it("never produces characters outside lowercase Latin, digits and single spaces", () => {
    fc.assert(
      fc.property(fc.string({ unit: "grapheme" }), (text) => {
        const key = toSearchKey(text);
        expect(key).toMatch(/^([a-z0-9]+( [a-z0-9]+)*)?$/);
      }),
    );
  });

  it("is idempotent", () => {
    fc.assert(
      fc.property(fc.string({ unit: "grapheme" }), (text) => {
        const once = toSearchKey(text);
        expect(toSearchKey(once)).toBe(once);
      }),
    );
  });
});
