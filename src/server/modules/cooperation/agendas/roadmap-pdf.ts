import PDFDocument from "pdfkit";
import type { TLanguage } from "../../../../contracts/common";
import type { TAgenda } from "../../../../contracts/cooperation";
import type { AppContext } from "../../../platform/context";
import { intlLocale, pickText } from "../../../platform/i18n";
import { makeRoom, pdfOutput } from "../../../platform/pdf";
import { loadPrintFonts, PRINT_FONT, registerPrintFonts } from "../../exhibitions";
import { ROADMAP_WORDS } from "./roadmap-words";

const MARGIN = 50;

/** An A4 roadmap: the two sides, priority areas, meetings, commitments with owners and dates, targets against actuals. */
export async function roadmapPdf(ctx: Pick<AppContext, "reference">, agenda: TAgenda, language: TLanguage): Promise<Buffer> {
  const words = ROADMAP_WORDS[language];
  const locale = intlLocale(language);
  const date = new Intl.DateTimeFormat(locale, { day: "numeric", month: "long", year: "numeric", timeZone: "UTC" });
  const number = new Intl.NumberFormat(locale, { maximumFractionDigits: 0 });
  const place = (code: string) => {
    const names = ctx.reference.jurisdictions.get(code)?.names;
    return names ? names[language] || names.en : code;
  };
  const doc = new PDFDocument({
    size: "A4",
    margin: MARGIN,
    info: { Title: `${words.roadmap}: ${place(agenda.a)} – ${place(agenda.b)}`, Producer: "Hamkori" },
  });
  const output = pdfOutput(doc);
  registerPrintFonts(doc, await loadPrintFonts());
  const heading = (text: string) => {
    makeRoom(doc, 50, MARGIN);
    doc.moveDown(0.8).font(PRINT_FONT.bold).fontSize(13).text(text, MARGIN);
    doc.moveDown(0.3).font(PRINT_FONT.regular).fontSize(10);
  };
  const line = (text: string, options: { dim?: boolean; bold?: boolean } = {}) => {
    makeRoom(doc, 28, MARGIN);
    doc
      .font(options.bold ? PRINT_FONT.bold : PRINT_FONT.regular)
      .fontSize(10)
      .fillColor(options.dim ? "#555555" : "#000000")
      .text(text, MARGIN);
    doc.fillColor("#000000");
  };

  doc.font(PRINT_FONT.bold).fontSize(18).text(pickText(agenda.title, language));
  doc
    .font(PRINT_FONT.regular)
    .fontSize(11)
    .text(`${words.roadmap}: ${place(agenda.a)} – ${place(agenda.b)}`);

  heading(words.areas);
  line(agenda.priorityAreas.map((area) => words.area[area]).join(" · ") || words.none);

  heading(words.meetings);
  if (agenda.meetings.length === 0) line(words.none);
  for (const meeting of agenda.meetings) {
    line(`${date.format(new Date(`${meeting.date}T00:00:00Z`))}, ${meeting.place}`, { bold: true });
    if (meeting.participants) line(meeting.participants, { dim: true });
    if (meeting.decisions) line(meeting.decisions);
    doc.moveDown(0.3);
  }

  heading(words.commitments);
  if (agenda.commitments.length === 0) line(words.none);
  for (const c of agenda.commitments) {
    const status = c.overdue ? `${words.status[c.status]}, ${words.overdue}` : words.status[c.status];
    line(`${c.title} (${status})`, { bold: true });
    line(
      `${words.owner}: ${c.owner} · ${words.due}: ${date.format(new Date(`${c.dueDate}T00:00:00Z`))}${c.dealCount > 0 ? ` · ${words.deals(c.dealCount)}` : ""}`,
      { dim: true },
    );
    doc.moveDown(0.3);
  }

  heading(words.targets);
  if (agenda.targets.length === 0) line(words.none);
  for (const target of agenda.targets) {
    const parts = [`${words.target}: ${number.format(target.target)}`, `${words.actual}: ${target.actual === null ? "—" : number.format(target.actual)}`];
    if (target.reported !== null) parts.push(`${words.reported}: ${number.format(target.reported)}${target.source ? ` (${target.source})` : ""}`);
    line(`${words.kind[target.kind]}, ${target.year}`, { bold: true });
    line(parts.join(" · "), { dim: true });
    doc.moveDown(0.3);
  }
  doc.end();
  return output;
}
