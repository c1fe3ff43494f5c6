import PDFDocument from "pdfkit";
import type { TLanguage } from "../../../../contracts/common";
import { intlLocale } from "../../../platform/i18n";
import { makeRoom, pdfOutput } from "../../../platform/pdf";
import { loadPrintFonts, PRINT_FONT, registerPrintFonts } from "../../exhibitions";
import { AGENDA_WORDS } from "./agenda-words";

export type AgendaPrintMeeting = {
  startsAt: Date;
  endsAt: Date;
  counterpart: string;
  place: string;
  videoUrl: string | null;
  cancelled: boolean;
};

/** A participant's agenda as it is printed, every text already in the reader's language. */
export type AgendaPrint = {
  language: TLanguage;
  forumName: string;
  forumDates: string;
  organizationName: string;
  timeZone: string;
  meetings: AgendaPrintMeeting[];
  unscheduled: { counterpart: string; place: string }[];
};

const MARGIN = 50;
const COLUMNS = { time: 95, counterpart: 215 }; // widths; the place takes the rest
const GAP = 10;

function drawRow(doc: PDFKit.PDFDocument, cells: [string, string, string], bold: boolean) {
  const width = doc.page.width - 2 * MARGIN;
  const widths = [COLUMNS.time, COLUMNS.counterpart, width - COLUMNS.time - COLUMNS.counterpart - 2 * GAP];
  doc.font(bold ? PRINT_FONT.bold : PRINT_FONT.regular).fontSize(10);
  const height = Math.max(...cells.map((cell, i) => doc.heightOfString(cell, { width: widths[i] })));
  makeRoom(doc, height + 6, MARGIN);
  const top = doc.y;
  let x = MARGIN;
  cells.forEach((cell, i) => {
    doc.text(cell, x, top, { width: widths[i] });
    x += widths[i] + GAP;
  });
  doc.x = MARGIN;
  doc.y = top + height + 6;
}

/** An A4 agenda: the forum, the organisation, then each day's meetings with time, counterpart and place. */
export async function renderAgendaPdf(agenda: AgendaPrint, options: { compress?: boolean } = {}): Promise<Buffer> {
  const words = AGENDA_WORDS[agenda.language];
  const locale = intlLocale(agenda.language);
  const day = new Intl.DateTimeFormat(locale, { timeZone: agenda.timeZone, weekday: "long", day: "numeric", month: "long", year: "numeric" });
  const clock = new Intl.DateTimeFormat(locale, { timeZone: agenda.timeZone, hour: "2-digit", minute: "2-digit", hourCycle: "h23" });
  const doc = new PDFDocument({
    size: "A4",
    margin: MARGIN,
    compress: options.compress ?? true,
    info: { Title: `${words.title}: ${agenda.organizationName}`, Producer: "Hamkori" },
  });
  const output = pdfOutput(doc);
  registerPrintFonts(doc, await loadPrintFonts());

  doc.font(PRINT_FONT.bold).fontSize(18).text(agenda.forumName);
  doc.font(PRINT_FONT.regular).fontSize(11).text(agenda.forumDates);
  doc.moveDown(0.6);
  doc.font(PRINT_FONT.bold).fontSize(14).text(`${words.title}: ${agenda.organizationName}`);
  doc.font(PRINT_FONT.regular).fontSize(9).fillColor("#555555").text(words.venueTime(agenda.timeZone)).fillColor("#000000");
  doc.moveDown(0.8);

  if (agenda.meetings.length === 0) doc.font(PRINT_FONT.regular).fontSize(11).text(words.none);
  let currentDay = "";
  for (const meeting of agenda.meetings) {
    const dayText = day.format(meeting.startsAt);
    if (dayText !== currentDay) {
      currentDay = dayText;
      makeRoom(doc, 60, MARGIN);
      doc.moveDown(0.4).font(PRINT_FONT.bold).fontSize(12).text(dayText, MARGIN);
      doc.moveDown(0.3);
      drawRow(doc, [words.time, words.counterpart, words.place], true);
    }
    const place = meeting.videoUrl ? `${meeting.place}\n${words.video}: ${meeting.videoUrl}` : meeting.place;
    const counterpart = meeting.cancelled ? `${meeting.counterpart} (${words.cancelled})` : meeting.counterpart;
    drawRow(doc, [`${clock.format(meeting.startsAt)}–${clock.format(meeting.endsAt)}`, counterpart, place], false);
  }

  if (agenda.unscheduled.length > 0) {
    makeRoom(doc, 60, MARGIN);
    doc.moveDown(0.8).font(PRINT_FONT.bold).fontSize(12).text(words.unscheduled, MARGIN);
    doc.moveDown(0.3);
    for (const meeting of agenda.unscheduled) drawRow(doc, ["—", meeting.counterpart, meeting.place], false);
  }

  doc.end();
  return output;
}
