import type { TLanguage, TLocalizedText } from "../../../../contracts/common";
import { intlLocale, pickText as pick } from "../../../platform/i18n";

export type RequestEvent = "requested" | "accepted" | "declined" | "proposed";

const SUBJECT: Record<TLanguage, Record<RequestEvent, string>> = {
  en: {
    requested: "Meeting request from {org}",
    accepted: "{org} accepted your meeting",
    declined: "{org} declined the meeting",
    proposed: "{org} proposed a time for your meeting",
  },
  ru: {
    requested: "Запрос на встречу от {org}",
    accepted: "{org} принимает встречу",
    declined: "{org} отклоняет встречу",
    proposed: "{org} предлагает время встречи",
  },
  tg: {
    requested: "Дархости вохӯрӣ аз {org}",
    accepted: "{org} вохӯриро қабул кард",
    declined: "{org} вохӯриро рад кард",
    proposed: "{org} вақти вохӯриро пешниҳод кард",
  },
  ky: {
    requested: "{org} жолугушууга сурам жөнөттү",
    accepted: "{org} жолугушууну кабыл алды",
    declined: "{org} жолугушуудан баш тартты",
    proposed: "{org} жолугушуунун убактысын сунуштады",
  },
};

const LINES: Record<TLanguage, { forum: string; message: string; reason: string; time: string; open: string }> = {
  en: { forum: "Forum", message: "Message", reason: "Reason", time: "Time", open: "Answer or see your meetings" },
  ru: { forum: "Форум", message: "Сообщение", reason: "Причина", time: "Время", open: "Ответить или посмотреть встречи" },
  tg: { forum: "Форум", message: "Паём", reason: "Сабаб", time: "Вақт", open: "Ҷавоб додан ё дидани вохӯриҳо" },
  ky: { forum: "Форум", message: "Билдирүү", reason: "Себеп", time: "Убакыт", open: "Жооп берүү же жолугушууларды көрүү" },
};

/** The e-mail that tells the other side what happened to a meeting request, in the reader's language and the venue's clock. */
export function requestMail(input: {
  language: TLanguage;
  event: RequestEvent;
  forumName: TLocalizedText;
  counterpartName: TLocalizedText;
  message: string | null;
  reason: string | null;
  startsAt: Date | null;
  timeZone: string;
  link: string;
}) {
  const lines = LINES[input.language];
  const time = input.startsAt
    ? `${new Intl.DateTimeFormat(intlLocale(input.language), { timeZone: input.timeZone, dateStyle: "long", timeStyle: "short" }).format(input.startsAt)} (${input.timeZone})`
    : null;
  const text = [
    `${lines.forum}: ${pick(input.forumName, input.language)}`,
    time ? `${lines.time}: ${time}` : null,
    input.message ? `\n${lines.message}:\n${input.message}` : null,
    input.reason ? `\n${lines.reason}:\n${input.reason}` : null,
    `\n${lines.open}: ${input.link}`,
  ]
    .filter((line) => line !== null)
    .join("\n");
  return { subject: SUBJECT[input.language][input.event].replace("{org}", pick(input.counterpartName, input.language)), text };
}
