import type { TLanguage, TLocalizedText } from "../../../../contracts/common";
import { pickText as pick } from "../../../platform/i18n";

type Decision = "approved" | "waitlisted" | "rejected";

const SUBJECT: Record<TLanguage, Record<Decision, string>> = {
  en: {
    approved: "Your exhibitor application is approved",
    waitlisted: "Your exhibitor application is on the waiting list",
    rejected: "Your exhibitor application was declined",
  },
  ru: { approved: "Ваша заявка экспонента одобрена", waitlisted: "Ваша заявка экспонента в листе ожидания", rejected: "Ваша заявка экспонента отклонена" },
  tg: {
    approved: "Аризаи иштирокчии шумо тасдиқ шуд",
    waitlisted: "Аризаи иштирокчии шумо дар рӯйхати интизорӣ аст",
    rejected: "Аризаи иштирокчии шумо рад шуд",
  },
  ky: {
    approved: "Катышуучу катары арызыңыз бекитилди",
    waitlisted: "Катышуучу катары арызыңыз күтүү тизмесинде",
    rejected: "Катышуучу катары арызыңыз четке кагылды",
  },
};

const LINES: Record<TLanguage, { forum: string; booth: string; message: string; open: string }> = {
  en: { forum: "Forum", booth: "Booth", message: "Message from the organisers", open: "Open the application" },
  ru: { forum: "Форум", booth: "Стенд", message: "Сообщение организаторов", open: "Открыть заявку" },
  tg: { forum: "Форум", booth: "Стенд", message: "Паёми ташкилкунандагон", open: "Кушодани ариза" },
  ky: { forum: "Форум", booth: "Стенд", message: "Уюштуруучулардын билдирүүсү", open: "Арызды ачуу" },
};

/** The e-mail that tells an exhibitor what the organisers decided, in the applicant's language. */
export function decisionMail(input: {
  language: TLanguage;
  decision: Decision;
  forumName: TLocalizedText;
  boothNumber: string | null;
  message: string;
  link: string;
}) {
  const lines = LINES[input.language];
  const text = [
    `${lines.forum}: ${pick(input.forumName, input.language)}`,
    input.boothNumber ? `${lines.booth}: ${input.boothNumber}` : null,
    input.message ? `\n${lines.message}:\n${input.message}` : null,
    `\n${lines.open}: ${input.link}`,
  ]
    .filter((line) => line !== null)
    .join("\n");
  return { subject: SUBJECT[input.language][input.decision], text };
}
