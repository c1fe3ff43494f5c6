import type { TLanguage } from "../../../../contracts/common";
import type { TVisitorCategory } from "../../../../contracts/exhibitions";

/** What the coloured band of a badge says, in the badge holder's language. */
export const CATEGORY_LABELS: Record<TVisitorCategory, Record<TLanguage, string>> = {
  trade_visitor: { en: "Trade visitor", ru: "Посетитель", tg: "Боздидкунанда", ky: "Келүүчү" },
  buyer: { en: "Buyer", ru: "Покупатель", tg: "Харидор", ky: "Сатып алуучу" },
  press: { en: "Press", ru: "Пресса", tg: "Матбуот", ky: "Басма сөз" },
  vip: { en: "VIP", ru: "VIP", tg: "VIP", ky: "VIP" },
  delegation: { en: "Delegation", ru: "Делегация", tg: "Ҳайат", ky: "Делегация" },
  exhibitor_staff: { en: "Exhibitor", ru: "Экспонент", tg: "Намоишгар", ky: "Көргөзмөчү" },
};

export const categoryLabel = (category: TVisitorCategory, language: TLanguage): string => CATEGORY_LABELS[category][language];
