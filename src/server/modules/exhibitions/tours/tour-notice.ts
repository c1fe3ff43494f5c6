import type { TLanguage } from "../../../../contracts/common";
import type { TTour } from "../../../../contracts/exhibitions";
import { intlLocale, languageOr, pickText as pick } from "../../../platform/i18n";

const TEXT: Record<TLanguage, { subject: string; intro: string; booth: string; arrives: string; leaves: string }> = {
  en: {
    subject: "A delegation will visit your booth",
    intro: "A delegation tour planned by the organisers stops at your booth.",
    booth: "Booth",
    arrives: "Expected",
    leaves: "until",
  },
  ru: {
    subject: "Делегация посетит ваш стенд",
    intro: "Маршрут делегации, составленный организаторами, проходит через ваш стенд.",
    booth: "Стенд",
    arrives: "Ожидается",
    leaves: "до",
  },
  tg: {
    subject: "Ҳайат аз стенди шумо дидан мекунад",
    intro: "Хатсайри ҳайат, ки ташкилкунандагон тартиб додаанд, аз стенди шумо мегузарад.",
    booth: "Стенд",
    arrives: "Интизор меравад",
    leaves: "то",
  },
  ky: {
    subject: "Делегация сиздин стендге келет",
    intro: "Уюштуруучулар түзгөн делегациянын маршруту сиздин стенд аркылуу өтөт.",
    booth: "Стенд",
    arrives: "Күтүлөт",
    leaves: "чейин",
  },
};

/** The notice to an exhibitor on a tour's route, in the reader's language and the venue's clock. */
export function tourNotice(tour: TTour, stop: TTour["stops"][number], timeZone: string, preferredLanguage: string | null) {
  const language = languageOr(preferredLanguage);
  const text = TEXT[language];
  const locale = intlLocale(language);
  const time = (iso: string) => new Intl.DateTimeFormat(locale, { timeZone, dateStyle: "long", timeStyle: "short" }).format(new Date(iso));
  const timeOnly = (iso: string) => new Intl.DateTimeFormat(locale, { timeZone, timeStyle: "short" }).format(new Date(iso));
  return {
    subject: `${text.subject}: ${pick(tour.name, language)}`,
    text: [
      text.intro,
      "",
      pick(tour.name, language),
      `${text.booth}: ${stop.boothNumber}`,
      `${text.arrives}: ${time(stop.arrivesAt)} ${text.leaves} ${timeOnly(stop.leavesAt)} (${timeZone})`,
      pick(tour.note, language),
    ]
      .filter(Boolean)
      .join("\n"),
  };
}
