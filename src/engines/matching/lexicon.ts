/**
 * A small multilingual industrial lexicon: words in English, Russian, Tajik and Kyrgyz that name
 * the same thing map to one concept id, so that "silk", «шёлк», «абрешим» and «жибек» meet in
 * text similarity although no transliteration makes them alike. Written as people write them;
 * the text code folds every entry with the transliteration engine.
 *
 * An entry ending in "*" is a stem and also matches longer words («шелк*» matches «шелковая»),
 * which stands in for inflection; other entries match the whole word only. The first entry of
 * each language is a whole word, used when demo text is generated. Tajik and Kyrgyz entries are
 * best effort and worth a native speaker's review.
 */
export type LexiconEntry = { en: readonly string[]; ru: readonly string[]; tg: readonly string[]; ky: readonly string[] };

export const INDUSTRIAL_LEXICON: Readonly<Record<string, LexiconEntry>> = {
  // Textiles
  cotton: { en: ["cotton*"], ru: ["хлопок", "хлопк*", "хлопч*", "хлопок*"], tg: ["пахта*"], ky: ["пахта*"] },
  silk: { en: ["silk*"], ru: ["шёлк", "шелк*"], tg: ["абрешим*"], ky: ["жибек*"] },
  cocoon: { en: ["cocoon*", "silkworm*"], ru: ["кокон*"], tg: ["пилла*"], ky: ["пилле*", "пилла*"] },
  wool: { en: ["wool*"], ru: ["шерсть", "шерст*"], tg: ["пашм*"], ky: ["жүн"] },
  yarn: { en: ["yarn*", "thread*"], ru: ["пряжа", "пряж*", "нить", "нити"], tg: ["ресмон*"], ky: ["жип", "жиптер"] },
  fabric: { en: ["fabric*", "textile*", "cloth"], ru: ["ткань", "ткан*", "текстил*"], tg: ["матоъ", "матоъҳо", "нассоҷ*"], ky: ["кездеме*", "текстил*"] },
  knitwear: { en: ["knitwear", "knitted", "knitting"], ru: ["трикотаж*"], tg: ["трикотаж*"], ky: ["трикотаж*"] },
  garment: { en: ["garment*", "clothing", "apparel"], ru: ["одежда", "одежд*", "швейн*"], tg: ["либос*"], ky: ["кийим*"] },
  workwear: { en: ["workwear", "uniform*", "overall*"], ru: ["спецодежда", "спецодежд*", "униформ*"], tg: ["униформа*"], ky: ["униформа*"] },
  carpet: { en: ["carpet*", "rug", "rugs"], ru: ["ковёр", "ковер*", "ковр*"], tg: ["қолин*"], ky: ["килем*"] },
  felt: { en: ["felt"], ru: ["войлок*"], tg: ["намад*"], ky: ["кийиз*", "шырдак*"] },
  sewing: { en: ["sewing", "tailoring"], ru: ["пошив*", "шитьё", "шить"], tg: ["дӯзандагӣ", "дӯзанд*", "дӯзӣ"], ky: ["тигүү*"] },
  weaving: { en: ["weaving", "weave*", "loom*"], ru: ["ткачество", "ткацк*", "ткачеств*"], tg: ["бофандагӣ", "бофанд*"], ky: ["токуу*"] },
  spinning: { en: ["spinning", "spun"], ru: ["прядение", "прядильн*", "прядени*"], tg: ["ресандагӣ", "ресанд*"], ky: ["ийрүү*"] },
  dyeing: { en: ["dyeing", "dyed", "dye"], ru: ["крашение", "крашени*", "краситель*"], tg: ["рангкунӣ", "рангрез*"], ky: ["боёо*"] },
  // Leather
  leather: { en: ["leather*"], ru: ["кожа", "кожи", "кожан*", "кожевен*"], tg: ["чарм*"], ky: ["булгаары*"] },
  hide: { en: ["hides", "hide", "skins"], ru: ["шкуры", "шкур*"], tg: ["пӯст", "пӯстҳо*"], ky: ["тери", "терилер*"] },
  tanning: { en: ["tanning", "tannery", "tanned"], ru: ["дубление", "дублен*", "дубильн*"], tg: ["ошлоӣ", "ошлош*"], ky: ["ийлөө*"] },
  footwear: { en: ["footwear", "shoe*", "boots"], ru: ["обувь", "обувн*"], tg: ["пойафзол*"], ky: ["өтүк*"] },
  // Wood
  wood: { en: ["wood*", "timber*", "lumber*", "sawn"], ru: ["древесина", "древесин*", "пиломатериал*", "лесоматериал*"], tg: ["чӯб*"], ky: ["жыгач*"] },
  plywood: { en: ["plywood*", "veneer*", "chipboard*", "fibreboard*"], ru: ["фанера", "фанер*", "шпон*"], tg: ["фанер*"], ky: ["фанера*"] },
  furniture: { en: ["furniture"], ru: ["мебель", "мебел*"], tg: ["мебел*"], ky: ["эмерек*", "мебель*"] },
  // Medicinal plants and pharmaceuticals
  "medicinal-plant": {
    en: ["herbs", "herb", "herbal", "medicinal"],
    ru: ["лекарственные", "лекарственн*", "трав*"],
    tg: ["гиёҳ*", "доруворӣ"],
    ky: ["дарылык*", "чөп*"],
  },
  medicine: {
    en: ["medicines", "medicine*", "drug", "drugs", "pharmaceutical*", "pharma"],
    ru: ["лекарства", "лекарств*", "фармацевт*", "препарат*"],
    tg: ["дору", "доруҳо", "дорусоз*"],
    ky: ["дары", "дары-дармек*", "фармацевт*"],
  },
  extract: { en: ["extract*"], ru: ["экстракт*"], tg: ["усора*", "экстракт*"], ky: ["экстракт*"] },
  // Fruit and vegetables
  fruit: { en: ["fruit*"], ru: ["фрукты", "фрукт*", "плоды", "плодоовощ*"], tg: ["мева*"], ky: ["жемиш*", "мөмө*"] },
  vegetable: { en: ["vegetable*"], ru: ["овощи", "овощ*"], tg: ["сабзавот*"], ky: ["жашылча*"] },
  dried: { en: ["dried", "drying"], ru: ["сушёные", "сушен*", "сушён*", "сухофрукт*"], tg: ["хушк*"], ky: ["кургатылган", "кургат*"] },
  apricot: { en: ["apricot*"], ru: ["абрикос*", "курага*"], tg: ["зардолу*"], ky: ["өрүк*"] },
  apple: { en: ["apple*"], ru: ["яблоки", "яблок*"], tg: ["себ", "себҳо*"], ky: ["алма*"] },
  grape: { en: ["grape*", "raisin*"], ru: ["виноград*", "изюм*"], tg: ["ангур*", "мавиз*", "кишмиш*"], ky: ["жүзүм*", "мейиз*"] },
  nut: {
    en: ["nuts", "nut", "walnut*", "almond*", "pistachio*"],
    ru: ["орехи", "орех*", "миндал*", "фисташк*"],
    tg: ["чормағз*", "бодом*", "писта*"],
    ky: ["жаңгак*", "бадам*", "мисте*"],
  },
  juice: { en: ["juice*"], ru: ["сок", "соки", "соков"], tg: ["шарбат*"], ky: ["шире*"] },
  preserves: {
    en: ["jam", "jams", "preserve*", "canned", "cannery"],
    ru: ["консервы", "консерв*", "варенье", "джем*"],
    tg: ["мураббо*", "консерв*"],
    ky: ["кыям*", "консерв*"],
  },
  food: { en: ["food*"], ru: ["пищевые", "пищев*", "продовольств*"], tg: ["озуқа*", "хӯрокворӣ*"], ky: ["азык*", "тамак-аш"] },
  agriculture: {
    en: ["agricultur*", "farm*"],
    ru: ["сельскохозяйственные", "сельскохоз*", "агро*", "ферм*"],
    tg: ["кишоварзӣ", "кишоварз*"],
    ky: ["айыл-чарба*", "дыйкан*"],
  },
  // Metals and aluminium
  aluminium: { en: ["aluminium*", "aluminum*"], ru: ["алюминий", "алюмини*"], tg: ["алюминий*"], ky: ["алюминий*"] },
  bauxite: { en: ["bauxite*", "alumina*"], ru: ["боксит*", "глинозём*", "глинозем*"], tg: ["боксит*", "гилхок*"], ky: ["боксит*"] },
  foil: { en: ["foil*"], ru: ["фольга", "фольг*"], tg: ["фолга*"], ky: ["фольга*"] },
  cable: { en: ["cable*", "wire*"], ru: ["кабель", "кабел*", "провод*", "проволок*"], tg: ["кабел*", "сим", "симҳо*"], ky: ["кабель*", "зым*"] },
  metal: { en: ["metal*"], ru: ["металл", "металл*"], tg: ["металл*", "филиз*"], ky: ["металл*"] },
  steel: { en: ["steel*"], ru: ["сталь", "стали", "стальн*"], tg: ["пӯлод*"], ky: ["болот*"] },
  ore: { en: ["ore", "ores", "mining", "mine", "mines"], ru: ["руда", "руд*", "добыча", "добыч*"], tg: ["маъдан*", "кӯҳкан*"], ky: ["кен", "кендер*"] },
  coal: { en: ["coal*"], ru: ["уголь", "угля", "угольн*"], tg: ["ангишт*"], ky: ["көмүр*"] },
  energy: { en: ["energy", "power"], ru: ["энергия", "энерг*", "электроэнерг*"], tg: ["энергетика", "энерг*", "нерӯ*"], ky: ["энергетика", "энерг*"] },
  // Construction materials
  cement: { en: ["cement*"], ru: ["цемент*"], tg: ["семент*", "цемент*"], ky: ["цемент*"] },
  concrete: { en: ["concrete*"], ru: ["бетон*", "жби"], tg: ["бетон*"], ky: ["бетон*"] },
  brick: { en: ["brick*"], ru: ["кирпич*"], tg: ["хишт*"], ky: ["кыш", "кыштар*"] },
  tile: { en: ["tile*", "ceramic*"], ru: ["плитка", "плитк*", "кафел*", "керамик*", "керамич*"], tg: ["кошин*", "сафол*"], ky: ["плитка*", "керамика*"] },
  glass: { en: ["glass*"], ru: ["стекло", "стекл*"], tg: ["шиша*"], ky: ["айнек*"] },
  limestone: { en: ["limestone*", "lime"], ru: ["известняк*", "известь", "извести"], tg: ["оҳаксанг*", "оҳак*"], ky: ["акиташ*"] },
  gypsum: { en: ["gypsum*", "plaster*"], ru: ["гипс*"], tg: ["гач", "гаҷ*"], ky: ["гипс*"] },
  sand: { en: ["sand", "sands", "gravel*"], ru: ["песок", "песк*", "щебень*", "щебен*"], tg: ["рег", "шағал*"], ky: ["кум", "шагыл*"] },
  clay: { en: ["clay*"], ru: ["глина", "глин*"], tg: ["гил", "гилӣ"], ky: ["чопо*"] },
  construction: { en: ["construction", "building*"], ru: ["строительство", "строител*", "стройматериал*"], tg: ["сохтмон*"], ky: ["курулуш*"] },
  // Industry and trade
  machinery: {
    en: ["machinery", "equipment", "machine*"],
    ru: ["оборудование", "оборудован*", "станок", "станк*", "машиностро*"],
    tg: ["таҷҳизот*", "мошин*"],
    ky: ["жабдуу*", "жабдык*", "станок*"],
  },
  factory: {
    en: ["factory", "factories", "mill", "mills"],
    ru: ["завод", "завод*", "фабрик*", "комбинат*"],
    tg: ["корхона*", "фабрика*", "завод*"],
    ky: ["завод*", "фабрика*", "ишкана*"],
  },
  processing: { en: ["processing", "processed", "process"], ru: ["переработка", "переработ*"], tg: ["коркард*"], ky: ["иштетүү*"] },
  packaging: { en: ["packaging", "packed", "package*"], ru: ["упаковка", "упаков*", "тара"], tg: ["бастабандӣ*"], ky: ["таңгак*"] },
  export: { en: ["export*"], ru: ["экспорт*"], tg: ["содирот*", "экспорт*"], ky: ["экспорт*"] },
  import: { en: ["import*"], ru: ["импорт*"], tg: ["воридот*", "импорт*"], ky: ["импорт*"] },
  supplier: {
    en: ["supplier*", "supply", "supplies"],
    ru: ["поставщик*", "поставк*", "поставля*"],
    tg: ["таъминкунанда*", "таъмин*"],
    ky: ["жеткирүүчү*", "жеткир*"],
  },
  buyer: {
    en: ["buyer*", "purchase*", "purchasing"],
    ru: ["покупател*", "закупк*", "закупа*", "закуп*"],
    tg: ["харидор*", "харид*"],
    ky: ["сатып", "кардар*"],
  },
  "joint-venture": { en: ["joint"], ru: ["совместное", "совместн*"], tg: ["муштарак*"], ky: ["биргелешкен*", "биргелеш*"] },
  investment: { en: ["investment*", "investor*", "invest"], ru: ["инвестиции", "инвестиц*", "инвестор*"], tg: ["сармоя*"], ky: ["инвестиция*", "инвестор*"] },
  technology: { en: ["technolog*"], ru: ["технология", "технолог*"], tg: ["технология*", "технологӣ"], ky: ["технология*"] },
  distribution: {
    en: ["distribution", "distributor*", "dealer*", "wholesale*"],
    ru: ["дистрибуция", "дистрибу*", "дистрибь*", "дилер*", "оптов*"],
    tg: ["тақсимот*", "дистрибютор*"],
    ky: ["дистрибьютор*", "дүң*"],
  },
  certificate: { en: ["certificate*", "certified", "certification"], ru: ["сертификат*"], tg: ["сертификат*"], ky: ["сертификат*"] },
  quality: { en: ["quality"], ru: ["качество", "качеств*"], tg: ["сифат*"], ky: ["сапат*"] },
};
