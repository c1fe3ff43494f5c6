import PDFDocument from "pdfkit";
import type { TLanguage } from "../../../../contracts/common";
import type { TOpportunities, TOpportunity } from "../../../../contracts/cooperation";
import type { AppContext } from "../../../platform/context";
import { intlLocale, pickText } from "../../../platform/i18n";
import { pdfOutput } from "../../../platform/pdf";
import { loadPrintFonts, PRINT_FONT, registerPrintFonts } from "../../exhibitions";
import { BRIEF_WORDS } from "./brief-words";

const MARGIN = 50;

/** One A4 page about one opportunity, in the reader's language: what and why, the figures, who could do it. */
export async function opportunityBrief(ctx: Pick<AppContext, "reference">, pair: TOpportunities, o: TOpportunity, language: TLanguage): Promise<Buffer> {
  const words = BRIEF_WORDS[language];
  const usd = new Intl.NumberFormat(intlLocale(language), { style: "currency", currency: "USD", notation: "compact", maximumFractionDigits: 1 });
  const place = (code: string) => {
    const names = ctx.reference.jurisdictions.get(code)?.names;
    return names ? names[language] || names.en : code;
  };
  const names = { a: place(pair.a), b: place(pair.b) };
  const market = o.producer === "a" ? "b" : "a";
  const text = (value: { name: Record<string, string | undefined> }) => pickText(value.name, language);
  const lower = (value: string) => value.charAt(0).toLocaleLowerCase(language) + value.slice(1);
  const stage = lower(text(o.stage));
  const input = o.inputStage ? lower(text(o.inputStage)) : "";
  const doc = new PDFDocument({ size: "A4", margin: MARGIN, info: { Title: `${words.brief}: ${names.a} – ${names.b}`, Producer: "Hamkori" } });
  const output = pdfOutput(doc);
  registerPrintFonts(doc, await loadPrintFonts());

  doc.font(PRINT_FONT.regular).fontSize(10).fillColor("#555555").text(`${words.brief} · ${names.a} – ${names.b}`);
  doc.fillColor("#000000").moveDown(0.4);
  doc
    .font(PRINT_FONT.bold)
    .fontSize(16)
    .text(words.kind[o.kind].sentence({ producer: names[o.producer], market: names[market], stage, input }));
  doc
    .moveDown(0.3)
    .font(PRINT_FONT.regular)
    .fontSize(11)
    .text(`${text(o.chain)} · ${words.kind[o.kind].label}`);
  if (o.inputStage) doc.text(`${text(o.inputStage)} → ${text(o.stage)}`);

  if (pair.trade) {
    const { year } = pair.trade;
    doc.moveDown(0.8).font(PRINT_FONT.regular).fontSize(11);
    const fact = (label: string, value: string) => {
      doc.font(PRINT_FONT.regular).text(`${label}: `, { continued: true }).font(PRINT_FONT.bold).text(value);
    };
    fact(o.kind === "missing-stage" ? words.bothImport(stage, year) : words.imports(names[market], stage, year), usd.format(o.marketUsd));
    if (o.supplyUsd > 0) fact(words.exports(names[o.producer], input || stage, year), usd.format(o.supplyUsd));
    if (o.untappedUsd !== null) fact(words.untapped(names[o.producer], names[market]), usd.format(o.untappedUsd));
  }

  for (const side of ["a", "b"] as const) {
    doc.moveDown(0.8).font(PRINT_FONT.bold).fontSize(12).text(words.candidates(names[side]));
    doc.font(PRINT_FONT.regular).fontSize(11);
    if (o.candidates[side].length === 0) doc.text(words.none);
    for (const company of o.candidates[side]) doc.text(`• ${pickText(company.name, language)}${company.region ? ` (${place(company.region)})` : ""}`);
  }

  doc.moveDown(1.2).font(PRINT_FONT.regular).fontSize(9).fillColor("#555555");
  if (pair.trade) doc.text(words.source(pair.trade.dataset));
  if (pair.trade?.synthetic) doc.text(words.synthetic);
  if (o.untappedUsd !== null) doc.text(words.estimate);
  doc.end();
  return output;
}
