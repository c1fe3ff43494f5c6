#!/usr/bin/env node
// Generates the `visitors` array of data/demo/forum.json and writes it back; nothing else in the file changes.
//
//   node data/demo/build-forum-visitors.mjs [forum.json]
//
// Deterministic: a seeded PRNG and the name pools below give the same visitors on every run. Every visitor is
// invented. Names are written in their own script: Tajik, Kyrgyz, Russian and Tatar names in Cyrillic; Uzbek,
// Kazakh, Chinese (pinyin, family name first), Turkish, Polish and German names in Latin script.
// Times are venue time (Asia/Dushanbe, UTC+5). Run data/demo/validate-forum.mjs afterwards.

import { readFileSync, writeFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const here = dirname(fileURLToPath(import.meta.url));
const forumPath = process.argv[2] ? resolve(process.argv[2]) : join(here, "forum.json");

const SEED = 20250709;
const OFFSET = "+05:00";
const EMAIL_DOMAIN = "visitors.demo.hamkori.org";

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
const int = (min, max) => min + Math.floor(rand() * (max - min + 1));
const pick = (list) => list[Math.floor(rand() * list.length)];
const weighted = (entries) => {
  const total = entries.reduce((s, [, w]) => s + w, 0);
  let r = rand() * total;
  for (const [value, w] of entries) {
    r -= w;
    if (r < 0) return value;
  }
  return entries[entries.length - 1][0];
};

// ---------------------------------------------------------------- name pools: [as written, Latin for the e-mail]

const TJ_MALE = [
  ["Фирӯз", "firuz"], ["Суҳроб", "suhrob"], ["Манучеҳр", "manuchehr"], ["Шаҳриёр", "shahriyor"], ["Исфандиёр", "isfandiyor"],
  ["Рустам", "rustam"], ["Бахтиёр", "bakhtiyor"], ["Хуршед", "khurshed"], ["Ҷаҳонгир", "jahongir"], ["Аминҷон", "aminjon"],
  ["Қурбонали", "qurbonali"], ["Ғайрат", "ghayrat"], ["Зафар", "zafar"], ["Нозим", "nozim"], ["Шоҳрух", "shohrukh"],
  ["Меҳроҷ", "mehroj"], ["Файзулло", "fayzullo"], ["Ҳабибулло", "habibullo"], ["Ӯктам", "uktam"], ["Носир", "nosir"],
  ["Сиёвуш", "siyovush"], ["Бобоҷон", "bobojon"], ["Раҳматулло", "rahmatullo"], ["Аҳмад", "ahmad"], ["Мӯъмин", "mumin"],
  ["Ислом", "islom"], ["Тоҳир", "tohir"], ["Наврӯз", "navruz"],
];
const TJ_FEMALE = [
  ["Шаҳноза", "shahnoza"], ["Мавзуна", "mavzuna"], ["Гулчеҳра", "gulchehra"], ["Нилуфар", "nilufar"], ["Фарангис", "farangis"],
  ["Манижа", "manizha"], ["Ситора", "sitora"], ["Мунира", "munira"], ["Дилором", "dilorom"], ["Зулайхо", "zulaykho"],
  ["Гулрӯ", "gulru"], ["Таҳмина", "tahmina"], ["Меҳрангез", "mehrangez"], ["Ҳилола", "hilola"], ["Ёқут", "yoqut"],
  ["Рухшона", "rukhshona"], ["Парвина", "parvina"], ["Ҷамила", "jamila"], ["Моҳира", "mohira"], ["Сурайё", "surayyo"],
  ["Заррина", "zarrina"], ["Ғунча", "ghuncha"],
];
// [masculine, feminine, Latin]
const TJ_FAMILY = [
  ["Раҳимов", "Раҳимова", "rahimov"], ["Қодиров", "Қодирова", "qodirov"], ["Ғафуров", "Ғафурова", "ghafurov"], ["Ҷӯраев", "Ҷӯраева", "juraev"],
  ["Саидов", "Саидова", "saidov"], ["Шарипов", "Шарипова", "sharipov"], ["Исмоилов", "Исмоилова", "ismoilov"], ["Олимов", "Олимова", "olimov"],
  ["Нуров", "Нурова", "nurov"], ["Бобоев", "Бобоева", "boboev"], ["Давлатов", "Давлатова", "davlatov"], ["Ҳамроев", "Ҳамроева", "hamroev"],
  ["Мирзоев", "Мирзоева", "mirzoev"], ["Ёрматов", "Ёрматова", "yormatov"], ["Қурбонов", "Қурбонова", "qurbonov"], ["Раҷабов", "Раҷабова", "rajabov"],
  ["Тоҳиров", "Тоҳирова", "tohirov"], ["Абдуллоев", "Абдуллоева", "abdulloev"], ["Сафаров", "Сафарова", "safarov"], ["Ҳусейнов", "Ҳусейнова", "huseynov"],
  ["Зиёев", "Зиёева", "ziyoev"], ["Латифов", "Латифова", "latifov"], ["Ғуломов", "Ғуломова", "ghulomov"], ["Умаров", "Умарова", "umarov"],
  ["Холов", "Холова", "kholov"], ["Азиззода", "Азиззода", "azizzoda"], ["Шарифзода", "Шарифзода", "sharifzoda"], ["Каримзода", "Каримзода", "karimzoda"],
  ["Ҳасанзода", "Ҳасанзода", "hasanzoda"], ["Сафарзода", "Сафарзода", "safarzoda"], ["Қаюмзода", "Қаюмзода", "qayumzoda"], ["Бобозода", "Бобозода", "bobozoda"],
  ["Наимзода", "Наимзода", "naimzoda"], ["Саидзода", "Саидзода", "saidzoda"], ["Ҷалолӣ", "Ҷалолӣ", "jaloli"], ["Муродӣ", "Муродӣ", "murodi"],
];
const KG_MALE = [
  ["Нурлан", "nurlan"], ["Эрмек", "ermek"], ["Улан", "ulan"], ["Тилек", "tilek"], ["Нурсултан", "nursultan"], ["Жоомарт", "zhoomart"],
  ["Бектур", "bektur"], ["Мирлан", "mirlan"], ["Темирлан", "temirlan"], ["Чыңгыз", "chyngyz"], ["Өмүрбек", "omurbek"], ["Үсөн", "usen"],
  ["Дастан", "dastan"], ["Эламан", "elaman"], ["Бекжан", "bekzhan"], ["Кубат", "kubat"], ["Нурбол", "nurbol"], ["Мелис", "melis"],
  ["Жеңишбек", "zhenishbek"], ["Сүйүнбек", "suyunbek"], ["Төлөн", "tolon"], ["Бакыт", "bakyt"],
];
const KG_FEMALE = [
  ["Бермет", "bermet"], ["Гүлзат", "gulzat"], ["Жаңыл", "zhanyl"], ["Нургүл", "nurgul"], ["Чолпон", "cholpon"], ["Үмүт", "umut"],
  ["Айнура", "ainura"], ["Мөлдүр", "moldur"], ["Назгүл", "nazgul"], ["Сезим", "sezim"], ["Элнура", "elnura"], ["Бүбүсара", "bubusara"],
  ["Каныкей", "kanykei"], ["Айжан", "aizhan"], ["Нуриза", "nuriza"], ["Динара", "dinara"], ["Гүлмира", "gulmira"],
];
const KG_FAMILY = [
  ["Абдыраев", "Абдыраева", "abdyraev"], ["Үсөнов", "Үсөнова", "usenov"], ["Бекболотов", "Бекболотова", "bekbolotov"], ["Сыдыков", "Сыдыкова", "sydykov"],
  ["Мамытов", "Мамытова", "mamytov"], ["Төлөгөнов", "Төлөгөнова", "tologonov"], ["Курманбеков", "Курманбекова", "kurmanbekov"], ["Эшимов", "Эшимова", "eshimov"],
  ["Аманов", "Аманова", "amanov"], ["Өмүрзаков", "Өмүрзакова", "omurzakov"], ["Шаршеев", "Шаршеева", "sharsheev"], ["Кадырбеков", "Кадырбекова", "kadyrbekov"],
  ["Жумагулов", "Жумагулова", "zhumagulov"], ["Сагынбаев", "Сагынбаева", "sagynbaev"], ["Кеңешов", "Кеңешова", "keneshov"], ["Дүйшөнбиев", "Дүйшөнбиева", "duishonbiev"],
  ["Бөкөнбаев", "Бөкөнбаева", "bokonbaev"], ["Турсунбаев", "Турсунбаева", "tursunbaev"], ["Ниязбеков", "Ниязбекова", "niyazbekov"], ["Сатаров", "Сатарова", "satarov"],
  ["Мураталиев", "Мураталиева", "murataliev"], ["Алиев", "Алиева", "aliev"],
];
const RU_MALE = [
  ["Ильнур", "ilnur"], ["Рустем", "rustem"], ["Айрат", "airat"], ["Булат", "bulat"], ["Радик", "radik"], ["Ильдус", "ildus"], ["Алексей", "aleksei"],
  ["Иван", "ivan"], ["Павел", "pavel"], ["Артём", "artyom"], ["Тимур", "timur"], ["Фарид", "farid"], ["Роман", "roman"], ["Евгений", "evgeny"],
];
const RU_FEMALE = [
  ["Гузель", "guzel"], ["Алсу", "alsu"], ["Эльмира", "elmira"], ["Лилия", "liliya"], ["Ирина", "irina"], ["Ольга", "olga"], ["Мария", "maria"],
  ["Диляра", "dilyara"], ["Чулпан", "chulpan"], ["Резеда", "rezeda"], ["Наталья", "natalya"], ["Анастасия", "anastasia"],
];
const RU_FAMILY = [
  ["Гарипов", "Гарипова", "garipov"], ["Сабиров", "Сабирова", "sabirov"], ["Хайруллин", "Хайруллина", "khairullin"], ["Мингазов", "Мингазова", "mingazov"],
  ["Валиуллин", "Валиуллина", "valiullin"], ["Ахметзянов", "Ахметзянова", "akhmetzyanov"], ["Смирнов", "Смирнова", "smirnov"], ["Попов", "Попова", "popov"],
  ["Новиков", "Новикова", "novikov"], ["Фёдоров", "Фёдорова", "fedorov"], ["Гимадиев", "Гимадиева", "gimadiev"], ["Зарипов", "Зарипова", "zaripov"],
  ["Шайхутдинов", "Шайхутдинова", "shaikhutdinov"], ["Кузьмин", "Кузьмина", "kuzmin"], ["Никитин", "Никитина", "nikitin"], ["Латыпов", "Латыпова", "latypov"],
  ["Нуруллин", "Нуруллина", "nurullin"],
];
// Latin-script names: given names by gender, family names [masculine, feminine]; the e-mail is an ASCII folding.
const LATIN = {
  UZ: {
    male: ["Jasur", "Sherzod", "Bekzod", "Akmal", "Oʻtkir", "Dilshod", "Sardor", "Farrux", "Gʻayrat"],
    female: ["Nodira", "Gulnora", "Malika", "Shahlo", "Dilnoza", "Mohinur", "Zilola"],
    family: [["Toshmatov", "Toshmatova"], ["Ergashev", "Ergasheva"], ["Yusupov", "Yusupova"], ["Mirzayev", "Mirzayeva"], ["Rasulov", "Rasulova"], ["Qodirov", "Qodirova"], ["Sobirov", "Sobirova"], ["Xoʻjayev", "Xoʻjayeva"], ["Abdullayev", "Abdullayeva"]],
  },
  KZ: {
    male: ["Yerlan", "Daniyar", "Askar", "Berik", "Arman", "Marat"],
    female: ["Aigerim", "Aruzhan", "Dana", "Saule", "Zhanna"],
    family: [["Nurpeisov", "Nurpeisova"], ["Ospanov", "Ospanova"], ["Tulegenov", "Tulegenova"], ["Zhaksylykov", "Zhaksylykova"], ["Bekmukhambetov", "Bekmukhambetova"], ["Sarsenbayev", "Sarsenbayeva"]],
  },
  CN: {
    male: ["Lei", "Wei", "Jianguo", "Tao", "Hao", "Yong"],
    female: ["Min", "Jing", "Xiaoyu", "Hongmei", "Lina", "Fang"],
    family: [["Wang", "Wang"], ["Zhang", "Zhang"], ["Liu", "Liu"], ["Chen", "Chen"], ["Zhao", "Zhao"], ["Sun", "Sun"], ["Huang", "Huang"], ["Zhou", "Zhou"]],
    familyFirst: true,
  },
  TR: {
    male: ["Mehmet", "Emre", "Burak", "Murat", "Kerem", "Oğuz", "Serkan"],
    female: ["Ayşe", "Zeynep", "Elif", "Selin", "Derya"],
    family: [["Yılmaz", "Yılmaz"], ["Demir", "Demir"], ["Çelik", "Çelik"], ["Kaya", "Kaya"], ["Öztürk", "Öztürk"], ["Şahin", "Şahin"], ["Aydın", "Aydın"], ["Arslan", "Arslan"], ["Doğan", "Doğan"]],
  },
  PL: {
    male: ["Tomasz", "Paweł", "Marek", "Piotr", "Krzysztof", "Łukasz"],
    female: ["Katarzyna", "Agnieszka", "Magdalena", "Joanna"],
    family: [["Wiśniewski", "Wiśniewska"], ["Kowalczyk", "Kowalczyk"], ["Wójcik", "Wójcik"], ["Lewandowski", "Lewandowska"], ["Nowak", "Nowak"], ["Zieliński", "Zielińska"], ["Kamiński", "Kamińska"]],
  },
  DE: {
    male: ["Jonas", "Lukas", "Stefan"],
    female: ["Anna", "Katrin", "Julia"],
    family: [["Becker", "Becker"], ["Schneider", "Schneider"], ["Wagner", "Wagner"], ["Hoffmann", "Hoffmann"]],
  },
};
const ascii = (s) =>
  s
    .replace(/ł/g, "l")
    .replace(/Ł/g, "L")
    .replace(/ı/g, "i")
    .replace(/ß/g, "ss")
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z]/g, "");

// ---------------------------------------------------------------- organisations (all invented)

const ORGS = {
  TJ: {
    tg: [
      "ҶДММ «Савдои Суғд»", "ҶДММ «Бозори Нав Трейд»", "ҶДММ «Ҳисор Агро»", "ҶДММ «Кӯлоб Текстил»", "ҶДММ «Помир Импекс»",
      "ҶДММ «Рӯшноӣ Мебел»", "ҶДММ «Сохтмон Таъминот»", "ҶДММ «Дорухонаи Шифобахш»", "ҶДММ «Нури Хуҷанд»", "ҶСК «Ваҳдат Савдо»",
      "ҶДММ «Тоҷ Либос»", "ҶДММ «Ширин Меваҷот»", "ҶДММ «Истаравшан Пашм»", "ҶДММ «Зарафшон Логистик»", "ҶДММ «Ободонӣ Сохтмон»",
      "Соҳибкори инфиродӣ", "ҶДММ «Варзоб Агро»", "ҶДММ «Абрешими Ҳисор»",
    ],
    ru: ["ООО «Душанбе Опт Трейд»", "ООО «Сугд Строй Комплект»", "ООО «Хатлон Агро Экспорт»", "ООО «Памир Фарм Дистрибуция»", "ООО «Текстиль Торг Душанбе»", "ООО «Гиссар Логистик»"],
  },
  KG: {
    ky: [
      "«Ала-Тоо Соода» ЖЧК", "«Ош Текстиль Трейд» ЖЧК", "«Чүй Агро» ЖЧК", "«Нарын Жүн» ЖЧК", "«Бишкек Курулуш Снаб» ЖЧК",
      "«Жалал-Абад Жемиш» ЖЧК", "«Ысык-Көл Бал» ЖЧК", "«Баткен Өрүк» ЖЧК", "«Манас Логистика» ЖЧК", "«Талас Сүт» ЖЧК", "Жеке ишкер",
    ],
    ru: ["ОсОО «Бишкек Опт Маркет»", "ОсОО «Ош Строй Импорт»", "ОсОО «Кыргыз Легпром Трейд»", "ОсОО «Фарм Логистик Бишкек»"],
  },
  RU: {
    ru: ["ООО «Казань Текстиль Опт»", "ООО «Челны Логистик»", "ООО «Волга Агро Импорт»", "ООО «Камский торговый дом»", "ООО «Альметьевск Строй Снаб»", "ООО «Спецодежда Поволжья»"],
  },
  UZ: { any: ["Fergana Cotton Trade LLC", "Samarkand Silk Atlas LLC", "Namangan Textile Group LLC", "Tashkent Pharma Distribution LLC"] },
  KZ: { any: ["Almaty Import Group LLP", "Shymkent Textile LLP", "Astana Build Supply LLP"] },
  CN: { any: ["Urumqi Silk Road Trading Co., Ltd.", "Kashgar Light Industry Import-Export Co., Ltd.", "Xi'an Textile Machinery Export Co., Ltd."] },
  TR: { any: ["Anadolu Tekstil Dış Ticaret A.Ş.", "Bursa İplik Ltd. Şti.", "Kayseri Mobilya İhracat Ltd. Şti."] },
  PL: { any: ["Nowak Trading Sp. z o.o.", "Baltic Aero Components Sp. z o.o.", "Łódź Textile Agency Sp. z o.o."] },
  DE: { any: ["Becker Import GmbH", "Rhein Textil Handels GmbH"] },
};
const PRESS = {
  TJ: ["Ҳафтаномаи «Иқтисод ва саноат»", "Портали «Бизнес-Душанбе»", "Телевизиони «Суғд Медиа»", "Радиои «Саноат FM»", "Маҷаллаи «Тоҷир»"],
  KG: ["«Өнөр жай жаңылыктары» гезити", "«Ала-Тоо Бизнес» порталы", "«Бишкек Экономика» телеканалы"],
  RU: ["Журнал «Текстильный вестник Поволжья»", "Портал «Казань Индустрия»"],
  TR: ["Orta Asya Tekstil Haber"],
  UZ: ["Fergana Business Review"],
};
const VIP_ORGS = {
  TJ: ["Фонди сармоягузории «Помир Капитал»", "ҶСК «Суғд Саноат Холдинг»", "Иттиҳодияи содиркунандагони Хатлон", null],
  KG: ["«Тоолор Инвест» фонду", "«Ак-Суу Холдинг» ЖАК", null],
  RU: ["АО «Кама Индастриал Холдинг»"],
  TR: ["Turan Yatırım Holding A.Ş."],
};

// ---------------------------------------------------------------- people

const emails = new Set();
function email(parts) {
  const base = parts.filter(Boolean).join(".");
  let candidate = base;
  for (let n = 2; emails.has(candidate); n++) candidate = `${base}${n}`;
  emails.add(candidate);
  return `${candidate}@${EMAIL_DOMAIN}`;
}

function cyrillicPerson(first, family, { patronymic } = {}) {
  const female = chance(0.38);
  const [given, givenLatin] = pick(female ? first.female : first.male);
  if (patronymic && chance(0.15)) {
    // Kyrgyz style: given name, father's name, уулу (son of) / кызы (daughter of)
    const [father, fatherLatin] = pick(first.male);
    return { fullName: `${given} ${father} ${female ? "кызы" : "уулу"}`, email: email([givenLatin, fatherLatin, female ? "kyzy" : "uulu"]) };
  }
  const [m, f, familyLatin] = pick(family);
  // feminine family names add -a (Раҳимова → rahimova); -зода and -ӣ do not change
  return { fullName: `${given} ${female ? f : m}`, email: email([givenLatin, female && f !== m ? `${familyLatin}a` : familyLatin]) };
}
function latinPerson(country) {
  const pool = LATIN[country];
  const female = chance(0.38);
  const given = pick(female ? pool.female : pool.male);
  const [m, f] = pick(pool.family);
  const family = female ? f : m;
  return { fullName: pool.familyFirst ? `${family} ${given}` : `${given} ${family}`, email: email([ascii(given), ascii(family)]) };
}
const TJ_NAMES = { male: TJ_MALE, female: TJ_FEMALE };
const KG_NAMES = { male: KG_MALE, female: KG_FEMALE };
const RU_NAMES = { male: RU_MALE, female: RU_FEMALE };

// Russian speakers living in Tajikistan or Kyrgyzstan get Russian names and write in Russian.
function person(country) {
  if (country === "TJ") return chance(0.06) ? { ...cyrillicPerson(RU_NAMES, RU_FAMILY), language: "ru" } : { ...cyrillicPerson(TJ_NAMES, TJ_FAMILY), language: chance(0.8) ? "tg" : "ru" };
  if (country === "KG") return chance(0.08) ? { ...cyrillicPerson(RU_NAMES, RU_FAMILY), language: "ru" } : { ...cyrillicPerson(KG_NAMES, KG_FAMILY, { patronymic: true }), language: chance(0.68) ? "ky" : "ru" };
  if (country === "RU") return { ...cyrillicPerson(RU_NAMES, RU_FAMILY), language: "ru" };
  const language = { UZ: chance(0.6) ? "ru" : "en", KZ: chance(0.7) ? "ru" : "en", PL: chance(0.25) ? "ru" : "en" }[country] ?? "en";
  return { ...latinPerson(country), language };
}
function companyFor(country, language) {
  const pools = ORGS[country];
  return pick(pools[language] ?? pools.any ?? Object.values(pools)[0]);
}

// ---------------------------------------------------------------- time (venue wall clock, UTC+5)

const pad = (n) => String(n).padStart(2, "0");
const dayOf = (start, offset) => new Date(Date.parse(`${start}T00:00:00Z`) + offset * 86400000).toISOString().slice(0, 10);
const stamp = (date, minutes, seconds = int(0, 59)) => `${date}T${pad(Math.floor(minutes / 60))}:${pad(minutes % 60)}:${pad(seconds)}${OFFSET}`;
const minus = (iso, minutes) => {
  const date = iso.slice(0, 10);
  const m = Number(iso.slice(11, 13)) * 60 + Number(iso.slice(14, 16)) - minutes;
  return stamp(date, m);
};

// Online registration: 1 June – 8 July, more towards the end, peak in the last week before the opening.
const REGISTRATION_DAYS = Array.from({ length: 38 }, (_, d) => {
  const date = dayOf("2025-06-01", d);
  const weekday = new Date(`${date}T00:00:00Z`).getUTCDay();
  let w = 1 + d / 20;
  if (date >= "2025-06-24") w += 1.2;
  if (date >= "2025-07-02") w += 3.2;
  if (date === "2025-07-08") w -= 1.5; // the presidents' visit day: fewer sign-ups
  if (weekday === 0) w *= 0.55;
  return [date, w];
});
const REGISTRATION_HOURS = [[8, 1], [9, 4], [10, 7], [11, 8], [12, 6], [13, 5], [14, 7], [15, 7], [16, 6], [17, 5], [18, 3], [19, 3], [20, 3], [21, 2], [22, 1]];
const registrationTime = (days = REGISTRATION_DAYS) => stamp(weighted(days), weighted(REGISTRATION_HOURS) * 60 + int(0, 59));

// Check-in: doors 10:00–18:00; a morning peak, a lunch dip and a second peak after lunch; the last day ends earlier.
const CHECKIN_DAYS = [["2025-07-09", 46], ["2025-07-10", 32], ["2025-07-11", 22]];
const CHECKIN_HOURS = {
  "2025-07-09": [[10, 20], [11, 17], [12, 12], [13, 8], [14, 13], [15, 12], [16, 9], [17, 5]],
  "2025-07-10": [[10, 19], [11, 18], [12, 11], [13, 8], [14, 14], [15, 12], [16, 9], [17, 5]],
  "2025-07-11": [[10, 20], [11, 19], [12, 14], [13, 9], [14, 11], [15, 7], [16, 3], [17, 1]],
};
function checkInTime(days = CHECKIN_DAYS) {
  const date = weighted(days);
  return stamp(date, weighted(CHECKIN_HOURS[date]) * 60 + int(0, 59));
}
const CHECKIN_RATE = { trade_visitor: 0.55, buyer: 0.66, press: 0.84, vip: 0.91 };

// ---------------------------------------------------------------- visitors

const visitors = [];
const add = (p, fields) => visitors.push({ fullName: p.fullName, organization: fields.organization ?? null, country: fields.country, category: fields.category, email: p.email, language: p.language, registeredAt: fields.registeredAt, checkedInAt: fields.checkedInAt ?? null });

// Individuals, by category and country: [country, count]
const INDIVIDUALS = {
  vip: [["TJ", 6], ["KG", 3], ["RU", 1], ["TR", 1]],
  press: [["TJ", 9], ["KG", 5], ["RU", 2], ["TR", 1], ["UZ", 1]],
  buyer: [["TJ", 28], ["KG", 18], ["RU", 8], ["UZ", 5], ["KZ", 5], ["CN", 4], ["TR", 2], ["PL", 1], ["DE", 1]],
  trade_visitor: [["TJ", 140], ["KG", 55], ["RU", 8], ["UZ", 6], ["KZ", 4], ["CN", 3], ["TR", 3], ["PL", 3], ["DE", 1]],
};
const VIP_DAYS = REGISTRATION_DAYS.filter(([d]) => d <= "2025-06-20").map(([d]) => [d, 1]);
const PRESS_DAYS = REGISTRATION_DAYS.filter(([d]) => d >= "2025-06-10" && d <= "2025-07-04"); // accreditation closes 4 July

for (const [category, countries] of Object.entries(INDIVIDUALS)) {
  for (const [country, count] of countries) {
    for (let k = 0; k < count; k++) {
      const p = person(country);
      let organization = null;
      let registeredAt;
      let checkedInAt = null;
      if (category === "vip") {
        organization = pick(VIP_ORGS[country]);
        registeredAt = registrationTime(VIP_DAYS);
        if (chance(CHECKIN_RATE.vip)) checkedInAt = chance(0.85) ? stamp("2025-07-09", 600 + int(0, 25)) : checkInTime();
      } else if (category === "press") {
        organization = pick(PRESS[country]);
        registeredAt = registrationTime(PRESS_DAYS);
        if (chance(CHECKIN_RATE.press)) checkedInAt = chance(0.75) ? stamp("2025-07-09", 600 + int(0, 35)) : checkInTime([["2025-07-10", 2], ["2025-07-11", 1]]);
      } else {
        if (category === "buyer" || chance(0.55)) organization = companyFor(country, p.language);
        const walkIn = category === "trade_visitor" ? chance(0.08) : chance(0.03);
        if (walkIn) {
          // registered at the door (or on the phone in the queue) minutes before scanning the badge
          checkedInAt = checkInTime();
          registeredAt = minus(checkedInAt, int(2, 9));
        } else {
          registeredAt = registrationTime();
          if (chance(CHECKIN_RATE[category])) checkedInAt = checkInTime();
        }
      }
      add(p, { organization, country, category, registeredAt, checkedInAt });
    }
  }
}

// Delegations register as a group (one coordinator, a few minutes apart) and arrive together.
const DELEGATIONS = [
  { country: "RU", count: 12, organization: "Деловая делегация Республики Татарстан", registered: ["2025-06-24", 15 * 60 + 10], arrives: ["2025-07-10", 10 * 60 + 5, 20] },
  { country: "KG", count: 10, organization: "Ош облусунун ишкерлер делегациясы", registered: ["2025-07-03", 11 * 60 + 40], arrives: ["2025-07-09", 10 * 60 + 10, 30] },
  { country: "KG", count: 5, organization: "Чек ара аркылуу өнөр жай кызматташтыгы палатасынын делегациясы", registered: ["2025-07-01", 9 * 60 + 20], arrives: ["2025-07-09", 10 * 60, 25] },
  { country: "TJ", count: 5, organization: "Ҳайати соҳибкорони вилояти Суғд", registered: ["2025-07-05", 16 * 60 + 5], arrives: ["2025-07-09", 11 * 60, 30] },
  { country: "UZ", count: 4, organization: "Fergana region textile business delegation", registered: ["2025-07-04", 10 * 60 + 30], arrives: ["2025-07-10", 12 * 60, 25] },
];
for (const d of DELEGATIONS) {
  let minute = d.registered[1];
  for (let k = 0; k < d.count; k++) {
    minute += int(1, 4);
    const p = person(d.country);
    const checkedInAt = chance(0.88) ? stamp(d.arrives[0], d.arrives[1] + int(0, d.arrives[2])) : null;
    add(p, { organization: d.organization, country: d.country, category: "delegation", registeredAt: stamp(d.registered[0], minute), checkedInAt });
  }
}

visitors.sort((a, b) => a.registeredAt.localeCompare(b.registeredAt) || a.email.localeCompare(b.email));

// ---------------------------------------------------------------- write

const forum = JSON.parse(readFileSync(forumPath, "utf8"));
forum.visitors = visitors;
writeFileSync(forumPath, `${JSON.stringify(forum, null, 2)}\n`);
const checkedIn = visitors.filter((v) => v.checkedInAt).length;
console.log(`wrote ${visitors.length} visitors (${checkedIn} checked in) to ${forumPath}`);
