#!/usr/bin/env node
// Generates data/demo/buyers.json: the buyer and investor organisations that visit the demo forum and take part in
// its B2B meetings without a booth (trading houses, retail chains, garment and furniture makers, hospitals and
// pharmacies, contractors, food producers, investment funds).
//
//   node data/demo/build-buyers.mjs [buyers.json]
//
// Deterministic: the organisations below are written by hand; only their people are drawn, with a seeded PRNG, from
// the name pools. Profile titles and descriptions are assembled from the HS goods names and the quantities, in every
// language the organisation writes in. Everything is invented. Run data/demo/validate-buyers.mjs afterwards.

import { writeFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const here = dirname(fileURLToPath(import.meta.url));
const outPath = process.argv[2] ? resolve(process.argv[2]) : join(here, "buyers.json");

const SEED = 20250710;
const VALID_FROM = "2025-06-01";
const VALID_UNTIL = "2026-12-31";

// ---------------------------------------------------------------- PRNG

function mulberry32(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
const rand = mulberry32(SEED);
const chance = (p) => rand() < p;
const pick = (list) => list[Math.floor(rand() * list.length)];

// ---------------------------------------------------------------- languages by country

/** Languages the organisation's names and texts are written in. */
const TEXT_LANGUAGES = { TJ: ["tg", "ru", "en"], KG: ["ky", "ru", "en"], RU: ["ru", "en"], KZ: ["ru", "en"], UZ: ["ru", "en"] };

// ---------------------------------------------------------------- goods: what the buyers ask for, by HS 2022 code
// Nominative phrases, so that they read after a colon ("Закупка: курага") in every language.

const GOODS = {
  "500200": { en: "raw silk", ru: "шёлк-сырец", tg: "абрешими хом", ky: "чийки жибек" },
  "500400": { en: "silk yarn", ru: "шёлковая пряжа", tg: "ресмони абрешимӣ", ky: "жибек жип" },
  "500720": { en: "silk fabric", ru: "шёлковые ткани", tg: "матои абрешимӣ", ky: "жибек кездеме" },
  "520512": { en: "carded cotton yarn", ru: "кардная хлопчатобумажная пряжа", tg: "ресмони пахтагӣ", ky: "пахта жиби" },
  "520523": { en: "combed cotton yarn", ru: "гребенная хлопчатобумажная пряжа", tg: "ресмони пахтагии шонакардашуда", ky: "таралган пахта жиби" },
  "520812": { en: "cotton calico", ru: "хлопковая бязь", tg: "бӯзи пахтагӣ", ky: "пахта бөз" },
  "520932": { en: "cotton twill", ru: "хлопковая саржа", tg: "саржаи пахтагӣ", ky: "пахта саржа" },
  "510111": { en: "greasy wool", ru: "немытая шерсть", tg: "пашми нашуста", ky: "жуулбаган жүн" },
  "510910": { en: "wool yarn", ru: "шерстяная пряжа", tg: "ресмони пашмин", ky: "жүн жип" },
  "570110": { en: "hand-knotted wool carpets", ru: "шерстяные ковры ручной работы", tg: "қолинҳои пашмини дастбоф", ky: "кол менен токулган жүн килемдер" },
  "570490": { en: "felt carpets", ru: "войлочные ковры", tg: "қолинҳои намадӣ", ky: "кийиз килемдер" },
  "610910": { en: "cotton T-shirts", ru: "хлопковые футболки", tg: "футболкаҳои пахтагӣ", ky: "пахта футболкалар" },
  "620140": { en: "insulated work jackets", ru: "утеплённые рабочие куртки", tg: "куртаҳои гарми корӣ", ky: "жылуу жумушчу курткалар" },
  "620322": { en: "cotton work suits", ru: "хлопковые рабочие костюмы", tg: "костюмҳои кории пахтагӣ", ky: "пахта жумушчу костюмдар" },
  "620442": { en: "women's cotton dresses", ru: "женские хлопковые платья", tg: "либосҳои пахтагии занона", ky: "аялдардын пахта көйнөктөрү" },
  "621133": { en: "high-visibility coveralls", ru: "сигнальные комбинезоны", tg: "комбинезонҳои сигналӣ", ky: "сигналдык комбинезондор" },
  "630221": { en: "cotton bed linen", ru: "хлопковое постельное бельё", tg: "ҷойпӯшҳои пахтагӣ", ky: "пахта шейшептер" },
  "630291": { en: "kitchen towels", ru: "кухонные полотенца", tg: "дастпокҳои ошхона", ky: "ашкана сүлгүлөрү" },
  "940440": { en: "cotton quilts", ru: "стёганые ватные одеяла", tg: "кӯрпаҳои пахтагӣ", ky: "пахта жууркандар" },
  "270111": { en: "anthracite", ru: "антрацит", tg: "антрасит", ky: "антрацит" },
  "270112": { en: "bituminous coal", ru: "каменный уголь", tg: "ангишти сангин", ky: "таш көмүр" },
  "270120": { en: "coal briquettes", ru: "угольные брикеты", tg: "брикетҳои ангиштӣ", ky: "көмүр брикеттери" },
  "252329": { en: "Portland cement", ru: "портландцемент", tg: "сементи портланд", ky: "портландцемент" },
  "252020": { en: "gypsum plaster", ru: "гипсовая штукатурка", tg: "гаҷи андова", ky: "гипс шыбагы" },
  "681011": { en: "aerated concrete blocks", ru: "газобетонные блоки", tg: "блокҳои газобетонӣ", ky: "газобетон блоктору" },
  "690410": { en: "fired clay bricks", ru: "керамический кирпич", tg: "хишти пухта", ky: "бышкан кыш" },
  "690722": { en: "ceramic floor tiles", ru: "керамическая плитка", tg: "кошини сафолӣ", ky: "керамикалык плитка" },
  "700529": { en: "float glass", ru: "флоат-стекло", tg: "шишаи флоат", ky: "флоат айнеги" },
  "760120": { en: "aluminium alloy ingots", ru: "слитки алюминиевых сплавов", tg: "қуймаҳои хӯлаи алюминӣ", ky: "алюминий куймалары" },
  "760410": { en: "aluminium busbars", ru: "алюминиевые шины", tg: "шинаҳои алюминӣ", ky: "алюминий шиналары" },
  "760421": { en: "aluminium profiles", ru: "алюминиевый профиль", tg: "профилҳои алюминӣ", ky: "алюминий профилдери" },
  "844511": { en: "carding machines", ru: "чесальные машины", tg: "мошинҳои шонакунӣ", ky: "тароочу машиналар" },
  "844530": { en: "twisting frames", ru: "крутильные машины", tg: "мошинҳои тобдиҳӣ", ky: "жип чыйратуучу машиналар" },
  "844540": { en: "reeling machines", ru: "мотальные машины", tg: "мошинҳои печонӣ", ky: "ороочу машиналар" },
  "844621": { en: "power looms", ru: "ткацкие станки", tg: "дастгоҳҳои бофандагӣ", ky: "токуучу станоктор" },
  "844630": { en: "rapier weaving machines", ru: "рапирные ткацкие станки", tg: "дастгоҳҳои бофандагии рапирӣ", ky: "рапиралуу токуучу станоктор" },
  "844712": { en: "circular knitting machines", ru: "кругловязальные машины", tg: "мошинҳои давравии трикотажбофӣ", ky: "тегерек трикотаж машиналары" },
  "850152": { en: "induction motors", ru: "асинхронные электродвигатели", tg: "муҳаррикҳои барқии асинхронӣ", ky: "асинхрондук электр кыймылдаткычтар" },
  "850422": { en: "distribution transformers", ru: "силовые трансформаторы", tg: "трансформаторҳои қувва", ky: "күч трансформаторлору" },
  "081310": { en: "dried apricots", ru: "курага", tg: "зардолуи хушк", ky: "кургатылган өрүк" },
  "080232": { en: "walnut kernels", ru: "ядра грецкого ореха", tg: "мағзи чормағз", ky: "жаңгак магизи" },
  "080550": { en: "lemons", ru: "лимоны", tg: "лимӯ", ky: "лимон" },
  "080810": { en: "fresh apples", ru: "свежие яблоки", tg: "себи тару тоза", ky: "жаңы алма" },
  "070200": { en: "tomatoes", ru: "томаты", tg: "помидор", ky: "помидор" },
  "200989": { en: "fruit juices", ru: "фруктовые соки", tg: "шарбатҳои мевагӣ", ky: "жемиш ширелери" },
  "200971": { en: "apple juice", ru: "яблочный сок", tg: "шарбати себ", ky: "алма ширеси" },
  "040900": { en: "natural honey", ru: "натуральный мёд", tg: "асали табиӣ", ky: "табигый бал" },
  "040510": { en: "butter", ru: "сливочное масло", tg: "равғани маска", ky: "сары май" },
  "040690": { en: "cheese", ru: "сыр", tg: "панир", ky: "сыр" },
  "190590": { en: "chak-chak", ru: "чак-чак", tg: "чак-чак", ky: "чак-чак" },
  "170490": { en: "oriental sweets", ru: "восточные сладости", tg: "ширинии шарқӣ", ky: "чыгыш таттуулары" },
  "300490": { en: "medicines", ru: "лекарственные препараты", tg: "доруҳо", ky: "дары-дармектер" },
  "300510": { en: "adhesive plasters", ru: "лейкопластыри", tg: "лейкопластырҳо", ky: "лейкопластырлар" },
  "300590": { en: "gauze dressings", ru: "марлевые бинты", tg: "бинтҳои докагӣ", ky: "доко бинттер" },
  "300610": { en: "surgical sutures", ru: "хирургический шовный материал", tg: "риштаҳои ҷарроҳӣ", ky: "хирургиялык тигиш жиптери" },
  "901831": { en: "single-use syringes", ru: "одноразовые шприцы", tg: "шприцҳои яккарата", ky: "бир жолку шприцтер" },
  "901839": { en: "infusion sets", ru: "системы для инфузий", tg: "системаҳои инфузионӣ", ky: "инфузиялык системалар" },
  "901890": { en: "surgical instruments", ru: "хирургические инструменты", tg: "асбобҳои ҷарроҳӣ", ky: "хирургиялык аспаптар" },
  "940171": { en: "office chairs", ru: "офисные стулья", tg: "курсиҳои идорӣ", ky: "кеңсе отургучтары" },
  "940320": { en: "school desks", ru: "школьные парты", tg: "партаҳои мактабӣ", ky: "мектеп парталары" },
  "940330": { en: "office furniture", ru: "офисная мебель", tg: "мебели идорӣ", ky: "кеңсе эмеректери" },
  "940350": { en: "bedroom furniture", ru: "мебель для спальни", tg: "мебели хонаи хоб", ky: "уктоочу бөлмө эмеректери" },
  "940360": { en: "carved wooden furniture", ru: "резная деревянная мебель", tg: "мебели кандакории чӯбӣ", ky: "оймо-чийме жыгач эмеректер" },
  "440711": { en: "sawn pine", ru: "сосновые пиломатериалы", tg: "тахтаи санавбар", ky: "карагай тактайлары" },
  "441011": { en: "chipboard", ru: "ДСП", tg: "тахтаҳои ДСП", ky: "ДСП плиталары" },
  "410791": { en: "finished cattle leather", ru: "выделанная кожа КРС", tg: "чарми коркардшудаи гов", ky: "иштетилген уй териси" },
  "640340": { en: "leather work boots", ru: "кожаные рабочие ботинки", tg: "пойафзоли кории чармӣ", ky: "булгаары жумушчу бут кийим" },
  "870410": { en: "mining dump trucks", ru: "карьерные самосвалы", tg: "худборкашҳои конӣ", ky: "карьер самосвалдары" },
  "870423": { en: "tipper trucks", ru: "самосвалы", tg: "мошинҳои худборкаш", ky: "самосвалдар" },
  "871639": { en: "semi-trailers", ru: "полуприцепы", tg: "нимприцепҳо", ky: "жарым чиркегичтер" },
  "401110": { en: "car tyres", ru: "легковые шины", tg: "шинаҳои мошинҳои сабукрав", ky: "жеңил унаа шиналары" },
  "401120": { en: "truck tyres", ru: "грузовые шины", tg: "шинаҳои мошинҳои боркаш", ky: "жүк ташуучу унаа шиналары" },
  "401170": { en: "tractor tyres", ru: "тракторные шины", tg: "шинаҳои трактор", ky: "трактор шиналары" },
  "390110": { en: "low-density polyethylene", ru: "полиэтилен низкой плотности", tg: "полиэтилени зичиаш паст", ky: "төмөн тыгыздыктагы полиэтилен" },
  "390120": { en: "high-density polyethylene", ru: "полиэтилен высокой плотности", tg: "полиэтилени зичиаш баланд", ky: "жогорку тыгыздыктагы полиэтилен" },
  "390210": { en: "polypropylene", ru: "полипропилен", tg: "полипропилен", ky: "полипропилен" },
  "392020": { en: "polypropylene film", ru: "полипропиленовая плёнка", tg: "пардаи полипропиленӣ", ky: "полипропилен пленкасы" },
  "880211": { en: "light helicopters", ru: "лёгкие вертолёты", tg: "чархболҳои сабук", ky: "жеңил тик учактар" },
};

/** Markets: English name, Russian genitive (из …), Tajik (аз …), Kyrgyz ablative, Russian and Kyrgyz locative. */
const MARKETS = {
  TJ: { en: "Tajikistan", ru: "Таджикистана", tg: "Тоҷикистон", ky: "Тажикстандан", ruIn: "Таджикистане", kyIn: "Тажикстанда" },
  KG: { en: "Kyrgyzstan", ru: "Кыргызстана", tg: "Қирғизистон", ky: "Кыргызстандан", ruIn: "Кыргызстане", kyIn: "Кыргызстанда" },
  "RU-TA": { en: "Tatarstan", ru: "Татарстана", tg: "Тотористон", ky: "Татарстандан", ruIn: "Татарстане", kyIn: "Татарстанда" },
  RU: { en: "Russia", ru: "России", tg: "Русия", ky: "Россиядан", ruIn: "России", kyIn: "Россияда" },
  KZ: { en: "Kazakhstan", ru: "Казахстана", tg: "Қазоқистон", ky: "Казакстандан", ruIn: "Казахстане", kyIn: "Казакстанда" },
  UZ: { en: "Uzbekistan", ru: "Узбекистана", tg: "Ӯзбекистон", ky: "Өзбекстандан", ruIn: "Узбекистане", kyIn: "Өзбекстанда" },
};

const UNITS = {
  t: { en: "t", ru: "т", tg: "т", ky: "т" },
  pcs: { en: "pcs", ru: "шт.", tg: "дона", ky: "даана" },
  packs: { en: "packs", ru: "упаковок", tg: "қуттӣ", ky: "куту" },
  sets: { en: "sets", ru: "комплектов", tg: "маҷмӯа", ky: "топтом" },
  units: { en: "units", ru: "ед.", tg: "адад", ky: "даана" },
  m: { en: "m", ru: "м", tg: "м", ky: "м" },
  m2: { en: "m²", ru: "м²", tg: "м²", ky: "м²" },
  m3: { en: "m³", ru: "м³", tg: "м³", ky: "м³" },
  l: { en: "l", ru: "л", tg: "л", ky: "л" },
};
const AND = { en: "and", ru: "и", tg: "ва", ky: "жана" };

const list = (items, lang) => (items.length < 2 ? items.join("") : `${items.slice(0, -1).join(", ")} ${AND[lang]} ${items.at(-1)}`);
const goods = (codes, lang) =>
  list(
    codes.map((c) => {
      if (!GOODS[c]) throw new Error(`No goods name for HS ${c}: add it to GOODS`);
      return GOODS[c][lang];
    }),
    lang,
  );
const markets = (codes, lang) => list(codes.map((c) => MARKETS[c][lang]), lang);
const number = (n, lang) => (lang === "en" ? n.toLocaleString("en-US") : n.toLocaleString("en-US").replaceAll(",", " ").replace(".", ","));
const capital = (s) => s[0].toUpperCase() + s.slice(1);
const homeOf = (org) => (org.country === "RU" ? "RU-TA" : org.country);

// ---------------------------------------------------------------- profile texts

function requestTexts(p, langs) {
  const year = p.period === "year";
  const texts = {
    en: {
      title: `Buying ${goods(p.hs, "en")}`,
      description: `About ${number(p.q, "en")} ${UNITS[p.unit].en} a ${p.period}; we look for suppliers from ${markets(p.markets, "en")}.`,
    },
    ru: {
      title: `Закупка: ${goods(p.hs, "ru")}`,
      description: `Около ${number(p.q, "ru")} ${UNITS[p.unit].ru} в ${year ? "год" : "месяц"}; ищем поставщиков из ${markets(p.markets, "ru")}.`,
    },
    tg: {
      title: `Харидорӣ: ${goods(p.hs, "tg")}`,
      description: `Тақрибан ${number(p.q, "tg")} ${UNITS[p.unit].tg} дар як ${year ? "сол" : "моҳ"}; таъминкунандагонро аз ${markets(p.markets, "tg")} меҷӯем.`,
    },
    ky: {
      title: `Сатып алабыз: ${goods(p.hs, "ky")}`,
      description: `${year ? "Жылына" : "Айына"} болжол менен ${number(p.q, "ky")} ${UNITS[p.unit].ky} керек; ${markets(p.markets, "ky")} жеткирүүчүлөрдү издейбиз.`,
    },
  };
  return pickLanguages(texts, langs);
}

function distributionTexts(p, org, langs) {
  const home = MARKETS[homeOf(org)];
  const texts = {
    en: {
      title: `Official distributor for ${goods(p.hs, "en")}`,
      description: `We look for manufacturers from ${markets(p.markets, "en")} that want an official distributor in ${home.en}.`,
    },
    ru: {
      title: `Официальный дистрибьютор: ${goods(p.hs, "ru")}`,
      description: `Ищем производителей из ${markets(p.markets, "ru")}, которым нужен официальный дистрибьютор в ${home.ruIn}.`,
    },
    tg: {
      title: `Дистрибютори расмӣ: ${goods(p.hs, "tg")}`,
      description: `Истеҳсолкунандагонро аз ${markets(p.markets, "tg")} меҷӯем, ки дар ${home.tg} дистрибютори расмӣ мехоҳанд.`,
    },
    ky: {
      title: `Расмий дистрибьютор: ${goods(p.hs, "ky")}`,
      description: `${home.kyIn} расмий дистрибьютор издеген ${markets(p.markets, "ky")} өндүрүүчүлөрдү издейбиз.`,
    },
  };
  return pickLanguages(texts, langs);
}

function investmentTexts(p, langs) {
  const [a, b] = p.amount.map((n) => ({ en: String(n), other: String(n).replace(".", ",") }));
  const texts = {
    en: {
      title: `Investment in production: ${goods(p.hs, "en")}`,
      description: `We can put USD ${a.en}–${b.en} million into one project and look for companies from ${markets(p.markets, "en")}.`,
    },
    ru: {
      title: `Инвестиции в производство: ${goods(p.hs, "ru")}`,
      description: `Готовы вложить от ${a.other} до ${b.other} млн долларов США в один проект; ищем компании из ${markets(p.markets, "ru")}.`,
    },
    tg: {
      title: `Сармоягузорӣ ба истеҳсол: ${goods(p.hs, "tg")}`,
      description: `Ба як лоиҳа аз ${a.other} то ${b.other} млн доллари ИМА сармоя гузошта метавонем; ширкатҳоро аз ${markets(p.markets, "tg")} меҷӯем.`,
    },
    ky: {
      title: `Өндүрүшкө инвестиция: ${goods(p.hs, "ky")}`,
      description: `Бир долбоорго ${a.other}–${b.other} млн АКШ долларын салууга даярбыз; ${markets(p.markets, "ky")} компанияларды издейбиз.`,
    },
  };
  return pickLanguages(texts, langs);
}

function pickLanguages(texts, langs) {
  const title = {};
  const description = {};
  for (const lang of langs) {
    title[lang] = capital(texts[lang].title);
    description[lang] = texts[lang].description;
  }
  return { title, description };
}

// ---------------------------------------------------------------- people: [as written, Latin for the e-mail]

const NAMES = {
  TJ: {
    male: [["Фирӯз", "firuz"], ["Суҳроб", "suhrob"], ["Манучеҳр", "manuchehr"], ["Рустам", "rustam"], ["Бахтиёр", "bakhtiyor"], ["Хуршед", "khurshed"],
      ["Ҷаҳонгир", "jahongir"], ["Қурбонали", "qurbonali"], ["Ғайрат", "ghayrat"], ["Зафар", "zafar"], ["Шоҳрух", "shohrukh"], ["Меҳроҷ", "mehroj"],
      ["Ҳабибулло", "habibullo"], ["Ӯктам", "uktam"], ["Сиёвуш", "siyovush"], ["Раҳматулло", "rahmatullo"], ["Тоҳир", "tohir"], ["Наврӯз", "navruz"]],
    female: [["Шаҳноза", "shahnoza"], ["Мавзуна", "mavzuna"], ["Гулчеҳра", "gulchehra"], ["Нилуфар", "nilufar"], ["Фарангис", "farangis"], ["Манижа", "manizha"],
      ["Ситора", "sitora"], ["Мунира", "munira"], ["Дилором", "dilorom"], ["Таҳмина", "tahmina"], ["Меҳрангез", "mehrangez"], ["Ҳилола", "hilola"],
      ["Рухшона", "rukhshona"], ["Парвина", "parvina"], ["Ҷамила", "jamila"], ["Моҳира", "mohira"]],
    // [masculine, feminine, Latin]
    family: [["Раҳимов", "Раҳимова", "rahimov"], ["Қодиров", "Қодирова", "qodirov"], ["Ғафуров", "Ғафурова", "ghafurov"], ["Ҷӯраев", "Ҷӯраева", "juraev"],
      ["Шарипов", "Шарипова", "sharipov"], ["Исмоилов", "Исмоилова", "ismoilov"], ["Олимов", "Олимова", "olimov"], ["Бобоев", "Бобоева", "boboev"],
      ["Давлатов", "Давлатова", "davlatov"], ["Ҳамроев", "Ҳамроева", "hamroev"], ["Мирзоев", "Мирзоева", "mirzoev"], ["Қурбонов", "Қурбонова", "qurbonov"],
      ["Раҷабов", "Раҷабова", "rajabov"], ["Абдуллоев", "Абдуллоева", "abdulloev"], ["Сафаров", "Сафарова", "safarov"], ["Ҳусейнов", "Ҳусейнова", "huseynov"],
      ["Ғуломов", "Ғуломова", "ghulomov"], ["Азиззода", "Азиззода", "azizzoda"], ["Шарифзода", "Шарифзода", "sharifzoda"], ["Каримзода", "Каримзода", "karimzoda"],
      ["Ҳасанзода", "Ҳасанзода", "hasanzoda"], ["Қаюмзода", "Қаюмзода", "qayumzoda"], ["Наимзода", "Наимзода", "naimzoda"], ["Ҷалолӣ", "Ҷалолӣ", "jaloli"]],
  },
  KG: {
    male: [["Нурлан", "nurlan"], ["Эрмек", "ermek"], ["Улан", "ulan"], ["Тилек", "tilek"], ["Жоомарт", "zhoomart"], ["Бектур", "bektur"], ["Мирлан", "mirlan"],
      ["Чыңгыз", "chyngyz"], ["Өмүрбек", "omurbek"], ["Үсөн", "usen"], ["Дастан", "dastan"], ["Кубат", "kubat"], ["Мелис", "melis"], ["Жеңишбек", "zhenishbek"],
      ["Сүйүнбек", "suyunbek"], ["Бакыт", "bakyt"]],
    female: [["Бермет", "bermet"], ["Гүлзат", "gulzat"], ["Жаңыл", "zhanyl"], ["Нургүл", "nurgul"], ["Чолпон", "cholpon"], ["Үмүт", "umut"], ["Айнура", "ainura"],
      ["Мөлдүр", "moldur"], ["Назгүл", "nazgul"], ["Сезим", "sezim"], ["Каныкей", "kanykei"], ["Айжан", "aizhan"], ["Гүлмира", "gulmira"]],
    family: [["Абдыраев", "Абдыраева", "abdyraev"], ["Үсөнов", "Үсөнова", "usenov"], ["Бекболотов", "Бекболотова", "bekbolotov"], ["Сыдыков", "Сыдыкова", "sydykov"],
      ["Мамытов", "Мамытова", "mamytov"], ["Төлөгөнов", "Төлөгөнова", "tologonov"], ["Курманбеков", "Курманбекова", "kurmanbekov"], ["Эшимов", "Эшимова", "eshimov"],
      ["Өмүрзаков", "Өмүрзакова", "omurzakov"], ["Шаршеев", "Шаршеева", "sharsheev"], ["Кадырбеков", "Кадырбекова", "kadyrbekov"], ["Жумагулов", "Жумагулова", "zhumagulov"],
      ["Сагынбаев", "Сагынбаева", "sagynbaev"], ["Кеңешов", "Кеңешова", "keneshov"], ["Дүйшөнбиев", "Дүйшөнбиева", "duishonbiev"], ["Бөкөнбаев", "Бөкөнбаева", "bokonbaev"],
      ["Ниязбеков", "Ниязбекова", "niyazbekov"], ["Мураталиев", "Мураталиева", "murataliev"]],
  },
  RU: {
    male: [["Ильнур", "ilnur"], ["Рустем", "rustem"], ["Айрат", "airat"], ["Булат", "bulat"], ["Радик", "radik"], ["Ильдус", "ildus"], ["Алексей", "aleksei"],
      ["Иван", "ivan"], ["Павел", "pavel"], ["Артём", "artyom"], ["Фарид", "farid"], ["Роман", "roman"], ["Евгений", "evgeny"], ["Марат", "marat"]],
    female: [["Гузель", "guzel"], ["Алсу", "alsu"], ["Эльмира", "elmira"], ["Лилия", "liliya"], ["Ирина", "irina"], ["Ольга", "olga"], ["Диляра", "dilyara"],
      ["Чулпан", "chulpan"], ["Резеда", "rezeda"], ["Наталья", "natalya"], ["Анастасия", "anastasia"]],
    family: [["Гарипов", "Гарипова", "garipov"], ["Сабиров", "Сабирова", "sabirov"], ["Хайруллин", "Хайруллина", "khairullin"], ["Мингазов", "Мингазова", "mingazov"],
      ["Валиуллин", "Валиуллина", "valiullin"], ["Ахметзянов", "Ахметзянова", "akhmetzyanov"], ["Смирнов", "Смирнова", "smirnov"], ["Новиков", "Новикова", "novikov"],
      ["Фёдоров", "Фёдорова", "fedorov"], ["Гимадиев", "Гимадиева", "gimadiev"], ["Зарипов", "Зарипова", "zaripov"], ["Шайхутдинов", "Шайхутдинова", "shaikhutdinov"],
      ["Кузьмин", "Кузьмина", "kuzmin"], ["Латыпов", "Латыпова", "latypov"], ["Нуруллин", "Нуруллина", "nurullin"], ["Мухаметшин", "Мухаметшина", "mukhametshin"]],
  },
  KZ: {
    male: [["Ерлан", "erlan"], ["Данияр", "daniyar"], ["Аскар", "askar"], ["Берик", "berik"], ["Арман", "arman"], ["Нурлан", "nurlan"], ["Асхат", "askhat"]],
    female: [["Айгерим", "aigerim"], ["Аружан", "aruzhan"], ["Сауле", "saule"], ["Жанна", "zhanna"], ["Динара", "dinara"]],
    family: [["Нурпеисов", "Нурпеисова", "nurpeisov"], ["Оспанов", "Оспанова", "ospanov"], ["Тулегенов", "Тулегенова", "tulegenov"], ["Жаксылыков", "Жаксылыкова", "zhaksylykov"],
      ["Сарсенбаев", "Сарсенбаева", "sarsenbaev"], ["Ахметов", "Ахметова", "akhmetov"], ["Искаков", "Искакова", "iskakov"]],
  },
  // Uzbek names in the Latin script Uzbekistan writes them in.
  UZ: {
    male: [["Jasur", "jasur"], ["Sherzod", "sherzod"], ["Bekzod", "bekzod"], ["Akmal", "akmal"], ["Dilshod", "dilshod"], ["Sardor", "sardor"], ["Farrux", "farrukh"]],
    female: [["Nodira", "nodira"], ["Gulnora", "gulnora"], ["Malika", "malika"], ["Shahlo", "shahlo"], ["Dilnoza", "dilnoza"], ["Zilola", "zilola"]],
    family: [["Toshmatov", "Toshmatova", "toshmatov"], ["Ergashev", "Ergasheva", "ergashev"], ["Yusupov", "Yusupova", "yusupov"], ["Mirzayev", "Mirzayeva", "mirzayev"],
      ["Rasulov", "Rasulova", "rasulov"], ["Sobirov", "Sobirova", "sobirov"], ["Abdullayev", "Abdullayeva", "abdullayev"]],
  },
};

/** Job titles in the language the organisation works in: [owner, second person]. */
const JOBS = {
  TJ: { buyer: [["Директор", "Директори генералӣ", "Муассис ва директор"], ["Мудири шуъбаи харид", "Менеҷери харид", "Сармутахассиси таъминот"]],
    investor: [["Шарики идоракунанда"], ["Таҳлилгари сармоягузорӣ"]] },
  KG: { buyer: [["Директор", "Башкы директор", "Негиздөөчү жана директор"], ["Сатып алуу бөлүмүнүн башчысы", "Сатып алуу боюнча менеджер", "Жабдуу боюнча адис"]],
    investor: [["Башкаруучу өнөк"], ["Инвестициялык аналитик"]] },
  RU: { buyer: [["Генеральный директор", "Директор", "Учредитель и директор"], ["Директор по закупкам", "Менеджер по закупкам", "Руководитель отдела снабжения"]],
    investor: [["Управляющий партнёр"], ["Инвестиционный аналитик"]] },
};
const jobsOf = (country) => JOBS[country] ?? JOBS.RU;

function person(country, key, taken) {
  const pool = NAMES[country];
  for (;;) {
    const female = chance(0.4);
    const [given, givenLatin] = pick(female ? pool.female : pool.male);
    const [masc, fem, familyLatin] = pick(pool.family);
    // Feminine family names add -a (Раҳимова, Yusupova) unless they have one form (Азиззода).
    const email = `${givenLatin}.${familyLatin}${female && fem !== masc ? "a" : ""}@${key}.demo.hamkori.org`;
    if (taken.has(email)) continue;
    taken.add(email);
    return { name: `${given} ${female ? fem : masc}`, email };
  }
}

// ---------------------------------------------------------------- the organisations (all invented)
// name: [legal name, short name] per language. Profiles: req = request (hs, quantity, unit, period, markets),
// dist = distribution partnership (hs, markets), inv = investment partnership (hs, [min, max] million USD, markets).

const req = (hs, q, unit, period, markets, certificates = []) => ({ kind: "request", hs, q, unit, period, markets, certificates });
const dist = (hs, markets) => ({ kind: "partnership", type: "distribution", hs, markets });
const inv = (hs, amount, markets) => ({ kind: "partnership", type: "investment", hs, amount, markets });
const GMP = ["GMP"];

const ORGANIZATIONS = [
  // ------------------------------------------------------------ Tajikistan
  {
    key: "osiyo-trading", country: "TJ", region: "TJ-DU", city: "Dushanbe", size: "medium", category: "buyer",
    sectors: ["trade-services", "textiles"], languages: ["tg", "ru", "en"],
    name: { tg: ["ҶДММ «Хонаи савдои Осиё»", "Савдои Осиё"], ru: ["ООО «Торговый дом Осиё»", "ТД Осиё"], en: ["Osiyo Trading House LLC", "Osiyo Trading"] },
    about: {
      tg: "Хонаи савдо дар Душанбе, ки матоъ, ресмон ва либоси тайёрро аз Қирғизистон ворид карда, ба бозорҳои Душанбе ва Хатлон яклухт мефурӯшад.",
      ru: "Торговый дом в Душанбе: ввозим ткани, пряжу и готовую одежду из Кыргызстана и продаём оптом на рынках Душанбе и Хатлона.",
      en: "Dushanbe trading house that imports fabric, yarn and ready-made clothing from Kyrgyzstan and wholesales them to the markets of Dushanbe and Khatlon.",
    },
    profiles: [req(["520812", "520512"], 25, "t", "month", ["KG"]), req(["610910", "620442", "630291"], 60000, "pcs", "year", ["KG"]), req(["570490"], 800, "pcs", "year", ["KG"])],
  },
  {
    key: "dushanbe-stroy", country: "TJ", region: "TJ-DU", city: "Dushanbe", size: "large", category: "buyer",
    sectors: ["construction"], languages: ["tg", "ru"],
    name: { tg: ["ҶДММ «Душанбе Сохтмон»", "Душанбе Сохтмон"], ru: ["ООО «Душанбе Строй»", "Душанбе Строй"], en: ["Dushanbe Stroy LLC", "Dushanbe Stroy"] },
    about: {
      tg: "Пудратчии генералӣ, ки биноҳои истиқоматӣ ва мактабҳоро дар Душанбе ва ноҳияҳои тобеи ҷумҳурӣ месозад.",
      ru: "Генеральный подрядчик: строим жилые дома и школы в Душанбе и районах республиканского подчинения.",
      en: "General contractor building housing and schools in Dushanbe and the districts of republican subordination.",
    },
    profiles: [req(["700529", "681011", "252020"], 2500, "t", "year", ["KG"]), req(["870423"], 12, "units", "year", ["RU-TA"]), req(["620322", "640340"], 1800, "pcs", "year", ["TJ", "KG"])],
  },
  {
    key: "shifo-clinics", country: "TJ", region: "TJ-DU", city: "Dushanbe", size: "medium", category: "buyer",
    sectors: ["pharmaceuticals"], languages: ["tg", "ru", "en"],
    name: { tg: ["ҶДММ «Шабакаи клиникаҳои Шифо»", "Клиникаҳои Шифо"], ru: ["ООО «Сеть клиник Шифо»", "Клиники Шифо"], en: ["Shifo Clinics LLC", "Shifo Clinics"] },
    about: {
      tg: "Шабакаи хусусии беморхонаҳо ва клиникаҳои ҷарроҳӣ дар Душанбе, Бохтар ва Кӯлоб бо 420 кат.",
      ru: "Частная сеть больниц и хирургических клиник в Душанбе, Бохтаре и Кулябе на 420 коек.",
      en: "Private network of hospitals and surgical clinics in Dushanbe, Bokhtar and Kulob with 420 beds.",
    },
    profiles: [req(["300610", "901890"], 18000, "pcs", "year", ["RU-TA"], GMP), req(["300510", "901839"], 60000, "pcs", "year", ["KG"]), req(["300490"], 90000, "packs", "year", ["KG", "RU-TA"], GMP)],
  },
  {
    key: "sino-pharmacies", country: "TJ", region: "TJ-DU", city: "Dushanbe", size: "medium", category: "buyer",
    sectors: ["pharmaceuticals", "trade-services"], languages: ["tg", "ru"],
    name: { tg: ["ҶДММ «Дорухонаҳои Сино»", "Дорухонаҳои Сино"], ru: ["ООО «Аптеки Сино»", "Аптеки Сино"], en: ["Sino Pharmacies LLC", "Sino Pharmacies"] },
    about: {
      tg: "Шабакаи 38 дорухона дар Душанбе ва водии Ҳисор, ки доруҳои ватанӣ ва воридотиро мефурӯшад.",
      ru: "Сеть из 38 аптек в Душанбе и Гиссарской долине, продаём отечественные и импортные лекарства.",
      en: "Chain of 38 pharmacies in Dushanbe and the Hisor valley selling Tajik and imported medicines.",
    },
    profiles: [req(["300490"], 400000, "packs", "year", ["KG", "RU-TA"], GMP), dist(["300490"], ["RU-TA", "KG"])],
  },
  {
    key: "khujand-garment", country: "TJ", region: "TJ-SU", city: "Khujand", size: "medium", category: "buyer",
    sectors: ["apparel"], languages: ["tg", "ru", "uz"],
    name: { tg: ["ҶДММ «Фабрикаи дӯзандагии Хуҷанд»", "Дӯзандагии Хуҷанд"], ru: ["ООО «Швейная фабрика Худжанд»", "ШФ Худжанд"], en: ["Khujand Garment Factory LLC", "Khujand Garment"] },
    about: {
      tg: "Фабрикаи дӯзандагӣ дар Хуҷанд, ки либоси мактабӣ, либосҳои занона ва либоси кориро барои бозори дохилӣ ва Русия медӯзад.",
      ru: "Швейная фабрика в Худжанде: шьём школьную форму, женские платья и рабочую одежду для внутреннего рынка и России.",
      en: "Garment factory in Khujand sewing school uniforms, women's dresses and workwear for the home market and Russia.",
    },
    profiles: [req(["520812", "520512"], 150000, "m", "year", ["KG"])],
  },
  {
    key: "istaravshan-knit", country: "TJ", region: "TJ-SU", city: "Istaravshan", size: "small", category: "buyer",
    sectors: ["textiles", "apparel"], languages: ["tg", "ru"],
    name: { tg: ["ҶДММ «Трикотажи Истаравшан»", "Трикотажи Истаравшан"], ru: ["ООО «Истаравшан Трикотаж»", "Истаравшан Трикотаж"], en: ["Istaravshan Knitwear LLC", "Istaravshan Knitwear"] },
    about: {
      tg: "Корхонаи хурди трикотажбофӣ, ки футболка ва либоси кӯдакона мебофад ва хатҳои нав насб карданист.",
      ru: "Небольшое трикотажное производство: вяжем футболки и детскую одежду и собираемся поставить новые линии.",
      en: "Small knitting mill making T-shirts and children's wear, about to install new lines.",
    },
    profiles: [req(["844712"], 6, "units", "year", ["RU-TA"]), req(["520512", "510910"], 8, "t", "month", ["KG", "TJ"])],
  },
  {
    key: "kulob-spinning", country: "TJ", region: "TJ-KT", city: "Kulob", size: "large", category: "buyer",
    sectors: ["textiles"], languages: ["tg", "ru"],
    name: { tg: ["ҶСК «Ресандагии Кӯлоб»", "Ресандагии Кӯлоб"], ru: ["ОАО «Кулябская прядильная фабрика»", "Кулябская прядильная"], en: ["Kulob Spinning Mill OJSC", "Kulob Spinning"] },
    about: {
      tg: "Фабрикаи ресандагӣ, ки аз пахтаи Хатлон ресмон мересад ва таҷҳизоти кӯҳнаи давраи шӯравиро иваз мекунад.",
      ru: "Прядильная фабрика, перерабатывающая хлопок Хатлона в пряжу; меняем старое советское оборудование.",
      en: "Spinning mill turning Khatlon cotton into yarn and replacing its old Soviet-era equipment.",
    },
    profiles: [req(["844530", "844511"], 24, "units", "year", ["RU-TA", "TJ"]), req(["850152"], 120, "pcs", "year", ["RU-TA"])],
  },
  {
    key: "bokhtar-dairy", country: "TJ", region: "TJ-KT", city: "Bokhtar", size: "medium", category: "buyer",
    sectors: ["food-agriculture"], languages: ["tg", "ru"],
    name: { tg: ["ҶДММ «Шири Бохтар»", "Шири Бохтар"], ru: ["ООО «Бохтар Молоко»", "Бохтар Молоко"], en: ["Bokhtar Dairy LLC", "Bokhtar Dairy"] },
    about: {
      tg: "Корхонаи ширкоркунӣ дар Бохтар, ки шир, ҷурғот ва чакаро дар зарфҳои пластикӣ барои мағозаҳои Хатлон ва Душанбе мебандад.",
      ru: "Молочный завод в Бохтаре: молоко, йогурт и чака в пластиковой таре для магазинов Хатлона и Душанбе.",
      en: "Dairy plant in Bokhtar packing milk, yoghurt and chakka in plastic containers for shops in Khatlon and Dushanbe.",
    },
    profiles: [req(["390120", "390210"], 180, "t", "year", ["RU-TA"])],
  },
  {
    key: "mehr-confectionery", country: "TJ", region: "TJ-DU", city: "Dushanbe", size: "medium", category: "buyer",
    sectors: ["food-agriculture"], languages: ["tg", "ru"],
    name: { tg: ["ҶДММ «Фабрикаи қаннодии Меҳр»", "Қаннодии Меҳр"], ru: ["ООО «Кондитерская фабрика Мехр»", "КФ Мехр"], en: ["Mehr Confectionery LLC", "Mehr Confectionery"] },
    about: {
      tg: "Фабрикаи қаннодӣ дар Душанбе, ки пирожниҳо, кулчақанд ва тортҳоро бо чормағз, асал ва равғани маска мепазад.",
      ru: "Кондитерская фабрика в Душанбе: пирожные, печенье и торты с грецким орехом, мёдом и сливочным маслом.",
      en: "Dushanbe confectionery factory making pastries, biscuits and cakes with walnuts, honey and butter.",
    },
    profiles: [req(["080232", "040510"], 60, "t", "year", ["KG"]), req(["040900", "081310"], 25, "t", "year", ["KG", "RU-TA", "TJ"])],
  },
  {
    key: "hisor-furniture", country: "TJ", region: "TJ-RA", city: "Hisor", size: "small", category: "buyer",
    sectors: ["furniture-wood"], languages: ["tg", "ru"],
    name: { tg: ["ҶДММ «Мебели Ҳисор»", "Мебели Ҳисор"], ru: ["ООО «Гиссар Мебель»", "Гиссар Мебель"], en: ["Hisor Furniture LLC", "Hisor Furniture"] },
    about: {
      tg: "Устохонаи мебелсозӣ дар Ҳисор, ки диван, курсӣ ва ҷевонҳоро аз ДСП ва чӯби санавбар бо рӯйпӯши чармӣ месозад.",
      ru: "Мебельный цех в Гиссаре: диваны, кресла и шкафы из ДСП и сосны с кожаной обивкой.",
      en: "Furniture workshop in Hisor making sofas, armchairs and wardrobes of chipboard and pine with leather upholstery.",
    },
    profiles: [req(["440711", "441011"], 900, "m3", "year", ["RU-TA"]), req(["410791"], 8000, "m2", "year", ["KG"])],
  },
  {
    key: "rasht-roads", country: "TJ", region: "TJ-RA", city: "Gharm", size: "medium", category: "buyer",
    sectors: ["construction", "transport-logistics"], languages: ["tg", "ru"],
    name: { tg: ["ҶДММ «Роҳсози Рашт»", "Роҳсози Рашт"], ru: ["ООО «Рашт Дорстрой»", "Рашт Дорстрой"], en: ["Rasht Road Construction LLC", "Rasht Roads"] },
    about: {
      tg: "Роҳҳои кӯҳиро дар водии Рашт месозем ва таъмир мекунем; парки худборкашҳо ва техникаи роҳсозиро нав мекунем.",
      ru: "Строим и ремонтируем горные дороги в Раштской долине; обновляем парк самосвалов и дорожной техники.",
      en: "Builds and repairs mountain roads in the Rasht valley and is renewing its fleet of tippers and road machinery.",
    },
    profiles: [req(["870423", "871639"], 15, "units", "year", ["RU-TA"]), req(["401120"], 600, "pcs", "year", ["RU-TA"]), req(["252329"], 1200, "t", "month", ["TJ"])],
  },
  {
    key: "dushanbe-facades", country: "TJ", region: "TJ-DU", city: "Dushanbe", size: "small", category: "buyer",
    sectors: ["construction-materials", "construction"], languages: ["tg", "ru"],
    name: { tg: ["ҶДММ «Тиреза ва Фасад»", "Тиреза ва Фасад"], ru: ["ООО «Окна и Фасады Душанбе»", "Окна и Фасады"], en: ["Dushanbe Windows & Facades LLC", "Windows & Facades"] },
    about: {
      tg: "Тиреза, дар ва фасадҳои шишагиро аз профили алюминӣ барои биноҳои нави Душанбе месозем ва насб мекунем.",
      ru: "Изготавливаем и монтируем окна, двери и стеклянные фасады из алюминиевого профиля для новостроек Душанбе.",
      en: "Makes and installs aluminium windows, doors and glass facades for new buildings in Dushanbe.",
    },
    profiles: [req(["760421"], 240, "t", "year", ["TJ"]), req(["700529"], 40000, "m2", "year", ["KG"])],
  },
  {
    key: "danghara-agro", country: "TJ", region: "TJ-KT", city: "Danghara", size: "large", category: "buyer",
    sectors: ["food-agriculture"], languages: ["tg", "ru"],
    name: { tg: ["ҶДММ «Агрохолдинги Данғара»", "Данғара Агро"], ru: ["ООО «Агрохолдинг Дангара»", "Дангара Агро"], en: ["Danghara Agroholding LLC", "Danghara Agro"] },
    about: {
      tg: "Гармхонаҳо ва боғҳо дар 600 гектар дар ноҳияи Данғара, ки сабзавоту меваро барои содирот мерӯёнанд; гармхонаҳо зимистон бо ангишт гарм мешаванд.",
      ru: "Теплицы и сады на 600 гектарах в Дангаринском районе; выращиваем овощи и фрукты на экспорт, зимой теплицы отапливаем углём.",
      en: "Greenhouses and orchards on 600 hectares in Danghara district growing vegetables and fruit for export; the greenhouses are heated with coal in winter.",
    },
    profiles: [req(["392020", "390110"], 90, "t", "year", ["RU-TA"]), req(["401170", "850152"], 200, "pcs", "year", ["RU-TA"]), req(["270112", "270120"], 400, "t", "month", ["TJ"])],
  },
  {
    key: "zarafshon-mining", country: "TJ", region: "TJ-SU", city: "Panjakent", size: "large", category: "buyer",
    sectors: ["mining-energy"], languages: ["tg", "ru", "en"],
    name: { tg: ["ҶДММ «Ширкати кӯҳии Зарафшон»", "Кони Зарафшон"], ru: ["ООО «Горная компания Зарафшон»", "ГК Зарафшон"], en: ["Zarafshon Mining Company LLC", "Zarafshon Mining"] },
    about: {
      tg: "Маъдани тилло ва сурмаро дар водии Зарафшон истихроҷ мекунем ва ҳар сол техника, шина ва либоси кориро нав мекунем.",
      ru: "Добыча золотой и сурьмяной руды в долине Зарафшана; каждый год обновляем технику, шины и спецодежду.",
      en: "Mines gold and antimony ore in the Zarafshon valley and renews its machinery, tyres and workwear every year.",
    },
    profiles: [req(["870410"], 10, "units", "year", ["RU-TA"]), req(["620140", "640340"], 3000, "pcs", "year", ["RU-TA", "KG"]), req(["850152", "850422", "401120"], 240, "pcs", "year", ["RU-TA"])],
  },
  {
    key: "somon-hotels", country: "TJ", region: "TJ-DU", city: "Dushanbe", size: "medium", category: "buyer",
    sectors: ["trade-services", "furniture-wood"], languages: ["tg", "ru", "en"],
    name: { tg: ["ҶДММ «Меҳмонхонаҳои Сомон»", "Меҳмонхонаҳои Сомон"], ru: ["ООО «Гостиницы Сомон»", "Гостиницы Сомон"], en: ["Somon Hotels LLC", "Somon Hotels"] },
    about: {
      tg: "Се меҳмонхона дар Душанбе ва Хуҷанд бо 380 ҳуҷра; меҳмонхонаи чорумро дар Истаравшан месозем.",
      ru: "Три гостиницы в Душанбе и Худжанде на 380 номеров; строим четвёртую в Истаравшане.",
      en: "Three hotels in Dushanbe and Khujand with 380 rooms; a fourth is being built in Istaravshan.",
    },
    profiles: [req(["940350", "940330"], 120, "sets", "year", ["TJ", "RU-TA"]), req(["630221", "630291"], 6000, "pcs", "year", ["TJ", "KG"]), req(["570490", "570110"], 400, "pcs", "year", ["KG", "TJ"])],
  },
  {
    key: "jovid-market", country: "TJ", region: "TJ-DU", city: "Dushanbe", size: "large", category: "buyer",
    sectors: ["trade-services", "food-agriculture"], languages: ["tg", "ru"],
    name: { tg: ["ҶДММ «Супермаркетҳои Ҷовид»", "Ҷовид Маркет"], ru: ["ООО «Супермаркеты Джовид»", "Джовид Маркет"], en: ["Jovid Supermarkets LLC", "Jovid Market"] },
    about: {
      tg: "Шабакаи 24 супермаркет дар Душанбе, Ваҳдат ва Турсунзода, ки маҳсулоти ширӣ ва шириниро аз Қирғизистон ва Тотористон мехарад.",
      ru: "Сеть из 24 супермаркетов в Душанбе, Вахдате и Турсунзаде; закупаем молочную продукцию и сладости в Кыргызстане и Татарстане.",
      en: "Chain of 24 supermarkets in Dushanbe, Vahdat and Tursunzoda buying dairy products and sweets from Kyrgyzstan and Tatarstan.",
    },
    profiles: [req(["040510", "040690"], 15, "t", "month", ["KG"]), req(["190590", "040900"], 4, "t", "month", ["RU-TA", "KG"]), req(["080232", "080810", "200971"], 30, "t", "month", ["KG"])],
  },
  {
    key: "konibodom-carpets", country: "TJ", region: "TJ-SU", city: "Konibodom", size: "small", category: "buyer",
    sectors: ["textiles"], languages: ["tg", "ru", "uz"],
    name: { tg: ["ҶДММ «Қолинбофии Конибодом»", "Қолини Конибодом"], ru: ["ООО «Канибадамские ковры»", "Канибадамские ковры"], en: ["Konibodom Carpets LLC", "Konibodom Carpets"] },
    about: {
      tg: "Қолинҳои дастбофи пашмин ва абрешимӣ бо нақшҳои суғдӣ барои меҳмонхонаҳо ва содирот.",
      ru: "Шерстяные и шёлковые ковры ручной работы с согдийскими узорами для гостиниц и на экспорт.",
      en: "Hand-knotted wool and silk carpets with Sughd patterns for hotels and export.",
    },
    profiles: [req(["510910", "510111"], 40, "t", "year", ["KG", "TJ"]), req(["500400"], 2, "t", "year", ["TJ"])],
  },
  {
    key: "somon-capital", country: "TJ", region: "TJ-DU", city: "Dushanbe", size: "small", category: "investor",
    sectors: ["trade-services", "textiles"], languages: ["tg", "ru", "en"],
    name: { tg: ["ҶДММ «Сомон Капитал»", "Сомон Капитал"], ru: ["ООО «Сомон Капитал»", "Сомон Капитал"], en: ["Somon Capital LLC", "Somon Capital"] },
    about: {
      tg: "Фонди хусусии сармоягузорӣ, ки дар корхонаҳои коркарди абрешим ва пахта дар Тоҷикистон саҳм мегирад.",
      ru: "Частный инвестиционный фонд: входим в капитал предприятий по переработке шёлка и хлопка в Таджикистане.",
      en: "Private investment fund taking stakes in silk and cotton processing companies in Tajikistan.",
    },
    profiles: [inv(["500400", "500720", "520523"], [0.5, 3], ["TJ", "KG"])],
  },
  {
    key: "school-supply", country: "TJ", region: "TJ-DU", city: "Dushanbe", size: "small", category: "buyer",
    sectors: ["education", "trade-services"], languages: ["tg", "ru"],
    name: { tg: ["ҶДММ «Таъминоти мактаб»", "Таъминоти мактаб"], ru: ["ООО «Школьное снабжение»", "Школьное снабжение"], en: ["School Supply LLC", "School Supply"] },
    about: {
      tg: "Мактабҳои нави давлатӣ ва хусусиро бо парта, курсӣ ва ҷиҳози синфхона таъмин мекунем.",
      ru: "Оснащаем новые государственные и частные школы партами, стульями и классным оборудованием.",
      en: "Fits out new state and private schools with desks, chairs and classroom equipment.",
    },
    profiles: [req(["940320", "940171", "940330"], 5000, "pcs", "year", ["RU-TA", "TJ"])],
  },
  {
    key: "khatlon-invest", country: "TJ", region: "TJ-KT", city: "Bokhtar", size: "small", category: "investor",
    sectors: ["pharmaceuticals", "trade-services"], languages: ["tg", "ru"],
    name: { tg: ["ҶДММ «Хатлон Инвест»", "Хатлон Инвест"], ru: ["ООО «Хатлон Инвест»", "Хатлон Инвест"], en: ["Khatlon Invest LLC", "Khatlon Invest"] },
    about: {
      tg: "Ширкати сармоягузорӣ, ки истеҳсоли доруворӣ ва маҳсулоти тиббиро дар вилояти Хатлон маблағгузорӣ мекунад.",
      ru: "Инвестиционная компания, финансирующая производство лекарств и медицинских изделий в Хатлонской области.",
      en: "Investment company financing the production of medicines and medical products in Khatlon region.",
    },
    profiles: [inv(["300490", "300590"], [1, 5], ["RU-TA", "KG"])],
  },

  // ------------------------------------------------------------ Kyrgyzstan
  {
    key: "bishkek-heat", country: "KG", region: "KG-GB", city: "Bishkek", size: "large", category: "buyer",
    sectors: ["mining-energy"], languages: ["ky", "ru"],
    name: { ky: ["«Бишкек Жылуулук» ААК", "Бишкек Жылуулук"], ru: ["ОАО «Бишкек Тепло»", "Бишкек Тепло"], en: ["Bishkek Heat OJSC", "Bishkek Heat"] },
    about: {
      ky: "Бишкектин түштүк райондорун жылуулук жана ысык суу менен камсыз кылган казандыктардын тармагы.",
      ru: "Сеть котельных, обеспечивающая теплом и горячей водой южные районы Бишкека.",
      en: "Network of boiler houses supplying heat and hot water to the southern districts of Bishkek.",
    },
    profiles: [req(["270112", "270111"], 6000, "t", "month", ["TJ"]), req(["850152"], 40, "pcs", "year", ["RU-TA"])],
  },
  {
    key: "osh-energy", country: "KG", region: "KG-GO", city: "Osh", size: "medium", category: "buyer",
    sectors: ["mining-energy"], languages: ["ky", "ru", "uz"],
    name: { ky: ["«Ош Энергия» ЖЧК", "Ош Энергия"], ru: ["ОсОО «Ош Энергия»", "Ош Энергия"], en: ["Osh Energy LLC", "Osh Energy"] },
    about: {
      ky: "Ош шаарында жылуулук жана электр энергиясын бөлүштүрөбүз; эскирген трансформаторлорду алмаштырып жатабыз.",
      ru: "Распределение тепла и электроэнергии в Оше; меняем изношенные трансформаторы.",
      en: "Distributes heat and power in Osh and is replacing worn-out transformers.",
    },
    profiles: [req(["270120", "270111"], 2500, "t", "month", ["TJ"]), req(["850422", "850152"], 60, "pcs", "year", ["RU-TA"])],
  },
  {
    key: "ala-too-construction", country: "KG", region: "KG-GB", city: "Bishkek", size: "large", category: "buyer",
    sectors: ["construction"], languages: ["ky", "ru"],
    name: { ky: ["«Ала-Тоо Курулуш» ЖЧК", "Ала-Тоо Курулуш"], ru: ["ОсОО «Ала-Тоо Строй»", "Ала-Тоо Строй"], en: ["Ala-Too Construction LLC", "Ala-Too Construction"] },
    about: {
      ky: "Бишкекте көп кабаттуу турак үйлөрдү жана соода борборлорун курган курулуш компаниясы.",
      ru: "Строительная компания, возводящая многоэтажные жилые дома и торговые центры в Бишкеке.",
      en: "Builds high-rise housing and shopping centres in Bishkek.",
    },
    profiles: [req(["252329", "690722"], 3000, "t", "month", ["TJ"]), req(["760421"], 150, "t", "year", ["TJ"]), req(["620140", "621133", "640340"], 2500, "pcs", "year", ["RU-TA", "KG"])],
  },
  {
    key: "sulaiman-construction", country: "KG", region: "KG-GO", city: "Osh", size: "medium", category: "buyer",
    sectors: ["construction"], languages: ["ky", "ru", "uz"],
    name: { ky: ["«Сулайман Курулуш» ЖЧК", "Сулайман Курулуш"], ru: ["ОсОО «Сулайман Строй»", "Сулайман Строй"], en: ["Sulaiman Construction LLC", "Sulaiman Construction"] },
    about: {
      ky: "Ош жана Өзгөн шаарларында мектептерди, ооруканаларды жана жолдорду курган подрядчик.",
      ru: "Подрядчик: строим школы, больницы и дороги в Оше и Узгене.",
      en: "Contractor building schools, hospitals and roads in Osh and Uzgen.",
    },
    profiles: [req(["252329", "690410"], 1500, "t", "month", ["TJ"]), req(["870423"], 8, "units", "year", ["RU-TA"]), req(["760421", "700529"], 200, "t", "year", ["TJ", "KG"])],
  },
  {
    key: "ak-ilbirs", country: "KG", region: "KG-GB", city: "Bishkek", size: "medium", category: "buyer",
    sectors: ["apparel"], languages: ["ky", "ru"],
    name: { ky: ["«Ак Илбирс Тигүү» ЖЧК", "Ак Илбирс"], ru: ["ОсОО «Ак Илбирс Швейная фабрика»", "Ак Илбирс"], en: ["Ak Ilbirs Garments LLC", "Ak Ilbirs"] },
    about: {
      ky: "Бишкектеги тигүү фабрикасы: Россия жана Казакстан үчүн аялдар кийимин жана улуттук оюу-чийме менен кийимдерди тигебиз.",
      ru: "Швейная фабрика в Бишкеке: шьём женскую одежду и одежду с национальным орнаментом для России и Казахстана.",
      en: "Bishkek garment factory sewing women's wear and clothes with national ornament for Russia and Kazakhstan.",
    },
    profiles: [req(["520932", "520523"], 20, "t", "month", ["TJ"]), req(["500720"], 8000, "m", "year", ["TJ"])],
  },
  {
    key: "kara-suu-workwear", country: "KG", region: "KG-O", city: "Kara-Suu", size: "small", category: "buyer",
    sectors: ["apparel"], languages: ["ky", "ru", "uz"],
    name: { ky: ["«Кара-Суу Атайын Кийим» ЖЧК", "Кара-Суу Атайын Кийим"], ru: ["ОсОО «Кара-Суу Спецодежда»", "Кара-Суу Спецодежда"], en: ["Kara-Suu Workwear LLC", "Kara-Suu Workwear"] },
    about: {
      ky: "Ош облусунун Кара-Суу шаарында кен казуучулар жана куруучулар үчүн жумушчу кийим тиккен цех.",
      ru: "Цех спецодежды для горняков и строителей в городе Кара-Суу Ошской области.",
      en: "Workwear shop for miners and builders in Kara-Suu, Osh region.",
    },
    profiles: [req(["520932", "520523"], 12, "t", "month", ["TJ"])],
  },
  {
    key: "bereke-market", country: "KG", region: "KG-GB", city: "Bishkek", size: "large", category: "buyer",
    sectors: ["trade-services", "food-agriculture"], languages: ["ky", "ru"],
    name: { ky: ["«Береке Маркет» ЖЧК", "Береке Маркет"], ru: ["ОсОО «Береке Маркет»", "Береке Маркет"], en: ["Bereke Market LLC", "Bereke Market"] },
    about: {
      ky: "Бишкекте жана Чүй облусунда 30 супермаркеттен турган тармак; жемишти Тажикстандан, таттууларды Татарстандан алабыз.",
      ru: "Сеть из 30 супермаркетов в Бишкеке и Чуйской области; берём фрукты из Таджикистана и сладости из Татарстана.",
      en: "Chain of 30 supermarkets in Bishkek and Chuy region sourcing fruit from Tajikistan and sweets from Tatarstan.",
    },
    profiles: [req(["081310", "070200"], 40, "t", "month", ["TJ"]), req(["190590", "170490"], 6, "t", "month", ["RU-TA", "TJ"]), req(["200989", "080550"], 25, "t", "month", ["TJ"])],
  },
  {
    key: "jaima-trade", country: "KG", region: "KG-GO", city: "Osh", size: "medium", category: "buyer",
    sectors: ["trade-services", "food-agriculture"], languages: ["ky", "ru", "uz"],
    name: { ky: ["«Жайма Соода» ЖЧК", "Жайма Соода"], ru: ["ОсОО «Жайма Торг»", "Жайма Торг"], en: ["Jaima Trade LLC", "Jaima Trade"] },
    about: {
      ky: "Оштогу «Жайма» базарында жемиш-жашылча менен дүң соода кылабыз; товарды Тажикстандан жана Өзбекстандан ташыйбыз.",
      ru: "Оптовая торговля фруктами и овощами на ошском рынке «Жайма»; возим товар из Таджикистана и Узбекистана.",
      en: "Fruit and vegetable wholesaler at Osh's Jaima bazaar, bringing goods from Tajikistan and Uzbekistan.",
    },
    profiles: [req(["081310", "080550"], 80, "t", "month", ["TJ"]), req(["200989"], 20000, "l", "month", ["TJ"])],
  },
  {
    key: "den-sooluk", country: "KG", region: "KG-GB", city: "Bishkek", size: "medium", category: "buyer",
    sectors: ["pharmaceuticals"], languages: ["ky", "ru", "en"],
    name: { ky: ["«Ден Соолук» медициналык борборлору ЖЧК", "Ден Соолук"], ru: ["ОсОО «Медицинские центры Ден Соолук»", "Ден Соолук"], en: ["Den Sooluk Medical Centres LLC", "Den Sooluk"] },
    about: {
      ky: "Бишкекте жана Токмокто төрт көп тармактуу клиника жана хирургиялык стационар.",
      ru: "Четыре многопрофильные клиники и хирургический стационар в Бишкеке и Токмоке.",
      en: "Four general clinics and a surgical hospital in Bishkek and Tokmok.",
    },
    profiles: [req(["300590", "901831"], 250000, "pcs", "year", ["TJ"]), req(["300610", "901890"], 12000, "pcs", "year", ["RU-TA"], GMP), req(["300490"], 70000, "packs", "year", ["TJ", "RU-TA"], GMP)],
  },
  {
    key: "amanat-pharm", country: "KG", region: "KG-GB", city: "Bishkek", size: "medium", category: "buyer",
    sectors: ["pharmaceuticals", "trade-services"], languages: ["ky", "ru"],
    name: { ky: ["«Аманат Фарм» ЖЧК", "Аманат Фарм"], ru: ["ОсОО «Аманат Фарм»", "Аманат Фарм"], en: ["Amanat Pharm LLC", "Amanat Pharm"] },
    about: {
      ky: "Бишкекте жана Кара-Балтада 45 дарыкана; орусиялык жана тажик дары-дармектерин түз импорттойбуз.",
      ru: "45 аптек в Бишкеке и Кара-Балте; напрямую импортируем российские и таджикские лекарства.",
      en: "45 pharmacies in Bishkek and Kara-Balta importing Russian and Tajik medicines directly.",
    },
    profiles: [req(["300490"], 300000, "packs", "year", ["TJ", "RU-TA"], GMP), dist(["300490"], ["RU-TA"])],
  },
  {
    key: "jalal-abad-pharmacy", country: "KG", region: "KG-J", city: "Jalal-Abad", size: "small", category: "buyer",
    sectors: ["pharmaceuticals", "trade-services"], languages: ["ky", "ru", "uz"],
    name: { ky: ["«Жалал-Абад Дарыкана» ЖЧК", "Жалал-Абад Дарыкана"], ru: ["ОсОО «Джалал-Абад Аптека»", "Джалал-Абад Аптека"], en: ["Jalal-Abad Pharmacy LLC", "Jalal-Abad Pharmacy"] },
    about: {
      ky: "Жалал-Абад облусундагы 16 дарыкана; райондук ооруканаларга да дары жеткиребиз.",
      ru: "16 аптек в Джалал-Абадской области; поставляем лекарства и в районные больницы.",
      en: "16 pharmacies in Jalal-Abad region, also supplying district hospitals with medicines.",
    },
    profiles: [req(["300490", "300590"], 120000, "packs", "year", ["TJ", "RU-TA"], GMP)],
  },
  {
    key: "tattuu-duino", country: "KG", region: "KG-C", city: "Belovodskoye", size: "medium", category: "buyer",
    sectors: ["food-agriculture"], languages: ["ky", "ru"],
    name: { ky: ["«Таттуу Дүйнө» ЖЧК", "Таттуу Дүйнө"], ru: ["ОсОО «Сладкий Мир»", "Сладкий Мир"], en: ["Tattuu Duino Confectionery LLC", "Tattuu Duino"] },
    about: {
      ky: "Беловодскидеги кондитер фабрикасы: өрүк жана бал кошулган печенье, торт жана конфеттер.",
      ru: "Кондитерская фабрика в Беловодском: печенье, торты и конфеты с курагой и мёдом.",
      en: "Confectionery factory in Belovodskoye making biscuits, cakes and sweets with dried apricots and honey.",
    },
    profiles: [req(["081310"], 60, "t", "year", ["TJ"]), req(["040900", "080232"], 30, "t", "year", ["TJ", "RU-TA", "KG"])],
  },
  {
    key: "ak-bulak-dairy", country: "KG", region: "KG-C", city: "Sokuluk", size: "medium", category: "buyer",
    sectors: ["food-agriculture"], languages: ["ky", "ru"],
    name: { ky: ["«Ак-Булак Сүт» ЖЧК", "Ак-Булак Сүт"], ru: ["ОсОО «Ак-Булак Молоко»", "Ак-Булак Молоко"], en: ["Ak-Bulak Dairy LLC", "Ak-Bulak Dairy"] },
    about: {
      ky: "Сокулуктагы сүт заводу: айран, йогурт жана балмуздак чыгарып, пластик идиштерге куябыз.",
      ru: "Молочный завод в Сокулуке: айран, йогурт и мороженое в пластиковой таре.",
      en: "Dairy plant in Sokuluk making ayran, yoghurt and ice cream in plastic packs.",
    },
    profiles: [req(["390120", "390210"], 150, "t", "year", ["RU-TA"]), req(["081310"], 20, "t", "year", ["TJ"])],
  },
  {
    key: "bishkek-furniture", country: "KG", region: "KG-GB", city: "Bishkek", size: "medium", category: "buyer",
    sectors: ["furniture-wood"], languages: ["ky", "ru"],
    name: { ky: ["«Бишкек Эмерек» ЖЧК", "Бишкек Эмерек"], ru: ["ОсОО «Бишкек Мебель»", "Бишкек Мебель"], en: ["Bishkek Furniture LLC", "Bishkek Furniture"] },
    about: {
      ky: "Кеңселер жана мейманканалар үчүн эмерек жасаган фабрика; жыгачты жана ДСПны Россиядан алабыз.",
      ru: "Фабрика мебели для офисов и гостиниц; древесину и ДСП берём в России.",
      en: "Factory making furniture for offices and hotels, buying timber and chipboard from Russia.",
    },
    profiles: [req(["440711", "441011"], 1200, "m3", "year", ["RU-TA"]), req(["760421"], 30, "t", "year", ["TJ"]), req(["410791"], 5000, "m2", "year", ["KG"])],
  },
  {
    key: "osh-windows", country: "KG", region: "KG-GO", city: "Osh", size: "small", category: "buyer",
    sectors: ["construction-materials"], languages: ["ky", "ru", "uz"],
    name: { ky: ["«Ош Терезе» ЖЧК", "Ош Терезе"], ru: ["ОсОО «Ош Окна»", "Ош Окна"], en: ["Osh Windows LLC", "Osh Windows"] },
    about: {
      ky: "Алюминий терезелерди, эшиктерди жана витраждарды жасап, Ош менен Жалал-Абадда орнотобуз.",
      ru: "Делаем и ставим алюминиевые окна, двери и витражи в Оше и Джалал-Абаде.",
      en: "Makes and fits aluminium windows, doors and shopfronts in Osh and Jalal-Abad.",
    },
    profiles: [req(["760421", "760410"], 90, "t", "year", ["TJ"]), req(["700529"], 15000, "m2", "year", ["KG"])],
  },
  {
    key: "kok-janggak-coal", country: "KG", region: "KG-J", city: "Kok-Janggak", size: "medium", category: "buyer",
    sectors: ["mining-energy"], languages: ["ky", "ru"],
    name: { ky: ["«Көк-Жаңгак Көмүр» ЖЧК", "Көк-Жаңгак Көмүр"], ru: ["ОсОО «Кок-Жангак Уголь»", "Кок-Жангак Уголь"], en: ["Kok-Janggak Coal LLC", "Kok-Janggak Coal"] },
    about: {
      ky: "Жалал-Абад облусундагы көмүр кени; карьер техникасын, шиналарды жана жумушчу кийимди жаңыртабыз.",
      ru: "Угольный разрез в Джалал-Абадской области; обновляем карьерную технику, шины и спецодежду.",
      en: "Open-pit coal mine in Jalal-Abad region renewing its mining trucks, tyres and workwear.",
    },
    profiles: [req(["870410"], 6, "units", "year", ["RU-TA"]), req(["620140", "621133"], 1500, "pcs", "year", ["RU-TA"]), req(["850152", "401120"], 150, "pcs", "year", ["RU-TA"])],
  },
  {
    key: "osh-trans", country: "KG", region: "KG-GO", city: "Osh", size: "medium", category: "buyer",
    sectors: ["transport-logistics"], languages: ["ky", "ru", "uz"],
    name: { ky: ["«Ош Транс Логистик» ЖЧК", "Ош Транс"], ru: ["ОсОО «Ош Транс Логистик»", "Ош Транс"], en: ["Osh Trans Logistics LLC", "Osh Trans"] },
    about: {
      ky: "Ош – Душанбе – Казан каттамдарында жүк ташыган, 120 жүк ташуучу унаасы бар компания.",
      ru: "Автоперевозчик со 120 грузовиками на маршрутах Ош – Душанбе – Казань.",
      en: "Road haulier with 120 trucks on the Osh – Dushanbe – Kazan routes.",
    },
    profiles: [req(["870423", "871639"], 20, "units", "year", ["RU-TA"]), req(["401120"], 1200, "pcs", "year", ["RU-TA"])],
  },
  {
    key: "ala-too-invest", country: "KG", region: "KG-GB", city: "Bishkek", size: "small", category: "investor",
    sectors: ["trade-services", "food-agriculture", "textiles"], languages: ["ky", "ru", "en"],
    name: { ky: ["«Ала-Тоо Инвест» фонду", "Ала-Тоо Инвест"], ru: ["Фонд «Ала-Тоо Инвест»", "Ала-Тоо Инвест"], en: ["Ala-Too Invest Fund", "Ala-Too Invest"] },
    about: {
      ky: "Кыргызстандын жана Тажикстандын жеңил өнөр жай жана тамак-аш ишканаларына инвестиция салган жеке фонд.",
      ru: "Частный фонд, инвестирующий в лёгкую и пищевую промышленность Кыргызстана и Таджикистана.",
      en: "Private fund investing in light industry and food processing in Kyrgyzstan and Tajikistan.",
    },
    profiles: [inv(["500200", "500400"], [0.3, 2], ["TJ"]), inv(["081310", "080232"], [0.2, 1.5], ["TJ", "KG"])],
  },
  {
    key: "chuy-agro-cluster", country: "KG", region: "KG-C", city: "Ivanovka", size: "medium", category: "buyer",
    sectors: ["food-agriculture"], languages: ["ky", "ru"],
    name: { ky: ["«Чүй Агро Кластер» ЖЧК", "Чүй Агро Кластер"], ru: ["ОсОО «Чуй Агро Кластер»", "Чуй Агро Кластер"], en: ["Chuy Agro Cluster LLC", "Chuy Agro Cluster"] },
    about: {
      ky: "Ивановкадагы жашылча өстүргөн жылыткана комплекси; талаа иштеринде 40 трактор иштейт.",
      ru: "Тепличный комплекс по выращиванию овощей в Ивановке и полевые работы с парком из 40 тракторов.",
      en: "Greenhouse complex growing vegetables in Ivanovka, with field operations and a fleet of 40 tractors.",
    },
    profiles: [req(["392020", "390110"], 70, "t", "year", ["RU-TA"]), req(["401170"], 160, "pcs", "year", ["RU-TA"]), req(["270112"], 300, "t", "month", ["TJ"])],
  },
  {
    key: "avtoshina-asia", country: "KG", region: "KG-GB", city: "Bishkek", size: "small", category: "buyer",
    sectors: ["transport-logistics", "trade-services"], languages: ["ky", "ru"],
    name: { ky: ["«Автошина Азия» ЖЧК", "Автошина Азия"], ru: ["ОсОО «Автошина Азия»", "Автошина Азия"], en: ["Avtoshina Asia LLC", "Avtoshina Asia"] },
    about: {
      ky: "Бишкектеги шина дүң сатуучусу, Кыргызстан боюнча 12 шина борбору бар.",
      ru: "Оптовый продавец шин в Бишкеке с 12 шинными центрами по Кыргызстану.",
      en: "Tyre wholesaler in Bishkek with 12 tyre centres across Kyrgyzstan.",
    },
    profiles: [dist(["401120", "401110"], ["RU-TA"]), req(["401170"], 3000, "pcs", "year", ["RU-TA"])],
  },

  // ------------------------------------------------------------ Tatarstan
  {
    key: "kazan-silk", country: "RU", region: "RU-TA", city: "Kazan", size: "small", category: "buyer",
    sectors: ["textiles"], languages: ["ru", "tt", "en"],
    name: { ru: ["ООО «Казанская шёлковая мануфактура»", "Казанская шёлковая мануфактура"], en: ["Kazan Silk Manufactory LLC", "Kazan Silk"] },
    about: {
      ru: "Небольшая ткацкая мануфактура в Казани: шёлковые платки, ткани для национальных костюмов и интерьерный текстиль.",
      en: "Small weaving manufactory in Kazan making silk shawls, fabrics for national costumes and interior textiles.",
    },
    profiles: [req(["500200", "500400"], 3, "t", "year", ["TJ"]), req(["500720"], 12000, "m", "year", ["TJ"])],
  },
  {
    key: "kazan-knitwear", country: "RU", region: "RU-TA", city: "Kazan", size: "medium", category: "buyer",
    sectors: ["textiles", "apparel"], languages: ["ru", "tt"],
    name: { ru: ["ООО «Казанский трикотаж»", "Казанский трикотаж"], en: ["Kazan Knitwear LLC", "Kazan Knitwear"] },
    about: {
      ru: "Трикотажная фабрика: футболки, джемперы и шерстяные изделия для сетевой розницы Поволжья.",
      en: "Knitwear factory making T-shirts, jumpers and woollens for retail chains in the Volga region.",
    },
    profiles: [req(["520523", "520512"], 30, "t", "month", ["TJ", "KG"]), req(["510910"], 25, "t", "year", ["TJ"]), req(["844712"], 10, "units", "year", ["RU-TA"])],
  },
  {
    key: "chelny-workwear", country: "RU", region: "RU-TA", city: "Naberezhnye Chelny", size: "medium", category: "buyer",
    sectors: ["apparel"], languages: ["ru", "tt"],
    name: { ru: ["ООО «Челны Профодежда»", "Челны Профодежда"], en: ["Chelny Profodezhda LLC", "Chelny Workwear"] },
    about: {
      ru: "Шьём спецодежду и средства защиты для автозаводов и строителей Набережных Челнов.",
      en: "Sews workwear and protective clothing for the car plants and builders of Naberezhnye Chelny.",
    },
    profiles: [req(["520932", "520812"], 180000, "m", "year", ["TJ", "KG"]), req(["410791"], 6000, "m2", "year", ["KG"]), req(["640340"], 8000, "pcs", "year", ["KG"])],
  },
  {
    key: "kazan-textile-house", country: "RU", region: "RU-TA", city: "Kazan", size: "medium", category: "buyer",
    sectors: ["trade-services", "textiles"], languages: ["ru", "tt"],
    name: { ru: ["ООО «Текстильный дом Казань»", "Текстильный дом Казань"], en: ["Kazan Textile House LLC", "Kazan Textile House"] },
    about: {
      ru: "Сеть из 14 магазинов домашнего текстиля и ковров в Казани и Набережных Челнах.",
      en: "Chain of 14 home textile and carpet shops in Kazan and Naberezhnye Chelny.",
    },
    profiles: [req(["570490", "570110"], 2500, "pcs", "year", ["KG", "TJ"]), req(["630221", "940440", "630291"], 20000, "pcs", "year", ["TJ", "KG"]), req(["500720"], 5000, "m", "year", ["TJ"])],
  },
  {
    key: "idel-med", country: "RU", region: "RU-TA", city: "Kazan", size: "large", category: "buyer",
    sectors: ["pharmaceuticals"], languages: ["ru", "en"],
    name: { ru: ["ООО «Медицинская сеть Идель»", "Идель Мед"], en: ["Idel Medical Network LLC", "Idel Med"] },
    about: {
      ru: "Сеть частных клиник и дневных стационаров в Казани, Альметьевске и Елабуге.",
      en: "Network of private clinics and day hospitals in Kazan, Almetyevsk and Yelabuga.",
    },
    profiles: [req(["300590", "901831"], 400000, "pcs", "year", ["TJ"]), req(["300510", "901839"], 150000, "pcs", "year", ["KG"]), req(["300490"], 200000, "packs", "year", ["TJ", "KG"], GMP)],
  },
  {
    key: "kama-pharmacies", country: "RU", region: "RU-TA", city: "Naberezhnye Chelny", size: "medium", category: "buyer",
    sectors: ["pharmaceuticals", "trade-services"], languages: ["ru"],
    name: { ru: ["ООО «Аптеки Камы»", "Аптеки Камы"], en: ["Kama Pharmacies LLC", "Kama Pharmacies"] },
    about: {
      ru: "Аптечная сеть Закамья из 52 аптек; интересуемся фитопрепаратами из Центральной Азии.",
      en: "Pharmacy chain of 52 outlets east of the Kama, interested in herbal medicines from Central Asia.",
    },
    profiles: [dist(["300490"], ["KG", "TJ"]), req(["300490", "300510"], 150000, "packs", "year", ["KG"], GMP)],
  },
  {
    key: "kazan-confectionery", country: "RU", region: "RU-TA", city: "Kazan", size: "large", category: "buyer",
    sectors: ["food-agriculture"], languages: ["ru", "tt", "en"],
    name: { ru: ["АО «Казанская кондитерская фабрика»", "Казанская кондитерская"], en: ["Kazan Confectionery JSC", "Kazan Confectionery"] },
    about: {
      ru: "Кондитерская фабрика: восточные сладости, торты и конфеты с орехами и сухофруктами.",
      en: "Confectionery factory making oriental sweets, cakes and chocolates with nuts and dried fruit.",
    },
    profiles: [req(["080232", "081310"], 120, "t", "year", ["KG", "TJ"]), req(["040900", "040510"], 40, "t", "year", ["KG", "TJ"])],
  },
  {
    key: "kama-opt", country: "RU", region: "RU-TA", city: "Naberezhnye Chelny", size: "medium", category: "buyer",
    sectors: ["trade-services", "food-agriculture"], languages: ["ru", "tt"],
    name: { ru: ["ООО «Кама Опт Продукт»", "Кама Опт"], en: ["Kama Opt Food LLC", "Kama Opt"] },
    about: {
      ru: "Оптовая база фруктов, овощей и сухофруктов в Набережных Челнах, поставки в магазины Закамья.",
      en: "Wholesale depot for fruit, vegetables and dried fruit in Naberezhnye Chelny supplying shops east of the Kama.",
    },
    profiles: [req(["081310", "080232"], 25, "t", "month", ["TJ", "KG"]), req(["070200", "080550", "080810"], 200, "t", "month", ["TJ", "KG"]), req(["200989", "200971", "040900"], 15, "t", "month", ["TJ", "KG"])],
  },
  {
    key: "kazan-bazar", country: "RU", region: "RU-TA", city: "Kazan", size: "large", category: "buyer",
    sectors: ["trade-services", "food-agriculture"], languages: ["ru", "tt"],
    name: { ru: ["ООО «Сеть супермаркетов Казан Базар»", "Казан Базар"], en: ["Kazan Bazar Supermarkets LLC", "Kazan Bazar"] },
    about: {
      ru: "Сеть из 60 супермаркетов в Татарстане с отделами восточных продуктов.",
      en: "Chain of 60 supermarkets in Tatarstan with oriental food counters.",
    },
    profiles: [req(["081310", "040900"], 20, "t", "month", ["TJ", "KG"]), req(["040690", "170490"], 5, "t", "month", ["KG", "TJ"]), req(["080232", "080810", "200971"], 30, "t", "month", ["KG"])],
  },
  {
    key: "almet-oilfield", country: "RU", region: "RU-TA", city: "Almetyevsk", size: "large", category: "buyer",
    sectors: ["mining-energy"], languages: ["ru", "tt"],
    name: { ru: ["ООО «Альметьевский нефтесервис»", "Альметьевский нефтесервис"], en: ["Almetyevsk Oilfield Services LLC", "Almet Oilfield Services"] },
    about: {
      ru: "Сервис нефтяных скважин в Альметьевском районе, 2 000 сотрудников на промыслах.",
      en: "Oil well services in Almetyevsk district with 2,000 field staff.",
    },
    profiles: [req(["620322", "640340"], 4000, "pcs", "year", ["TJ", "KG"]), req(["620140", "621133"], 2500, "pcs", "year", ["RU-TA"])],
  },
  {
    key: "yelabuga-stroy", country: "RU", region: "RU-TA", city: "Yelabuga", size: "large", category: "buyer",
    sectors: ["construction"], languages: ["ru"],
    name: { ru: ["ООО «ЕлабугаСтройИнвест»", "ЕлабугаСтрой"], en: ["Yelabuga Stroy Invest LLC", "Yelabuga Stroy"] },
    about: {
      ru: "Генподрядчик промышленного строительства в Елабуге: цеха, склады и административные здания.",
      en: "General contractor for industrial buildings in Yelabuga: plants, warehouses and offices.",
    },
    profiles: [req(["760421", "760120"], 400, "t", "year", ["TJ"]), req(["700529"], 60000, "m2", "year", ["KG"])],
  },
  {
    key: "kazan-furniture-centre", country: "RU", region: "RU-TA", city: "Kazan", size: "medium", category: "buyer",
    sectors: ["furniture-wood", "trade-services"], languages: ["ru"],
    name: { ru: ["ООО «Мебельный центр Казань»", "Мебельный центр Казань"], en: ["Kazan Furniture Centre LLC", "Kazan Furniture Centre"] },
    about: {
      ru: "Мебельный центр и фабрика мягкой мебели в Казани; ищем резную мебель и кожу для обивки.",
      en: "Furniture store and upholstered furniture factory in Kazan, looking for carved furniture and upholstery leather.",
    },
    profiles: [req(["940360", "940350"], 300, "pcs", "year", ["TJ"]), req(["410791"], 10000, "m2", "year", ["KG"])],
  },
  {
    key: "idel-invest", country: "RU", region: "RU-TA", city: "Kazan", size: "medium", category: "investor",
    sectors: ["trade-services", "pharmaceuticals", "textiles"], languages: ["ru", "tt", "en"],
    name: { ru: ["АО «Идель Инвест»", "Идель Инвест"], en: ["Idel Invest JSC", "Idel Invest"] },
    about: {
      ru: "Инвестиционная компания Татарстана: вкладываем в совместные фармацевтические и текстильные производства в Центральной Азии.",
      en: "Tatarstan investment company putting money into joint pharmaceutical and textile plants in Central Asia.",
    },
    profiles: [inv(["300490", "300590"], [2, 10], ["TJ"]), inv(["500400", "500720"], [1, 5], ["TJ"])],
  },
  {
    key: "chelny-capital", country: "RU", region: "RU-TA", city: "Naberezhnye Chelny", size: "small", category: "investor",
    sectors: ["trade-services", "machine-engineering", "aviation"], languages: ["ru", "en"],
    name: { ru: ["ООО «Челны Капитал»", "Челны Капитал"], en: ["Chelny Capital LLC", "Chelny Capital"] },
    about: {
      ru: "Венчурный фонд из Набережных Челнов: авиация, металлургия и машиностроение в странах ЕАЭС.",
      en: "Venture fund from Naberezhnye Chelny investing in aviation, metals and engineering in EAEU countries.",
    },
    profiles: [inv(["880211"], [1, 4], ["KG"]), inv(["760421", "760120"], [2, 8], ["TJ"])],
  },
  {
    key: "kazan-felt-boots", country: "RU", region: "RU-TA", city: "Kazan", size: "medium", category: "buyer",
    sectors: ["leather", "apparel"], languages: ["ru", "tt"],
    name: { ru: ["ООО «Казанская валяльно-обувная фабрика»", "Казанская обувная"], en: ["Kazan Felt Boot and Shoe Factory LLC", "Kazan Felt Boots"] },
    about: {
      ru: "Валенки, зимняя и рабочая обувь из шерсти и кожи для розничных сетей и промышленных предприятий.",
      en: "Felt boots, winter footwear and work shoes of wool and leather for retail chains and industrial companies.",
    },
    profiles: [req(["410791"], 15000, "m2", "year", ["KG"]), req(["510111"], 80, "t", "year", ["TJ", "KG"])],
  },

  // ------------------------------------------------------------ Kazakhstan
  {
    key: "almaty-food", country: "KZ", region: "KZ-75", city: "Almaty", size: "medium", category: "buyer",
    sectors: ["trade-services", "food-agriculture"], languages: ["kk", "ru", "en"],
    name: { ru: ["ТОО «Алматы Фуд Импорт»", "Алматы Фуд"], en: ["Almaty Food Import LLP", "Almaty Food"] },
    about: {
      ru: "Импортёр и дистрибьютор продуктов питания в Алматы: сухофрукты, орехи и мёд для сетей Казахстана.",
      en: "Food importer and distributor in Almaty supplying dried fruit, nuts and honey to Kazakh retail chains.",
    },
    profiles: [req(["081310", "080232"], 30, "t", "month", ["TJ", "KG"]), req(["040900", "170490"], 50, "t", "year", ["KG", "TJ"]), req(["080810", "200971"], 60, "t", "month", ["KG"])],
  },
  {
    key: "shymkent-textile", country: "KZ", region: "KZ-79", city: "Shymkent", size: "large", category: "buyer",
    sectors: ["textiles", "apparel"], languages: ["kk", "ru"],
    name: { ru: ["ТОО «Шымкент Текстиль Групп»", "Шымкент Текстиль"], en: ["Shymkent Textile Group LLP", "Shymkent Textile"] },
    about: {
      ru: "Текстильная группа полного цикла в Шымкенте: пряжа, ткани и пошив по заказам из России.",
      en: "Vertically integrated textile group in Shymkent: yarn, fabric and garment sewing to Russian orders.",
    },
    profiles: [req(["520523", "520932"], 40, "t", "month", ["TJ"]), req(["844530", "844630", "844511"], 30, "units", "year", ["RU-TA", "TJ"])],
  },
  {
    key: "sary-arka-capital", country: "KZ", region: "KZ-71", city: "Astana", size: "small", category: "investor",
    sectors: ["trade-services", "aviation", "transport-logistics"], languages: ["kk", "ru", "en"],
    name: { ru: ["ТОО «Сары-Арка Капитал»", "Сары-Арка Капитал"], en: ["Sary-Arka Capital LLP", "Sary-Arka Capital"] },
    about: {
      ru: "Частный инвестиционный фонд из Астаны: малая авиация, транспорт и логистика в Центральной Азии.",
      en: "Private investment fund from Astana backing light aviation, transport and logistics in Central Asia.",
    },
    profiles: [inv(["880211"], [1, 6], ["KG"]), inv(["870423"], [0.5, 3], ["RU-TA"])],
  },

  // ------------------------------------------------------------ Uzbekistan
  {
    key: "margilan-atlas", country: "UZ", region: "UZ-FA", city: "Margilan", size: "medium", category: "buyer",
    sectors: ["textiles"], languages: ["uz", "ru"],
    name: { ru: ["ООО «Маргилан Атлас»", "Маргилан Атлас"], en: ["Margilan Atlas LLC", "Margilan Atlas"] },
    about: {
      ru: "Маргиланская фабрика шёлкового атласа и адраса; ткём на ручных и механических станках.",
      en: "Margilan mill weaving silk atlas and adras on hand and power looms.",
    },
    profiles: [req(["500200"], 12, "t", "year", ["TJ"]), req(["844621", "844630", "844540"], 20, "units", "year", ["TJ", "RU-TA"])],
  },
  {
    key: "navruz-pharm", country: "UZ", region: "UZ-TK", city: "Tashkent", size: "large", category: "buyer",
    sectors: ["pharmaceuticals", "trade-services"], languages: ["uz", "ru", "en"],
    name: { ru: ["ООО «Навруз Фарм Дистрибуция»", "Навруз Фарм"], en: ["Navruz Pharm Distribution LLC", "Navruz Pharm"] },
    about: {
      ru: "Фармацевтический дистрибьютор, поставляющий лекарства и перевязочные материалы в 1 200 аптек Узбекистана.",
      en: "Pharmaceutical distributor supplying medicines and dressings to 1,200 pharmacies in Uzbekistan.",
    },
    profiles: [dist(["300490"], ["TJ", "KG", "RU-TA"]), req(["300590", "300510", "901831", "901839"], 500000, "pcs", "year", ["TJ", "KG"])],
  },
  {
    key: "andijan-qurilish", country: "UZ", region: "UZ-AN", city: "Andijan", size: "medium", category: "buyer",
    sectors: ["construction"], languages: ["uz", "ru"],
    name: { ru: ["ООО «Андижан Курилиш»", "Андижан Курилиш"], en: ["Andijan Qurilish LLC", "Andijan Qurilish"] },
    about: {
      ru: "Строительная компания в Андижане: жильё и промышленные здания в Ферганской долине.",
      en: "Andijan construction company building housing and industrial premises in the Fergana valley.",
    },
    profiles: [req(["700529", "252020"], 2000, "t", "year", ["KG"]), req(["760421", "252329", "690722"], 900, "t", "month", ["TJ"])],
  },
];

// ---------------------------------------------------------------- build

function localized(pairs, index) {
  return Object.fromEntries(Object.entries(pairs).map(([lang, names]) => [lang, names[index]]));
}

function profileOf(p, org, langs) {
  const texts = p.kind === "request" ? requestTexts(p, langs) : p.type === "distribution" ? distributionTexts(p, org, langs) : investmentTexts(p, langs);
  return {
    kind: p.kind,
    partnershipType: p.type ?? null,
    title: texts.title,
    description: texts.description,
    hsCodes: p.hs,
    quantity: p.kind === "request" ? p.q : null,
    quantityUnit: p.kind === "request" ? p.unit : null,
    quantityPeriod: p.kind === "request" ? p.period : null,
    exportReady: false,
    certificates: p.certificates ?? [],
    targetMarkets: p.markets,
    languages: org.languages,
    validFrom: VALID_FROM,
    validUntil: VALID_UNTIL,
  };
}

function build() {
  const organizations = ORGANIZATIONS.map((org) => {
    const langs = TEXT_LANGUAGES[org.country];
    const taken = new Set();
    const [ownerJobs, staffJobs] = jobsOf(org.country)[org.category];
    const people = [{ ...person(org.country, org.key, taken), jobTitle: pick(ownerJobs), role: "owner" }];
    if (chance(0.55)) people.push({ ...person(org.country, org.key, taken), jobTitle: pick(staffJobs), role: "admin" });
    return {
      key: org.key,
      fictional: true,
      legalName: localized(org.name, 0),
      shortName: localized(org.name, 1),
      country: org.country,
      region: org.region,
      city: org.city,
      sectors: org.sectors,
      languages: org.languages,
      size: org.size,
      description: Object.fromEntries(langs.map((l) => [l, org.about[l]])),
      people,
      category: org.category,
      profiles: org.profiles.map((p) => profileOf(p, org, langs)),
    };
  });
  return {
    source:
      "Invented for the demo: buyer and investor organisations that visit the Dushanbe forum and take part in its B2B meetings without a booth. Every organisation and person is fictional; HS codes are HS 2022 and each names something an exhibitor of data/demo/world.json or data/demo/matchmaking.json offers. Generated by data/demo/build-buyers.mjs.",
    organizations,
  };
}

const data = build();
writeFileSync(outPath, `${JSON.stringify(data, null, 1)}\n`);
const profiles = data.organizations.reduce((n, o) => n + o.profiles.length, 0);
const people = data.organizations.reduce((n, o) => n + o.people.length, 0);
console.log(`wrote ${outPath}: ${data.organizations.length} organisations, ${people} people, ${profiles} profiles`);
