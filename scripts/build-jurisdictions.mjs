#!/usr/bin/env node
// Builds data/jurisdictions.json: countries (ISO 3166-1 alpha-2) and the
// first-level subdivisions (ISO 3166-2) of TJ, KG, KZ, UZ and RU, each named in
// en, ru, tg and ky.
//
//   node scripts/build-jurisdictions.mjs
//
// Country names are not kept here: they are generated with Intl.DisplayNames,
// i.e. from the CLDR data of the ICU that Node ships (Node 20 has full ICU).
// Region codes follow ISO 3166-2 as published (checked against the Debian
// iso-codes / pycountry 26.2.16 copy of ISO 3166-2); the names in the four
// languages are written out in REGIONS below. The script validates everything
// and refuses to write the file if any check fails.

import { writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const OUT = join(dirname(fileURLToPath(import.meta.url)), "..", "data", "jurisdictions.json");
const LANGS = ["en", "ru", "tg", "ky"];
// Day the code lists below were last checked against ISO 3166-1 / 3166-2.
const CHECKED_ON = "2026-11-24";

// ISO 3166-1 alpha-2: every officially assigned code (249).
const COUNTRY_CODES = [
  "AD",
  "AE",
  "AF",
  "AG",
  "AI",
  "AL",
  "AM",
  "AO",
  "AQ",
  "AR",
  "AS",
  "AT",
  "AU",
  "AW",
  "AX",
  "AZ",
  "BA",
  "BB",
  "BD",
  "BE",
  "BF",
  "BG",
  "BH",
  "BI",
  "BJ",
  "BL",
  "BM",
  "BN",
  "BO",
  "BQ",
  "BR",
  "BS",
  "BT",
  "BV",
  "BW",
  "BY",
  "BZ",
  "CA",
  "CC",
  "CD",
  "CF",
  "CG",
  "CH",
  "CI",
  "CK",
  "CL",
  "CM",
  "CN",
  "CO",
  "CR",
  "CU",
  "CV",
  "CW",
  "CX",
  "CY",
  "CZ",
  "DE",
  "DJ",
  "DK",
  "DM",
  "DO",
  "DZ",
  "EC",
  "EE",
  "EG",
  "EH",
  "ER",
  "ES",
  "ET",
  "FI",
  "FJ",
  "FK",
  "FM",
  "FO",
  "FR",
  "GA",
  "GB",
  "GD",
  "GE",
  "GF",
  "GG",
  "GH",
  "GI",
  "GL",
  "GM",
  "GN",
  "GP",
  "GQ",
  "GR",
  "GS",
  "GT",
  "GU",
  "GW",
  "GY",
  "HK",
  "HM",
  "HN",
  "HR",
  "HT",
  "HU",
  "ID",
  "IE",
  "IL",
  "IM",
  "IN",
  "IO",
  "IQ",
  "IR",
  "IS",
  "IT",
  "JE",
  "JM",
  "JO",
  "JP",
  "KE",
  "KG",
  "KH",
  "KI",
  "KM",
  "KN",
  "KP",
  "KR",
  "KW",
  "KY",
  "KZ",
  "LA",
  "LB",
  "LC",
  "LI",
  "LK",
  "LR",
  "LS",
  "LT",
  "LU",
  "LV",
  "LY",
  "MA",
  "MC",
  "MD",
  "ME",
  "MF",
  "MG",
  "MH",
  "MK",
  "ML",
  "MM",
  "MN",
  "MO",
  "MP",
  "MQ",
  "MR",
  "MS",
  "MT",
  "MU",
  "MV",
  "MW",
  "MX",
  "MY",
  "MZ",
  "NA",
  "NC",
  "NE",
  "NF",
  "NG",
  "NI",
  "NL",
  "NO",
  "NP",
  "NR",
  "NU",
  "NZ",
  "OM",
  "PA",
  "PE",
  "PF",
  "PG",
  "PH",
  "PK",
  "PL",
  "PM",
  "PN",
  "PR",
  "PS",
  "PT",
  "PW",
  "PY",
  "QA",
  "RE",
  "RO",
  "RS",
  "RU",
  "RW",
  "SA",
  "SB",
  "SC",
  "SD",
  "SE",
  "SG",
  "SH",
  "SI",
  "SJ",
  "SK",
  "SL",
  "SM",
  "SN",
  "SO",
  "SR",
  "SS",
  "ST",
  "SV",
  "SX",
  "SY",
  "SZ",
  "TC",
  "TD",
  "TF",
  "TG",
  "TH",
  "TJ",
  "TK",
  "TL",
  "TM",
  "TN",
  "TO",
  "TR",
  "TT",
  "TV",
  "TW",
  "TZ",
  "UA",
  "UG",
  "UM",
  "US",
  "UY",
  "UZ",
  "VA",
  "VC",
  "VE",
  "VG",
  "VI",
  "VN",
  "VU",
  "WF",
  "WS",
  "YE",
  "YT",
  "ZA",
  "ZM",
  "ZW",
];
const EXPECTED_COUNTRY_COUNT = 249;

// Number of first-level ISO 3166-2 entries per country. KZ: 17 regions
// (including Abai KZ-10, Jetisu KZ-33 and Ulytau KZ-62, created in 2022) and
// 3 cities (Astana KZ-71, Almaty KZ-75, Shymkent KZ-79), all with the numeric
// codes ISO adopted in place of the old letter codes (KZ-AKM, KZ-ALA, ...).
const EXPECTED_REGION_COUNTS = { TJ: 5, KG: 9, KZ: 20, UZ: 14, RU: 83 };

const TYPES = new Set([
  "region",
  "city",
  "republic",
  "krai",
  "oblast",
  "autonomous-okrug",
  "autonomous-oblast",
  "federal-city",
  "district",
  "autonomous-republic",
]);

// Naming patterns used for the subdivisions of Russia:
//   oblast:   en "X Oblast",            ru "Xская область",  tg "вилояти X",  ky "X облусу"
//   krai:     en "X Krai",              ru "Xский край",     tg "кишвари X",  ky "X крайы"
//   republic: en "X, Republic of",      ru "Республика X",   tg "Ҷумҳурии X", ky "X Республикасы"
//   a. okrug: en "X Autonomous Okrug",  ru "X автономный округ", tg "округи мухтори X", ky "X автономиялуу округу"
// Regions of the Central Asian states: en "X Region", tg "вилояти X", ky "X облусу";
// their cities: ru "город X", tg "шаҳри X", ky "X шаары".
// Tajik spellings follow the post-1998 alphabet (no ц, щ, ы, ь).
//
// [code, type, en, ru, tg, ky]
const REGIONS = [
  // ── Tajikistan (ISO 3166-2:TJ) ──────────────────────────────────────────
  ["TJ-DU", "city", "Dushanbe", "город Душанбе", "шаҳри Душанбе", "Душанбе шаары"],
  [
    "TJ-GB",
    "autonomous-oblast",
    "Gorno-Badakhshan Autonomous Region",
    "Горно-Бадахшанская автономная область",
    "вилояти мухтори Кӯҳистони Бадахшон",
    "Тоолуу Бадахшан автономиялуу облусу",
  ],
  ["TJ-KT", "region", "Khatlon Region", "Хатлонская область", "вилояти Хатлон", "Хатлон облусу"],
  [
    "TJ-RA",
    "district",
    "Districts of Republican Subordination",
    "Районы республиканского подчинения",
    "ноҳияҳои тобеи ҷумҳурӣ",
    "Республикага баш ийген райондор",
  ],
  ["TJ-SU", "region", "Sughd Region", "Согдийская область", "вилояти Суғд", "Согд облусу"],

  // ── Kyrgyzstan (ISO 3166-2:KG) ──────────────────────────────────────────
  ["KG-B", "region", "Batken Region", "Баткенская область", "вилояти Боткенд", "Баткен облусу"],
  ["KG-C", "region", "Chüy Region", "Чуйская область", "вилояти Чуй", "Чүй облусу"],
  ["KG-GB", "city", "Bishkek", "город Бишкек", "шаҳри Бишкек", "Бишкек шаары"],
  ["KG-GO", "city", "Osh (city)", "город Ош", "шаҳри Ӯш", "Ош шаары"],
  ["KG-J", "region", "Jalal-Abad Region", "Джалал-Абадская область", "вилояти Ҷалолобод", "Жалал-Абад облусу"],
  ["KG-N", "region", "Naryn Region", "Нарынская область", "вилояти Норин", "Нарын облусу"],
  ["KG-O", "region", "Osh Region", "Ошская область", "вилояти Ӯш", "Ош облусу"],
  ["KG-T", "region", "Talas Region", "Таласская область", "вилояти Талас", "Талас облусу"],
  ["KG-Y", "region", "Issyk-Kul Region", "Иссык-Кульская область", "вилояти Иссиқкӯл", "Ысык-Көл облусу"],

  // ── Kazakhstan (ISO 3166-2:KZ, numeric codes) ───────────────────────────
  ["KZ-10", "region", "Abai Region", "область Абай", "вилояти Абай", "Абай облусу"],
  ["KZ-11", "region", "Akmola Region", "Акмолинская область", "вилояти Ақмола", "Акмола облусу"],
  ["KZ-15", "region", "Aktobe Region", "Актюбинская область", "вилояти Ақтобе", "Актөбө облусу"],
  ["KZ-19", "region", "Almaty Region", "Алматинская область", "вилояти Алмаато", "Алматы облусу"],
  ["KZ-23", "region", "Atyrau Region", "Атырауская область", "вилояти Атирау", "Атырау облусу"],
  ["KZ-27", "region", "West Kazakhstan Region", "Западно-Казахстанская область", "вилояти Қазоқистони Ғарбӣ", "Батыш Казакстан облусу"],
  ["KZ-31", "region", "Jambyl Region", "Жамбылская область", "вилояти Жамбил", "Жамбыл облусу"],
  ["KZ-33", "region", "Jetisu Region", "область Жетысу", "вилояти Жетису", "Жетисуу облусу"],
  ["KZ-35", "region", "Karaganda Region", "Карагандинская область", "вилояти Қарағанда", "Караганды облусу"],
  ["KZ-39", "region", "Kostanay Region", "Костанайская область", "вилояти Қостанай", "Костанай облусу"],
  ["KZ-43", "region", "Kyzylorda Region", "Кызылординская область", "вилояти Қизилорда", "Кызылорда облусу"],
  ["KZ-47", "region", "Mangystau Region", "Мангистауская область", "вилояти Манғистау", "Маңгыстау облусу"],
  ["KZ-55", "region", "Pavlodar Region", "Павлодарская область", "вилояти Павлодар", "Павлодар облусу"],
  ["KZ-59", "region", "North Kazakhstan Region", "Северо-Казахстанская область", "вилояти Қазоқистони Шимолӣ", "Түндүк Казакстан облусу"],
  ["KZ-61", "region", "Turkistan Region", "Туркестанская область", "вилояти Туркистон", "Түркстан облусу"],
  ["KZ-62", "region", "Ulytau Region", "область Улытау", "вилояти Улитау", "Улытау облусу"],
  ["KZ-63", "region", "East Kazakhstan Region", "Восточно-Казахстанская область", "вилояти Қазоқистони Шарқӣ", "Чыгыш Казакстан облусу"],
  ["KZ-71", "city", "Astana", "город Астана", "шаҳри Остона", "Астана шаары"],
  ["KZ-75", "city", "Almaty (city)", "город Алматы", "шаҳри Алмаато", "Алматы шаары"],
  ["KZ-79", "city", "Shymkent", "город Шымкент", "шаҳри Чимкент", "Шымкент шаары"],

  // ── Uzbekistan (ISO 3166-2:UZ) ──────────────────────────────────────────
  ["UZ-AN", "region", "Andijan Region", "Андижанская область", "вилояти Андиҷон", "Анжиян облусу"],
  ["UZ-BU", "region", "Bukhara Region", "Бухарская область", "вилояти Бухоро", "Бухара облусу"],
  ["UZ-FA", "region", "Fergana Region", "Ферганская область", "вилояти Фарғона", "Фергана облусу"],
  ["UZ-JI", "region", "Jizzakh Region", "Джизакская область", "вилояти Ҷиззах", "Жизак облусу"],
  ["UZ-NG", "region", "Namangan Region", "Наманганская область", "вилояти Намангон", "Наманган облусу"],
  ["UZ-NW", "region", "Navoiy Region", "Навоийская область", "вилояти Навоӣ", "Навои облусу"],
  ["UZ-QA", "region", "Kashkadarya Region", "Кашкадарьинская область", "вилояти Қашқадарё", "Кашкадарыя облусу"],
  ["UZ-QR", "autonomous-republic", "Karakalpakstan, Republic of", "Республика Каракалпакстан", "Ҷумҳурии Қароқалпоқистон", "Каракалпакстан Республикасы"],
  ["UZ-SA", "region", "Samarkand Region", "Самаркандская область", "вилояти Самарқанд", "Самарканд облусу"],
  ["UZ-SI", "region", "Syrdarya Region", "Сырдарьинская область", "вилояти Сирдарё", "Сырдарыя облусу"],
  ["UZ-SU", "region", "Surkhandarya Region", "Сурхандарьинская область", "вилояти Сурхондарё", "Сурхандарыя облусу"],
  ["UZ-TK", "city", "Tashkent (city)", "город Ташкент", "шаҳри Тошкент", "Ташкент шаары"],
  ["UZ-TO", "region", "Tashkent Region", "Ташкентская область", "вилояти Тошкент", "Ташкент облусу"],
  ["UZ-XO", "region", "Khorezm Region", "Хорезмская область", "вилояти Хоразм", "Хорезм облусу"],

  // ── Russia (ISO 3166-2:RU: the 83 subjects ISO lists) ───────────────────
  // Republics (21)
  ["RU-AD", "republic", "Adygea, Republic of", "Республика Адыгея", "Ҷумҳурии Адигея", "Адыгея Республикасы"],
  ["RU-AL", "republic", "Altai, Republic of", "Республика Алтай", "Ҷумҳурии Алтай", "Алтай Республикасы"],
  ["RU-BA", "republic", "Bashkortostan, Republic of", "Республика Башкортостан", "Ҷумҳурии Бошқирдистон", "Башкортостан Республикасы"],
  ["RU-BU", "republic", "Buryatia, Republic of", "Республика Бурятия", "Ҷумҳурии Бурятия", "Бурятия Республикасы"],
  ["RU-CE", "republic", "Chechen Republic", "Чеченская Республика", "Ҷумҳурии Чеченистон", "Чечен Республикасы"],
  ["RU-CU", "republic", "Chuvash Republic", "Чувашская Республика — Чувашия", "Ҷумҳурии Чувашия", "Чуваш Республикасы"],
  ["RU-DA", "republic", "Dagestan, Republic of", "Республика Дагестан", "Ҷумҳурии Доғистон", "Дагестан Республикасы"],
  ["RU-IN", "republic", "Ingushetia, Republic of", "Республика Ингушетия", "Ҷумҳурии Ингушетия", "Ингушетия Республикасы"],
  ["RU-KB", "republic", "Kabardino-Balkarian Republic", "Кабардино-Балкарская Республика", "Ҷумҳурии Кабардино-Балкария", "Кабардин-Балкар Республикасы"],
  ["RU-KC", "republic", "Karachay-Cherkess Republic", "Карачаево-Черкесская Республика", "Ҷумҳурии Карачаево-Черкесия", "Карачай-Черкес Республикасы"],
  ["RU-KK", "republic", "Khakassia, Republic of", "Республика Хакасия", "Ҷумҳурии Хакасия", "Хакасия Республикасы"],
  ["RU-KL", "republic", "Kalmykia, Republic of", "Республика Калмыкия", "Ҷумҳурии Калмикия", "Калмыкия Республикасы"],
  ["RU-KO", "republic", "Komi, Republic of", "Республика Коми", "Ҷумҳурии Коми", "Коми Республикасы"],
  ["RU-KR", "republic", "Karelia, Republic of", "Республика Карелия", "Ҷумҳурии Карелия", "Карелия Республикасы"],
  ["RU-ME", "republic", "Mari El, Republic of", "Республика Марий Эл", "Ҷумҳурии Марий Эл", "Марий Эл Республикасы"],
  ["RU-MO", "republic", "Mordovia, Republic of", "Республика Мордовия", "Ҷумҳурии Мордовия", "Мордовия Республикасы"],
  ["RU-SA", "republic", "Sakha (Yakutia), Republic of", "Республика Саха (Якутия)", "Ҷумҳурии Саха (Якутия)", "Саха (Якутия) Республикасы"],
  [
    "RU-SE",
    "republic",
    "North Ossetia–Alania, Republic of",
    "Республика Северная Осетия — Алания",
    "Ҷумҳурии Осетияи Шимолӣ — Алания",
    "Түндүк Осетия — Алания Республикасы",
  ],
  ["RU-TA", "republic", "Tatarstan, Republic of", "Республика Татарстан", "Ҷумҳурии Тотористон", "Татарстан Республикасы"],
  ["RU-TY", "republic", "Tuva, Republic of", "Республика Тыва", "Ҷумҳурии Тува", "Тыва Республикасы"],
  ["RU-UD", "republic", "Udmurt Republic", "Удмуртская Республика", "Ҷумҳурии Удмуртия", "Удмурт Республикасы"],
  // Krais (9)
  ["RU-ALT", "krai", "Altai Krai", "Алтайский край", "кишвари Алтай", "Алтай крайы"],
  ["RU-KAM", "krai", "Kamchatka Krai", "Камчатский край", "кишвари Камчатка", "Камчатка крайы"],
  ["RU-KDA", "krai", "Krasnodar Krai", "Краснодарский край", "кишвари Краснодар", "Краснодар крайы"],
  ["RU-KHA", "krai", "Khabarovsk Krai", "Хабаровский край", "кишвари Хабаровск", "Хабаровск крайы"],
  ["RU-KYA", "krai", "Krasnoyarsk Krai", "Красноярский край", "кишвари Красноярск", "Красноярск крайы"],
  ["RU-PER", "krai", "Perm Krai", "Пермский край", "кишвари Перм", "Пермь крайы"],
  ["RU-PRI", "krai", "Primorsky Krai", "Приморский край", "кишвари Приморе", "Приморье крайы"],
  ["RU-STA", "krai", "Stavropol Krai", "Ставропольский край", "кишвари Ставропол", "Ставрополь крайы"],
  ["RU-ZAB", "krai", "Zabaykalsky Krai", "Забайкальский край", "кишвари Забайкал", "Забайкал крайы"],
  // Oblasts (46)
  ["RU-AMU", "oblast", "Amur Oblast", "Амурская область", "вилояти Амур", "Амур облусу"],
  ["RU-ARK", "oblast", "Arkhangelsk Oblast", "Архангельская область", "вилояти Архангелск", "Архангельск облусу"],
  ["RU-AST", "oblast", "Astrakhan Oblast", "Астраханская область", "вилояти Астрахан", "Астрахань облусу"],
  ["RU-BEL", "oblast", "Belgorod Oblast", "Белгородская область", "вилояти Белгород", "Белгород облусу"],
  ["RU-BRY", "oblast", "Bryansk Oblast", "Брянская область", "вилояти Брянск", "Брянск облусу"],
  ["RU-CHE", "oblast", "Chelyabinsk Oblast", "Челябинская область", "вилояти Челябинск", "Челябинск облусу"],
  ["RU-IRK", "oblast", "Irkutsk Oblast", "Иркутская область", "вилояти Иркутск", "Иркутск облусу"],
  ["RU-IVA", "oblast", "Ivanovo Oblast", "Ивановская область", "вилояти Иваново", "Иваново облусу"],
  ["RU-KEM", "oblast", "Kemerovo Oblast – Kuzbass", "Кемеровская область — Кузбасс", "вилояти Кемерово — Кузбасс", "Кемерово облусу — Кузбасс"],
  ["RU-KGD", "oblast", "Kaliningrad Oblast", "Калининградская область", "вилояти Калининград", "Калининград облусу"],
  ["RU-KGN", "oblast", "Kurgan Oblast", "Курганская область", "вилояти Курган", "Курган облусу"],
  ["RU-KIR", "oblast", "Kirov Oblast", "Кировская область", "вилояти Киров", "Киров облусу"],
  ["RU-KLU", "oblast", "Kaluga Oblast", "Калужская область", "вилояти Калуга", "Калуга облусу"],
  ["RU-KOS", "oblast", "Kostroma Oblast", "Костромская область", "вилояти Кострома", "Кострома облусу"],
  ["RU-KRS", "oblast", "Kursk Oblast", "Курская область", "вилояти Курск", "Курск облусу"],
  ["RU-LEN", "oblast", "Leningrad Oblast", "Ленинградская область", "вилояти Ленинград", "Ленинград облусу"],
  ["RU-LIP", "oblast", "Lipetsk Oblast", "Липецкая область", "вилояти Липетск", "Липецк облусу"],
  ["RU-MAG", "oblast", "Magadan Oblast", "Магаданская область", "вилояти Магадан", "Магадан облусу"],
  ["RU-MOS", "oblast", "Moscow Oblast", "Московская область", "вилояти Маскав", "Москва облусу"],
  ["RU-MUR", "oblast", "Murmansk Oblast", "Мурманская область", "вилояти Мурманск", "Мурманск облусу"],
  ["RU-NGR", "oblast", "Novgorod Oblast", "Новгородская область", "вилояти Новгород", "Новгород облусу"],
  ["RU-NIZ", "oblast", "Nizhny Novgorod Oblast", "Нижегородская область", "вилояти Нижний Новгород", "Нижний Новгород облусу"],
  ["RU-NVS", "oblast", "Novosibirsk Oblast", "Новосибирская область", "вилояти Новосибирск", "Новосибирск облусу"],
  ["RU-OMS", "oblast", "Omsk Oblast", "Омская область", "вилояти Омск", "Омск облусу"],
  ["RU-ORE", "oblast", "Orenburg Oblast", "Оренбургская область", "вилояти Оренбург", "Оренбург облусу"],
  ["RU-ORL", "oblast", "Oryol Oblast", "Орловская область", "вилояти Орёл", "Орёл облусу"],
  ["RU-PNZ", "oblast", "Penza Oblast", "Пензенская область", "вилояти Пенза", "Пенза облусу"],
  ["RU-PSK", "oblast", "Pskov Oblast", "Псковская область", "вилояти Псков", "Псков облусу"],
  ["RU-ROS", "oblast", "Rostov Oblast", "Ростовская область", "вилояти Ростов", "Ростов облусу"],
  ["RU-RYA", "oblast", "Ryazan Oblast", "Рязанская область", "вилояти Рязан", "Рязань облусу"],
  ["RU-SAK", "oblast", "Sakhalin Oblast", "Сахалинская область", "вилояти Сахалин", "Сахалин облусу"],
  ["RU-SAM", "oblast", "Samara Oblast", "Самарская область", "вилояти Самара", "Самара облусу"],
  ["RU-SAR", "oblast", "Saratov Oblast", "Саратовская область", "вилояти Саратов", "Саратов облусу"],
  ["RU-SMO", "oblast", "Smolensk Oblast", "Смоленская область", "вилояти Смоленск", "Смоленск облусу"],
  ["RU-SVE", "oblast", "Sverdlovsk Oblast", "Свердловская область", "вилояти Свердловск", "Свердловск облусу"],
  ["RU-TAM", "oblast", "Tambov Oblast", "Тамбовская область", "вилояти Тамбов", "Тамбов облусу"],
  ["RU-TOM", "oblast", "Tomsk Oblast", "Томская область", "вилояти Томск", "Томск облусу"],
  ["RU-TUL", "oblast", "Tula Oblast", "Тульская область", "вилояти Тула", "Тула облусу"],
  ["RU-TVE", "oblast", "Tver Oblast", "Тверская область", "вилояти Твер", "Тверь облусу"],
  ["RU-TYU", "oblast", "Tyumen Oblast", "Тюменская область", "вилояти Тюмен", "Тюмень облусу"],
  ["RU-ULY", "oblast", "Ulyanovsk Oblast", "Ульяновская область", "вилояти Уляновск", "Ульяновск облусу"],
  ["RU-VGG", "oblast", "Volgograd Oblast", "Волгоградская область", "вилояти Волгоград", "Волгоград облусу"],
  ["RU-VLA", "oblast", "Vladimir Oblast", "Владимирская область", "вилояти Владимир", "Владимир облусу"],
  ["RU-VLG", "oblast", "Vologda Oblast", "Вологодская область", "вилояти Вологда", "Вологда облусу"],
  ["RU-VOR", "oblast", "Voronezh Oblast", "Воронежская область", "вилояти Воронеж", "Воронеж облусу"],
  ["RU-YAR", "oblast", "Yaroslavl Oblast", "Ярославская область", "вилояти Ярославл", "Ярославль облусу"],
  // Federal cities (2)
  ["RU-MOW", "federal-city", "Moscow", "Москва", "шаҳри Маскав", "Москва шаары"],
  ["RU-SPE", "federal-city", "Saint Petersburg", "Санкт-Петербург", "шаҳри Санкт-Петербург", "Санкт-Петербург шаары"],
  // Autonomous oblast (1)
  ["RU-YEV", "autonomous-oblast", "Jewish Autonomous Oblast", "Еврейская автономная область", "вилояти мухтори Яҳудӣ", "Еврей автономиялуу облусу"],
  // Autonomous okrugs (4)
  ["RU-CHU", "autonomous-okrug", "Chukotka Autonomous Okrug", "Чукотский автономный округ", "округи мухтори Чукотка", "Чукотка автономиялуу округу"],
  [
    "RU-KHM",
    "autonomous-okrug",
    "Khanty-Mansi Autonomous Okrug – Yugra",
    "Ханты-Мансийский автономный округ — Югра",
    "округи мухтори Ханти-Манси — Югра",
    "Ханты-Манси автономиялуу округу — Югра",
  ],
  ["RU-NEN", "autonomous-okrug", "Nenets Autonomous Okrug", "Ненецкий автономный округ", "округи мухтори Ненетс", "Ненец автономиялуу округу"],
  [
    "RU-YAN",
    "autonomous-okrug",
    "Yamalo-Nenets Autonomous Okrug",
    "Ямало-Ненецкий автономный округ",
    "округи мухтори Ямал-Ненетс",
    "Ямал-Ненец автономиялуу округу",
  ],
];

// Letters that must not appear in a name of the given language: Tajik has no
// ц щ ы ь since 1998; Kyrgyz and Russian have no Tajik-only letters; Russian
// has no Kyrgyz ң ө ү either.
const FORBIDDEN = {
  tg: /[цщыьЦЩЫЬңөүҢӨҮ]/,
  ky: /[ҳқғҷӣӯҲҚҒҶӢӮ]/,
  ru: /[ҳқғҷӣӯңөүіұәҲҚҒҶӢӮҢӨҮІҰӘ]/,
  en: /[\u0400-\u04FF]/,
};

const errors = [];
const fail = (msg) => errors.push(msg);

// ── Countries ─────────────────────────────────────────────────────────────
const displayNames = Object.fromEntries(LANGS.map((lang) => [lang, new Intl.DisplayNames([lang], { type: "region" })]));

// Guard against a Node built without full ICU (small-icu would give English).
const probe = displayNames.tg.of("TJ");
if (probe !== "Тоҷикистон") {
  fail(`Intl.DisplayNames('tg').of('TJ') gave ${JSON.stringify(probe)}, expected "Тоҷикистон": this Node lacks full ICU data`);
}

if (COUNTRY_CODES.length !== EXPECTED_COUNTRY_COUNT) {
  fail(`countries: ${COUNTRY_CODES.length} codes listed, expected ${EXPECTED_COUNTRY_COUNT}`);
}
const countryCodes = new Set();
for (const code of COUNTRY_CODES) {
  if (!/^[A-Z]{2}$/.test(code)) fail(`countries: bad code ${JSON.stringify(code)}`);
  if (countryCodes.has(code)) fail(`countries: duplicate code ${code}`);
  countryCodes.add(code);
}

const countries = [...countryCodes].sort().map((code) => {
  const en = displayNames.en.of(code);
  if (!en || en === code) fail(`countries: no English name for ${code}`);
  const names = {};
  for (const lang of LANGS) {
    const name = displayNames[lang].of(code);
    names[lang] = name && name !== code ? name : en;
  }
  return { code, names };
});

// ── Regions ───────────────────────────────────────────────────────────────
const regionCodes = new Set();
const perCountry = Object.fromEntries(Object.keys(EXPECTED_REGION_COUNTS).map((c) => [c, 0]));
const regions = [];
for (const row of REGIONS) {
  if (!Array.isArray(row) || row.length !== 2 + LANGS.length) {
    fail(`regions: malformed row ${JSON.stringify(row)}`);
    continue;
  }
  const [code, type, ...nameList] = row;
  const m = /^([A-Z]{2})-([A-Z0-9]{1,3})$/.exec(code);
  if (!m) {
    fail(`regions: bad code ${JSON.stringify(code)}`);
    continue;
  }
  const country = m[1];
  if (regionCodes.has(code)) fail(`regions: duplicate code ${code}`);
  regionCodes.add(code);
  if (!(country in perCountry)) fail(`regions: ${code} belongs to ${country}, which is not one of ${Object.keys(perCountry).join(", ")}`);
  else perCountry[country] += 1;
  if (!countryCodes.has(country)) fail(`regions: ${code} prefix ${country} is not in the country list`);
  if (!TYPES.has(type)) fail(`regions: ${code} has unknown type ${JSON.stringify(type)}`);
  const names = {};
  LANGS.forEach((lang, i) => {
    const name = nameList[i];
    if (typeof name !== "string" || name.trim() === "") fail(`regions: ${code} has an empty ${lang} name`);
    else if (name !== name.trim() || /\s{2}/.test(name)) fail(`regions: ${code} ${lang} name has stray whitespace: ${JSON.stringify(name)}`);
    else if (FORBIDDEN[lang].test(name)) fail(`regions: ${code} ${lang} name ${JSON.stringify(name)} has letters foreign to ${lang}`);
    names[lang] = name;
  });
  regions.push({ code, country, type, names });
}
for (const [country, expected] of Object.entries(EXPECTED_REGION_COUNTS)) {
  if (perCountry[country] !== expected) {
    fail(`regions: ${country} has ${perCountry[country]} entries, expected ${expected}`);
  }
}
if (!regionCodes.has("RU-TA")) fail("regions: RU-TA (Tatarstan) is missing");
regions.sort((a, b) => (a.code < b.code ? -1 : a.code > b.code ? 1 : 0));

if (errors.length > 0) {
  console.error(`build-jurisdictions: ${errors.length} problem(s), ${OUT} not written:`);
  for (const e of errors) console.error(`  - ${e}`);
  process.exit(1);
}

// ── Output ────────────────────────────────────────────────────────────────
const source =
  `Country names are generated from Unicode CLDR ${process.versions.cldr} through ICU ${process.versions.icu} ` +
  `(Intl.DisplayNames in Node ${process.versions.node.split(".")[0]}) for every officially assigned ISO 3166-1 alpha-2 code; ` +
  "where CLDR has no name in a language the English name is used. Region codes are the first-level ISO 3166-2 " +
  "subdivisions of TJ, KG, KZ (numeric codes, including Abai, Jetisu and Ulytau created in 2022), UZ and RU " +
  "(the 83 subjects ISO 3166-2:RU lists) as published by ISO; their English names are ISO-style or common English, " +
  "the Russian names are the official Russian forms, and the Tajik and Kyrgyz names follow official and common " +
  "usage where known and otherwise consistent patterns (вилояти X / X облусу, кишвари X / X крайы, Ҷумҳурии X / X Республикасы)." +
  ` Code lists checked on ${CHECKED_ON}; generated by scripts/build-jurisdictions.mjs.`;

writeFileSync(OUT, `${JSON.stringify({ source, countries, regions }, null, 2)}\n`);
const summary = Object.entries(perCountry)
  .map(([c, n]) => `${c} ${n}`)
  .join(", ");
console.log(`build-jurisdictions: wrote ${OUT}: ${countries.length} countries, ${regions.length} regions (${summary})`);
