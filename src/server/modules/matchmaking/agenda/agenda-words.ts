import type { TLanguage } from "../../../../contracts/common";

type Words = {
  title: string;
  time: string;
  counterpart: string;
  place: string;
  unscheduled: string;
  none: string;
  cancelled: string;
  venueTime: (zone: string) => string;
  meetingWith: (name: string) => string;
  video: string;
};

/** The few fixed words of printed and calendar agendas, in the four languages the platform speaks. */
export const AGENDA_WORDS: Record<TLanguage, Words> = {
  en: {
    title: "Meeting agenda",
    time: "Time",
    counterpart: "With",
    place: "Place",
    unscheduled: "Accepted, not yet scheduled",
    none: "No meetings scheduled yet.",
    cancelled: "cancelled",
    venueTime: (zone) => `Times are venue time (${zone}).`,
    meetingWith: (name) => `Meeting with ${name}`,
    video: "Video link",
  },
  ru: {
    title: "График встреч",
    time: "Время",
    counterpart: "С кем",
    place: "Место",
    unscheduled: "Приняты, время ещё не назначено",
    none: "Встречи пока не назначены.",
    cancelled: "отменена",
    venueTime: (zone) => `Время местное, по месту проведения (${zone}).`,
    meetingWith: (name) => `Встреча: ${name}`,
    video: "Ссылка на видеосвязь",
  },
  tg: {
    title: "Ҷадвали мулоқотҳо",
    time: "Вақт",
    counterpart: "Бо кӣ",
    place: "Ҷой",
    unscheduled: "Қабул шудаанд, вақт ҳанӯз таъин нашудааст",
    none: "Ҳоло ягон мулоқот таъин нашудааст.",
    cancelled: "бекор шуд",
    venueTime: (zone) => `Вақт бо вақти маҳалли баргузорӣ (${zone}).`,
    meetingWith: (name) => `Мулоқот бо ${name}`,
    video: "Пайванди видеоӣ",
  },
  ky: {
    title: "Жолугушуулардын графиги",
    time: "Убакыт",
    counterpart: "Ким менен",
    place: "Орун",
    unscheduled: "Кабыл алынды, убактысы азырынча белгилене элек",
    none: "Азырынча жолугушуулар белгилене элек.",
    cancelled: "жокко чыгарылды",
    venueTime: (zone) => `Убакыт өткөрүлгөн жердин убактысы менен (${zone}).`,
    meetingWith: (name) => `Жолугушуу: ${name}`,
    video: "Видео байланыш шилтемеси",
  },
};

/** The first of our four languages a browser's Accept-Language names, by its q order. */
export function languageFromHeader(header: string | undefined): TLanguage | undefined {
  if (!header) return undefined;
  const ranked = header
    .split(",")
    .map((part, order) => {
      const [tag, ...params] = part.trim().split(";");
      const q = Number(
        params
          .find((p) => p.trim().startsWith("q="))
          ?.trim()
          .slice(2) ?? 1,
      );
      return { base: tag.trim().toLowerCase().split("-")[0], q: Number.isFinite(q) ? q : 0, order };
    })
    .filter((entry) => entry.q > 0)
    .sort((x, y) => y.q - x.q || x.order - y.order);
  return ranked.map((entry) => entry.base).find((base): base is TLanguage => base === "en" || base === "ru" || base === "tg" || base === "ky");
}
