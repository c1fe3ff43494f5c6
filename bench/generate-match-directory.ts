import fs from "node:fs";
import path from "node:path";
import { INDUSTRIAL_LEXICON, type MatchOrganization, type MatchProfile, type ValueChain } from "../src/engines/matching";
// The scheduling engine's mulberry32, so every run benchmarks the same directory.
import { createRandom } from "../src/engines/scheduling/random";

type Random = () => number;
const pick = <T>(random: Random, items: readonly T[]): T => items[Math.floor(random() * items.length)];
const weighted = <T>(random: Random, items: ReadonlyArray<readonly [T, number]>): T => {
  let left = random() * items.reduce((sum, [, weight]) => sum + weight, 0);
  for (const [item, weight] of items) {
    left -= weight;
    if (left < 0) return item;
  }
  return items[items.length - 1][0];
};

const COUNTRIES = [
  ["TJ", 22],
  ["KG", 18],
  ["RU", 25],
  ["UZ", 12],
  ["KZ", 10],
  ["CN", 8],
  ["TR", 5],
] as const;
const REGIONS: Record<string, ReadonlyArray<readonly [string, number]>> = {
  TJ: [
    ["TJ-DU", 4],
    ["TJ-SU", 3],
    ["TJ-KT", 2],
    ["TJ-RA", 1],
    ["TJ-GB", 1],
  ],
  KG: [
    ["KG-GB", 4],
    ["KG-C", 2],
    ["KG-O", 2],
    ["KG-J", 1],
    ["KG-Y", 1],
  ],
  RU: [
    ["RU-TA", 7],
    ["RU-BA", 3],
    ["RU-MOW", 4],
    ["RU-SPE", 2],
    ["RU-SVE", 2],
    ["RU-NIZ", 2],
  ],
  UZ: [
    ["UZ-TK", 3],
    ["UZ-SA", 2],
    ["UZ-FA", 2],
    ["UZ-AN", 1],
  ],
  KZ: [
    ["KZ-75", 3],
    ["KZ-71", 2],
    ["KZ-79", 1],
  ],
};
const SPOKEN: Record<string, readonly string[]> = {
  TJ: ["tg", "ru"],
  KG: ["ky", "ru"],
  RU: ["ru"],
  UZ: ["uz", "ru"],
  KZ: ["kk", "ru"],
  CN: ["zh"],
  TR: ["tr"],
};
const MARKETS = ["RU", "RU-TA", "RU-BA", "TJ", "KG", "KZ", "UZ", "CN", "TR"];
const CHAIN_SECTORS: Record<string, string> = {
  cotton: "textiles",
  silk: "textiles",
  wool: "textiles",
  leather: "leather",
  "wood-furniture": "furniture-wood",
  "medicinal-pharma": "pharmaceuticals",
  "fruit-vegetables": "food-agriculture",
  aluminium: "metals",
  "construction-materials": "construction-materials",
};
const SECTORS = [
  "textiles",
  "apparel",
  "machine-engineering",
  "mining-energy",
  "construction",
  "chemicals",
  "transport-logistics",
  "trade-services",
  ...Object.values(CHAIN_SECTORS),
];
const CHAIN_CONCEPTS: Record<string, readonly string[]> = {
  cotton: ["cotton", "yarn", "fabric", "garment", "workwear", "sewing", "spinning", "knitwear"],
  silk: ["silk", "cocoon", "yarn", "fabric", "weaving", "carpet", "garment"],
  wool: ["wool", "yarn", "felt", "carpet", "knitwear", "fabric"],
  leather: ["leather", "hide", "tanning", "footwear"],
  "wood-furniture": ["wood", "plywood", "furniture"],
  "medicinal-pharma": ["medicinal-plant", "extract", "medicine"],
  "fruit-vegetables": ["fruit", "vegetable", "dried", "apricot", "apple", "grape", "nut", "juice", "preserves"],
  aluminium: ["aluminium", "bauxite", "foil", "cable", "metal"],
  "construction-materials": ["cement", "concrete", "brick", "tile", "glass", "limestone", "gypsum", "sand", "clay", "construction"],
};
const GENERIC_CONCEPTS = [
  "export",
  "import",
  "supplier",
  "buyer",
  "joint-venture",
  "investment",
  "technology",
  "distribution",
  "certificate",
  "quality",
  "factory",
  "processing",
  "packaging",
  "machinery",
  "steel",
  "coal",
  "energy",
  "food",
];
const FILLER: Record<string, readonly string[]> = {
  en: ["modern", "reliable", "partners", "region", "years", "experience", "capacity", "tons", "annual", "production", "own", "brand", "premium", "wholesale"],
  ru: [
    "современный",
    "надёжный",
    "партнёры",
    "регион",
    "опыт",
    "мощность",
    "тонн",
    "ежегодно",
    "производство",
    "продукция",
    "собственный",
    "бренд",
    "крупный",
    "оптом",
  ],
  tg: ["муосир", "боэътимод", "шарикон", "минтақа", "таҷриба", "иқтидор", "тонна", "солона", "истеҳсол", "маҳсулот", "худӣ", "бренд", "калон", "яклухт"],
  ky: ["заманбап", "ишенимдүү", "өнөктөштөр", "аймак", "тажрыйба", "кубаттуулук", "тонна", "жыл", "өндүрүш", "продукция", "өз", "бренд", "ири", "дүңүнөн"],
};
const TEXT_LANGUAGES = ["en", "ru", "tg", "ky"] as const;
type TextLanguage = (typeof TEXT_LANGUAGES)[number];

const wordFor = (concept: string, lang: TextLanguage) => INDUSTRIAL_LEXICON[concept][lang][0].replace(/\*$/, "");

// A long tail of made-up words (brands, places, models), as real descriptions have: a few
// common, most rare (the index into the list is skewed towards its start).
const SYLLABLES = ["ка", "ро", "ми", "ла", "та", "но", "ше", "ду", "ри", "во", "за", "бе", "су", "гу", "па", "ян"];
const RARE_WORDS = Array.from({ length: 6000 }, (_, i) => {
  let word = "";
  for (let n = i + 17; word.length < 6 || n > 0; n = Math.floor(n / SYLLABLES.length)) word += SYLLABLES[n % SYLLABLES.length];
  return word;
});
const LATIN: Record<string, string> = {
  к: "k",
  р: "r",
  м: "m",
  л: "l",
  т: "t",
  н: "n",
  ш: "sh",
  д: "d",
  в: "v",
  з: "z",
  б: "b",
  с: "s",
  г: "g",
  п: "p",
  я: "ya",
  а: "a",
  о: "o",
  и: "i",
  е: "e",
  у: "u",
};
const latinOf = (word: string) => [...word].map((c) => LATIN[c] ?? c).join("");

function sentence(random: Random, lang: TextLanguage, concepts: readonly string[], length: number): string {
  const words: string[] = [];
  for (let i = 0; i < length; i++) {
    const roll = random();
    if (roll < 0.45) words.push(wordFor(pick(random, concepts), lang));
    else if (roll < 0.8) words.push(pick(random, FILLER[lang]));
    else {
      const rare = RARE_WORDS[Math.floor(RARE_WORDS.length * random() ** 3)];
      words.push(lang === "en" ? latinOf(rare) : rare);
    }
  }
  return words.join(" ");
}

export type MatchDirectory = { organizations: MatchOrganization[]; valueChains: ValueChain[]; products: number; profiles: number };

/**
 * A directory shaped like the forums': Central Asian, Russian (Tatarstan first), Chinese and
 * Turkish organisations, most working along one value chain (codes from its stages, requests for
 * its inputs), the rest scattered over HS 2022; descriptions in their languages from the lexicon.
 */
export function generateMatchDirectory(organizationCount: number, seed = 2026): MatchDirectory {
  const dataDir = path.join(import.meta.dirname, "../data");
  const valueChains = (JSON.parse(fs.readFileSync(path.join(dataDir, "value-chains.json"), "utf8")) as { chains: ValueChain[] }).chains;
  const hs = JSON.parse(fs.readFileSync(path.join(dataDir, "hs/hs2022.json"), "utf8")) as { codes: Array<{ code: string; level: number }> };
  const subheadings = hs.codes.filter((c) => c.level === 6 && c.code.length === 6).map((c) => c.code);
  const byHeading = new Map<string, string[]>();
  const under = (prefix: string) => {
    const cached = byHeading.get(prefix);
    if (cached) return cached;
    const codes = subheadings.filter((code) => code.startsWith(prefix));
    byHeading.set(prefix, codes);
    return codes;
  };
  const random = createRandom(seed);
  const codeOf = (stageCode: string) => (stageCode.length === 6 ? stageCode : pick(random, under(stageCode)));
  let products = 0;
  let profiles = 0;

  const organizations = Array.from({ length: organizationCount }, (_, i): MatchOrganization => {
    const country = weighted(random, COUNTRIES);
    const regions = REGIONS[country];
    const spoken = [...SPOKEN[country], ...(random() < 0.35 ? ["en"] : [])];
    const writes = TEXT_LANGUAGES.filter((lang) => spoken.includes(lang));
    const langs: TextLanguage[] = writes.length ? writes.slice(0, 1 + Math.floor(random() * writes.length)) : ["en"];
    const onChain = random() < 0.8;
    const chain = pick(random, valueChains);
    const stageAt = Math.floor(random() * chain.stages.length);
    const stage = chain.stages[stageAt];
    const inputs = stage.inputs.map((id) => chain.stages.find((s) => s.id === id)!);
    const concepts = onChain ? [...CHAIN_CONCEPTS[chain.id], ...GENERIC_CONCEPTS.slice(0, 6)] : GENERIC_CONCEPTS;
    const ownCode = () => (onChain ? codeOf(pick(random, stage.hs)) : pick(random, subheadings));
    const inputCode = () => (onChain && inputs.length ? codeOf(pick(random, pick(random, inputs).hs)) : pick(random, subheadings));
    const text = (length: number) => Object.fromEntries(langs.map((lang) => [lang, sentence(random, lang, concepts, length)]));
    const id = `org-${String(i).padStart(5, "0")}`;
    const productCount = 1 + Math.floor(random() * 5);
    const profileCount = Math.floor(random() * 5);
    products += productCount;
    profiles += profileCount;
    return {
      id,
      country,
      region: regions ? weighted(random, regions) : null,
      sectors: [onChain ? CHAIN_SECTORS[chain.id] : pick(random, SECTORS), ...(random() < 0.25 ? [pick(random, SECTORS)] : [])],
      languages: spoken,
      description: text(12),
      products: Array.from({ length: productCount }, (_, k) => ({ id: `${id}-p${k}`, hsCode: ownCode(), name: text(3), description: text(8) })),
      profiles: Array.from({ length: profileCount }, (_, k): MatchProfile => {
        const kind = weighted(random, [
          ["offer", 4],
          ["request", 4],
          ["partnership", 2],
        ] as const);
        const codes = Array.from({ length: 1 + Math.floor(random() * 3) }, () => (kind === "request" ? inputCode() : ownCode()));
        return {
          id: `${id}-f${k}`,
          kind,
          hsCodes: codes,
          targetMarkets: random() < 0.3 ? [pick(random, MARKETS)] : [],
          title: text(4),
          description: text(10),
        };
      }),
    };
  });
  return { organizations, valueChains, products, profiles };
}
