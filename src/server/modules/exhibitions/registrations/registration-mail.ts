import type { TLanguage } from "../../../../contracts/common";

export type BadgeMailFacts = { fullName: string; forumName: string; dates: string; code: string; link: string };
type MailText = { subject(f: BadgeMailFacts): string; text(f: BadgeMailFacts): string };

/** The badge e-mail in the four languages; the registrant chose theirs when registering. */
export const BADGE_MAIL: Record<TLanguage, MailText> = {
  en: {
    subject: (f) => `Your badge for ${f.forumName}`,
    text: (f) =>
      `Hello ${f.fullName},\n\nYou are registered for ${f.forumName} (${f.dates}).\n\nYour badge is attached as a PDF: print it, or show it on your phone at the entrance.\n` +
      `Badge code: ${f.code}. Give this code at the entrance if the QR code cannot be scanned.\n\nYou can also download the badge here:\n${f.link}\n\n` +
      "Keep this link to yourself: anyone who has it can print your badge.",
  },
  ru: {
    subject: (f) => `Ваш бейдж: ${f.forumName}`,
    text: (f) =>
      `Здравствуйте, ${f.fullName}!\n\nВы зарегистрированы на «${f.forumName}» (${f.dates}).\n\nБейдж во вложении (PDF): распечатайте его или покажите на входе с телефона.\n` +
      `Код бейджа: ${f.code}. Назовите его на входе, если QR-код не считывается.\n\nСкачать бейдж можно также по ссылке:\n${f.link}\n\n` +
      "Не пересылайте эту ссылку: по ней любой может распечатать ваш бейдж.",
  },
  tg: {
    subject: (f) => `Бейҷи шумо: ${f.forumName}`,
    text: (f) =>
      `Салом, ${f.fullName}!\n\nШумо ба «${f.forumName}» (${f.dates}) сабти ном шудед.\n\nБейҷи шумо ҳамчун PDF замима шудааст: онро чоп кунед ё дар даромадгоҳ дар телефон нишон диҳед.\n` +
      `Рамзи бейҷ: ${f.code}. Агар рамзи QR хонда нашавад, онро дар даромадгоҳ гӯед.\n\nБейҷро инчунин аз ин пайванд боргирӣ кардан мумкин аст:\n${f.link}\n\n` +
      "Ин пайвандро ба дигарон надиҳед: ҳар кӣ онро дорад, бейҷи шуморо чоп карда метавонад.",
  },
  ky: {
    subject: (f) => `Сиздин бейджиңиз: ${f.forumName}`,
    text: (f) =>
      `Саламатсызбы, ${f.fullName}!\n\nСиз «${f.forumName}» (${f.dates}) иш-чарасына катталдыңыз.\n\nБейджиңиз PDF түрүндө тиркелди: аны басып чыгарыңыз же кире бериште телефондон көрсөтүңүз.\n` +
      `Бейдждин коду: ${f.code}. QR-код окулбаса, кире бериште ушул кодду айтыңыз.\n\nБейджди бул шилтемеден да жүктөп алсаңыз болот:\n${f.link}\n\n` +
      "Бул шилтемени башкаларга бербеңиз: ал аркылуу каалаган адам бейджиңизди басып чыгара алат.",
  },
};
