import type { TLanguage } from "../../../../contracts/common";
import type { TMeeting } from "../../../../contracts/matchmaking";
import { intlLocale, pickText } from "../../../platform/i18n";

type Facts = { forumName: string; organizationName: string; timeZone: string; feedUrl: string };
type MailText = { subject(f: Facts): string; intro(f: Facts): string; none: string; calendar: string; online: string };

const TEXT: Record<TLanguage, MailText> = {
  en: {
    subject: (f) => `Your meetings at ${f.forumName}`,
    intro: (f) =>
      `Hello,\n\nThe meeting schedule of ${f.forumName} has been published or changed. The meetings of ${f.organizationName} (venue time, ${f.timeZone}):`,
    none: "No meetings are scheduled for you at the moment.",
    calendar: "Add them to your calendar (keep this link within your company):",
    online: "video",
  },
  ru: {
    subject: (f) => `Ваши встречи: ${f.forumName}`,
    intro: (f) =>
      `Здравствуйте!\n\nРасписание встреч «${f.forumName}» опубликовано или изменено. Встречи ${f.organizationName} (местное время, ${f.timeZone}):`,
    none: "Сейчас встречи для вас не назначены.",
    calendar: "Добавьте их в календарь (не передавайте ссылку за пределы компании):",
    online: "видео",
  },
  tg: {
    subject: (f) => `Мулоқотҳои шумо: ${f.forumName}`,
    intro: (f) => `Салом!\n\nҶадвали мулоқотҳои «${f.forumName}» нашр ё тағйир дода шуд. Мулоқотҳои ${f.organizationName} (вақти маҳаллӣ, ${f.timeZone}):`,
    none: "Ҳоло барои шумо ягон мулоқот таъин нашудааст.",
    calendar: "Онҳоро ба тақвими худ илова кунед (ин пайвандро берун аз ширкат надиҳед):",
    online: "видео",
  },
  ky: {
    subject: (f) => `Сиздин жолугушууларыңыз: ${f.forumName}`,
    intro: (f) =>
      `Саламатсызбы!\n\n«${f.forumName}» жолугушууларынын графиги жарыяланды же өзгөрдү. ${f.organizationName} жолугушуулары (жергиликтүү убакыт, ${f.timeZone}):`,
    none: "Азырынча сизге жолугушуу белгилене элек.",
    calendar: "Аларды календарыңызга кошуңуз (бул шилтемени компаниядан сыртка бербеңиз):",
    online: "видео",
  },
};

/** The schedule e-mail of one organisation in one language: every meeting it has, in venue time, with the place. */
export function scheduleMail(language: TLanguage, facts: Facts, organizationId: string, meetings: TMeeting[]) {
  const text = TEXT[language];
  const when = new Intl.DateTimeFormat(intlLocale(language), {
    timeZone: facts.timeZone,
    weekday: "short",
    day: "numeric",
    month: "long",
    hour: "2-digit",
    minute: "2-digit",
    hourCycle: "h23",
  });
  const until = new Intl.DateTimeFormat(intlLocale(language), { timeZone: facts.timeZone, hour: "2-digit", minute: "2-digit", hourCycle: "h23" });
  const lines = meetings.map((m) => {
    const counterpart = m.host.organizationId === organizationId ? m.guest : m.host;
    const place = [m.placeLabel ? pickText(m.placeLabel, language) : "", m.videoUrl ? `${text.online}: ${m.videoUrl}` : ""].filter(Boolean).join(", ");
    return `• ${when.format(new Date(m.startsAt!))}–${until.format(new Date(m.endsAt!))}: ${pickText(counterpart.name, language)}${place ? ` (${place})` : ""}`;
  });
  return {
    subject: text.subject(facts),
    text: [text.intro(facts), "", ...(lines.length > 0 ? lines : [text.none]), "", text.calendar, facts.feedUrl].join("\n"),
  };
}
