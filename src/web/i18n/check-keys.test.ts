import { describe, expect, it } from "vitest";
import { translations } from "./resources";

type Tree = { [key: string]: string | Tree };

/** "a.b.c" → value, for every leaf of a nested translation file. */
function flatten(tree: Tree, prefix = ""): Map<string, unknown> {
  const result = new Map<string, unknown>();
  for (const [key, value] of Object.entries(tree)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (value !== null && typeof value === "object") for (const [k, v] of flatten(value, path)) result.set(k, v);
    else result.set(path, value);
  }
  return result;
}

const placeholders = (text: string) => [...text.matchAll(/\{\{\s*(\w+)\s*\}\}|<(\w+)>/g)].map((m) => m[1] ?? m[2]).sort();

const files = translations as Record<string, Tree>;
const reference = flatten(files.en);

describe("translations", () => {
  for (const [language, tree] of Object.entries(files)) {
    const keys = flatten(tree);

    it(`${language} has exactly the keys of en`, () => {
      expect([...keys.keys()].sort()).toEqual([...reference.keys()].sort());
    });

    it(`${language} has no empty values`, () => {
      const empty = [...keys].filter(([, value]) => typeof value !== "string" || value.trim() === "").map(([key]) => key);
      expect(empty).toEqual([]);
    });

    it(`${language} keeps every placeholder of en`, () => {
      const broken = [...reference]
        .filter(([key, value]) => JSON.stringify(placeholders(String(value))) !== JSON.stringify(placeholders(String(keys.get(key) ?? ""))))
        .map(([key]) => key);
      expect(broken).toEqual([]);
    });
  }

  // Copies of the English text would pass the key check while leaving people without a translation.
  it.each(["ru", "tg", "ky"])("%s is written in its own language, not copied from English", (language) => {
    const keys = flatten(files[language]);
    const copied = [...reference].filter(
      ([key, value]) =>
        /[a-z]{4,}/i.test(
          String(value).replace(/\{\{\w+\}\}|<\/?\w+>|https?:\/\/\S*|Hamkori|API|PNG|JPEG|WebP|GIF|HS|Language|cotton|CEPII|BACI|Comtrade/g, ""),
        ) && keys.get(key) === value,
    );
    expect(copied.map(([key]) => key)).toEqual([]);
  });

  it("Tajik and Kyrgyz use their own letters", () => {
    const tgText = [...flatten(files.tg).values()].join(" ");
    const kyText = [...flatten(files.ky).values()].join(" ");
    for (const letter of ["ҳ", "қ", "ғ", "ҷ", "ӣ", "ӯ"]) expect(tgText).toContain(letter);
    for (const letter of ["ө", "ү", "ң"]) expect(kyText).toContain(letter);
  });
});
