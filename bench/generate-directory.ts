import { sql } from "drizzle-orm";
import type { TLocalizedText } from "../src/contracts/common";
import { organization, product, productSearch, searchTerm } from "../src/server/db-schema";
import type { ReferenceData } from "../src/server/modules/directory/reference";
import { organizationSearchKeys, productSearchKeys } from "../src/server/modules/directory/search-keys";
import type { Db } from "../src/server/platform/db";

/** A deterministic pseudo-random sequence, so every run benchmarks the same directory. */
export function seededRandom(seed: number) {
  let state = seed >>> 0;
  return () => {
    state = (state * 1664525 + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

const STEMS_CYRILLIC = [
  "Шумкар",
  "Тоҷик",
  "Суғд",
  "Помир",
  "Ала-Тоо",
  "Казан",
  "Иссык",
  "Хатлон",
  "Нарын",
  "Зарафшон",
  "Ватан",
  "Ош",
  "Кама",
  "Идель",
  "Бахор",
  "Навруз",
  "Орзу",
  "Сомон",
  "Тулпар",
  "Барака",
];
const STEMS_LATIN = [
  "Shumkar",
  "Tojik",
  "Sughd",
  "Pamir",
  "Ala-Too",
  "Kazan",
  "Issyk",
  "Khatlon",
  "Naryn",
  "Zarafshon",
  "Vatan",
  "Osh",
  "Kama",
  "Idel",
  "Bahor",
  "Navruz",
  "Orzu",
  "Somon",
  "Tulpar",
  "Baraka",
];
const KINDS_RU = ["Текстиль", "Агро", "Фарм", "Строй", "Маш", "Мебель", "Шёлк", "Уголь", "Алюминий", "Трейд"];
const KINDS_EN = ["Textile", "Agro", "Pharm", "Build", "Mash", "Furniture", "Silk", "Coal", "Aluminium", "Trade"];
const GOODS = [
  { en: "cotton yarn", ru: "хлопковая пряжа", hs: "520512" },
  { en: "raw silk", ru: "шёлк-сырец", hs: "500200" },
  { en: "wool carpet", ru: "шерстяной ковёр", hs: "570110" },
  { en: "dried apricots", ru: "курага", hs: "081310" },
  { en: "portland cement", ru: "портландцемент", hs: "252329" },
  { en: "workwear trousers", ru: "рабочие брюки", hs: "620342" },
  { en: "office furniture", ru: "офисная мебель", hs: "940330" },
  { en: "coal briquettes", ru: "угольные брикеты", hs: "270120" },
  { en: "aluminium profiles", ru: "алюминиевый профиль", hs: "760421" },
  { en: "medicaments", ru: "лекарственные средства", hs: "300490" },
  { en: "weaving machine", ru: "ткацкий станок", hs: "844630" },
  { en: "honey", ru: "мёд", hs: "040900" },
];
const PLACES: Array<[string, string]> = [
  ["TJ", "TJ-DU"],
  ["TJ", "TJ-SU"],
  ["TJ", "TJ-KT"],
  ["KG", "KG-GB"],
  ["KG", "KG-C"],
  ["KG", "KG-O"],
  ["RU", "RU-TA"],
  ["KZ", "KZ-75"],
  ["UZ", "UZ-TK"],
];
const SECTORS = [
  "textiles",
  "food-agriculture",
  "pharmaceuticals",
  "construction-materials",
  "machine-engineering",
  "furniture-wood",
  "mining-energy",
  "metals",
  "apparel",
];

const pick = <T>(random: () => number, list: T[]): T => list[Math.floor(random() * list.length)];

/** Inserts `organizations` organisations and `products` products with multilingual, cross-script names. */
export async function generateDirectory(db: Db, reference: ReferenceData, counts: { organizations: number; products: number }, seed = 42) {
  const random = seededRandom(seed);
  const orgIds: string[] = [];
  const orgNames: Array<[TLocalizedText, TLocalizedText]> = [];
  const orgPlaces: Array<{ country: string; region: string }> = [];
  const BATCH = 1000;
  const terms = new Set<string>();
  const remember = <T extends { searchWords: string[] }>(words: T) => {
    for (const w of words.searchWords) terms.add(w);
    return words;
  };
  for (let start = 0; start < counts.organizations; start += BATCH) {
    const rows = [];
    for (let i = start; i < Math.min(start + BATCH, counts.organizations); i++) {
      const s = Math.floor(random() * STEMS_LATIN.length);
      const k = Math.floor(random() * KINDS_EN.length);
      const [country, region] = pick(random, PLACES);
      const legalName = { en: `${STEMS_LATIN[s]} ${KINDS_EN[k]} ${i}`, ru: `${STEMS_CYRILLIC[s]} ${KINDS_RU[k]} ${i}` };
      const shortName = { en: `${STEMS_LATIN[s]} ${KINDS_EN[k]}` };
      const description = { en: `Generated company number ${i} making ${pick(random, GOODS).en}.` };
      const id = crypto.randomUUID();
      orgIds.push(id);
      orgNames.push([legalName, shortName]);
      orgPlaces.push({ country, region });
      rows.push({
        id,
        legalName,
        shortName,
        description,
        country,
        region,
        sectors: [pick(random, SECTORS)],
        languages: ["ru"],
        fictional: true,
        ...remember(organizationSearchKeys({ legalName, shortName, description })),
      });
    }
    await db.insert(organization).values(rows);
  }
  for (let start = 0; start < counts.products; start += BATCH) {
    const rows = [];
    const searchRows = [];
    for (let i = start; i < Math.min(start + BATCH, counts.products); i++) {
      const o = Math.floor(random() * orgIds.length);
      const good = pick(random, GOODS);
      const input = {
        name: { en: `${good.en} grade ${i % 7}`, ru: `${good.ru} сорт ${i % 7}` },
        description: { en: `Batch ${i}` },
        hsCode: good.hs,
        specifications: [],
      };
      const id = crypto.randomUUID();
      rows.push({ id, organizationId: orgIds[o], ...input });
      const words = remember(productSearchKeys(input, reference.hs.get(good.hs)?.description, orgNames[o]));
      searchRows.push({ productId: id, organizationId: orgIds[o], hsCode: good.hs, ...orgPlaces[o], ...words });
    }
    await db.insert(product).values(rows);
    await db.insert(productSearch).values(searchRows);
  }
  const all = [...terms];
  for (let start = 0; start < all.length; start += 5000) {
    await db
      .insert(searchTerm)
      .values(all.slice(start, start + 5000).map((term) => ({ term })))
      .onConflictDoNothing();
  }
  await db.execute(sql`analyze`);
}

/** Queries people type: Latin and Cyrillic, typos, HS codes, with and without filters. */
export function benchmarkQueries(count: number, seed = 7): string[] {
  const random = seededRandom(seed);
  const templates = [
    () => `/api/v1/organizations?q=${encodeURIComponent(pick(random, STEMS_LATIN).toLowerCase())}`,
    () => `/api/v1/organizations?q=${encodeURIComponent(pick(random, STEMS_CYRILLIC))}`,
    () => `/api/v1/organizations?q=${encodeURIComponent(`${pick(random, STEMS_LATIN).slice(0, -1)} ${pick(random, KINDS_EN).toLowerCase()}`)}`,
    () => `/api/v1/organizations?q=${encodeURIComponent(pick(random, KINDS_RU))}&country=${pick(random, PLACES)[0]}`,
    () => `/api/v1/products?q=${encodeURIComponent(pick(random, GOODS).en)}`,
    () => `/api/v1/products?q=${encodeURIComponent(pick(random, GOODS).ru)}`,
    () => `/api/v1/products?q=${encodeURIComponent(pick(random, GOODS).en.replace(/[aeiou](?=[^aeiou]*$)/, ""))}`,
    () => `/api/v1/products?hs=${pick(random, GOODS).hs.slice(0, 4)}&country=${pick(random, PLACES)[0]}`,
    () => `/api/v1/organizations?sector=${pick(random, SECTORS)}&region=${pick(random, PLACES)[1]}`,
  ];
  return Array.from({ length: count }, () => pick(random, templates)());
}
