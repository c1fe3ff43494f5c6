/**
 * Folds text in Cyrillic (Russian, Tajik, Kyrgyz, Tatar) and Latin script into one Latin
 * "search key", so that «Шумкар» and "shumkar", «тоҷик» and "tojik" compare equal.
 *
 * The mapping is deliberately lossy: it aims for the spelling a person would type on a Latin
 * keyboard, not for a reversible romanisation. Letters that different romanisations render
 * differently (х → kh/h/x, ж → zh/j, й → y/i) are folded further by `foldVariants`, applied to
 * both the indexed text and the query.
 */
const CYRILLIC_TO_LATIN: Record<string, string> = {
  а: "a",
  б: "b",
  в: "v",
  г: "g",
  д: "d",
  е: "e",
  ё: "yo",
  ж: "zh",
  з: "z",
  и: "i",
  й: "y",
  к: "k",
  л: "l",
  м: "m",
  н: "n",
  о: "o",
  п: "p",
  р: "r",
  с: "s",
  т: "t",
  у: "u",
  ф: "f",
  х: "kh",
  ц: "ts",
  ч: "ch",
  ш: "sh",
  щ: "shch",
  ъ: "",
  ы: "y",
  ь: "",
  э: "e",
  ю: "yu",
  я: "ya",
  // Tajik
  ғ: "gh",
  ӣ: "i",
  қ: "q",
  ӯ: "u",
  ҳ: "h",
  ҷ: "j",
  // Kyrgyz and Kazakh
  ң: "ng",
  ө: "o",
  ү: "u",
  ұ: "u",
  ә: "a",
  і: "i",
  һ: "h",
  // Tatar and Bashkir
  җ: "zh",
  ҫ: "s",
  ҙ: "z",
  ҡ: "q",
  // Uzbek Cyrillic
  ў: "o",
};

/** Latin letters with diacritics used in Central Asian romanisations, reduced to ASCII. */
const LATIN_DIACRITICS: Record<string, string> = {
  ŭ: "u",
  ū: "u",
  ü: "u",
  ö: "o",
  ō: "o",
  ī: "i",
  ı: "i",
  ǧ: "gh",
  ğ: "gh",
  ş: "sh",
  ç: "ch",
  ñ: "ng",
  ä: "a",
  á: "a",
  é: "e",
  ó: "o",
  ú: "u",
  í: "i",
  ʻ: "",
  ʼ: "",
  "'": "",
  "`": "",
};

// Variant spellings people type for the same sound; applied in order, on whole-text Latin keys.
const VARIANT_FOLDS: Array<[RegExp, string]> = [
  [/shch/g, "sh"],
  [/kh/g, "h"],
  [/x/g, "h"],
  [/zh/g, "j"],
  [/dj/g, "j"],
  [/gh/g, "g"],
  [/q/g, "k"],
  [/ck/g, "k"],
  [/w/g, "v"],
  [/yo/g, "e"],
  [/ye/g, "e"],
  [/yu/g, "u"],
  [/ya/g, "a"],
  [/iy\b/g, "i"],
  [/y/g, "i"],
  [/ts/g, "c"],
  [/([a-z])\1+/g, "$1"],
];

/** Transliterates any Cyrillic letters to Latin and lowercases; keeps digits and separators. */
export function transliterateToLatin(text: string): string {
  let result = "";
  for (const char of text.normalize("NFC").toLowerCase()) {
    const mapped = CYRILLIC_TO_LATIN[char] ?? LATIN_DIACRITICS[char];
    result += mapped ?? char;
  }
  return result.normalize("NFD").replace(/[\u0300-\u036f]/g, "");
}

/** Reduces spelling variants (kh/h/x, zh/j, q/k, doubled letters …) to one form. */
export function foldVariants(latin: string): string {
  let folded = latin;
  for (const [pattern, replacement] of VARIANT_FOLDS) folded = folded.replace(pattern, replacement);
  return folded;
}

/** The key stored beside searchable text and computed for every query. */
export function toSearchKey(text: string): string {
  const words = transliterateToLatin(text)
    .replace(/[^a-z0-9]+/g, " ")
    .trim()
    .split(" ")
    .filter(Boolean);
  return words.map(foldVariants).join(" ");
}
