import { describe, expect, it } from "vitest";
import { toSearchKey } from "../transliteration";
import { conceptOfWord, countTerms } from "./text-similarity";

const termsOf = (text: string) => {
  const counts = new Map<string, number>();
  countTerms(text, counts);
  return [...counts.keys()];
};

describe("conceptOfWord", () => {
  it.each(["silk", "шёлк", "шелковая", "абрешим", "абрешимӣ", "жибек"])("reads %s as silk", (word) => {
    expect(conceptOfWord(toSearchKey(word))).toBe("silk");
  });

  it("prefers the longest stem, so a medicinal plant is not a medicine", () => {
    expect(conceptOfWord(toSearchKey("лекарственные"))).toBe("medicinal-plant");
    expect(conceptOfWord(toSearchKey("лекарства"))).toBe("medicine");
    expect(conceptOfWord(toSearchKey("фармацевтика"))).toBe("medicine");
  });

  it("leaves words outside the lexicon alone", () => {
    expect(conceptOfWord(toSearchKey("helicopter"))).toBeUndefined();
  });
});

describe("countTerms", () => {
  it("lets Cyrillic and Latin spellings meet through transliteration", () => {
    expect(termsOf("Татарстан")).toEqual(termsOf("Tatarstan"));
    expect(termsOf("алюминий")).toEqual(termsOf("aluminium"));
  });

  it("splits on hyphens and keeps apostrophes inside words, as the search key does", () => {
    expect(termsOf("Сары-Челек шёлк")).toEqual(["w:sari", "w:chelek", "c:silk"]);
    expect(termsOf("o'zbek")).toEqual(termsOf("ozbek"));
  });

  it("drops function words, company forms and numbers", () => {
    expect(termsOf("ООО and the 2024 и для")).toEqual([]);
  });
});
