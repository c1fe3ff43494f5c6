import { LANGUAGES, type TLanguage, type TLocalizedText } from "../../../../contracts/common";
import type { TMeetingPlace } from "../../../../contracts/matchmaking";
import { pickText } from "../../../platform/i18n";

const WORDS: Record<TLanguage, { table: string; booth: string; online: string; meetingArea: string }> = {
  en: { table: "Table", booth: "Booth", online: "Online", meetingArea: "Meeting area" },
  ru: { table: "Стол", booth: "Стенд", online: "Онлайн", meetingArea: "Зона встреч" },
  tg: { table: "Миз", booth: "Стенд", online: "Онлайн", meetingArea: "Минтақаи мулоқотҳо" },
  ky: { table: "Үстөл", booth: "Стенд", online: "Онлайн", meetingArea: "Жолугушуу аймагы" },
};

export type PlaceFacts = {
  place: TMeetingPlace;
  tableNumber: number | null;
  meetingArea: TLocalizedText;
  /** The booth a booth meeting uses: the one on the meeting, else the host's. */
  booth: { number: string; hallName: TLocalizedText } | null;
};

function labelIn(language: TLanguage, facts: PlaceFacts): string | null {
  const words = WORDS[language];
  if (facts.place === "online") return words.online;
  if (facts.place === "booth")
    return facts.booth ? [`${words.booth} ${facts.booth.number}`, pickText(facts.booth.hallName, language)].filter(Boolean).join(", ") : null;
  const area = pickText(facts.meetingArea, language) || words.meetingArea;
  return facts.tableNumber === null ? area : `${words.table} ${facts.tableNumber}, ${area}`;
}

/** Where to go, in each language: "Table 12, Meeting area B", "Booth A-14, Hall 1", "Online". */
export function placeLabelOf(facts: PlaceFacts): TLocalizedText | null {
  const label: TLocalizedText = {};
  for (const language of LANGUAGES) {
    const text = labelIn(language, facts);
    if (text) label[language] = text;
  }
  return Object.keys(label).length > 0 ? label : null;
}

/** The forum's video link for an online meeting, its {meeting} filled in. */
export function videoUrlOf(place: TMeetingPlace, template: string | null, meetingId: string): string | null {
  return place === "online" && template ? template.replaceAll("{meeting}", meetingId) : null;
}
