import { formatBadgeCode, textColorOn } from "../../../../engines/badge-token";
import { BADGE_FONT } from "./badge-fonts";
import { drawQr, qrMatrix } from "./badge-qr";
import { type FitLimits, fitText } from "./badge-text-fit";

export type BadgePrint = {
  fullName: string;
  organizationName?: string | null;
  /** Already a display name in the badge's language. */
  country?: string | null;
  categoryLabel: string;
  /** #rrggbb */
  categoryColor: string;
  forumName: string;
  /** Display text, e.g. "12–14 May 2026 · Dushanbe". */
  forumDates: string;
  /** QR content: the signed badge token. */
  token: string;
  /** Printed as XXXXX-XXXXX under the QR code for typing when it will not scan. */
  code: string;
};

const PT_PER_MM = 72 / 25.4;
const mm = (value: number) => value * PT_PER_MM;

/** A6 portrait: fits the common badge holders and prints four to an A4 sheet. */
export const BADGE_PAGE_SIZE: [number, number] = [mm(105), mm(148)];

const SIDE = mm(8);
const WIDTH = BADGE_PAGE_SIZE[0] - 2 * SIDE;
const BAND_HEIGHT = mm(22);
// ~45 mm: a version-6 symbol then has 1.1 mm modules, readable by a phone at arm's length.
const QR_SIDE = mm(45);
const QR_TOP = mm(87);
// Scanners need four light modules around the symbol; nothing is printed closer than that.
const QUIET_ZONE = mm(4.5);
const FOOT_STRIP = mm(3);
const INK = "#111827";
const MUTED = "#6b7280";

type Font = (typeof BADGE_FONT)[keyof typeof BADGE_FONT];
type Line = { text: string; font: Font; size: number; color: string; baseline: number; spacingEm?: number };

function measurer(doc: PDFKit.PDFDocument, font: Font, spacingEm = 0) {
  doc.font(font).fontSize(1);
  return (text: string) => doc.widthOfString(text) + spacingEm * Math.max(0, Array.from(text).length - 1);
}

function fitToWidth(doc: PDFKit.PDFDocument, font: Font, text: string, limits: Omit<FitLimits, "width">, spacingEm = 0) {
  return fitText(measurer(doc, font, spacingEm), text, { width: WIDTH, ...limits });
}

/** Centred by our own measurement, with baseline positioning, so pdfkit never wraps or adds a page. */
function drawLine(doc: PDFKit.PDFDocument, line: Line): void {
  const spacing = (line.spacingEm ?? 0) * line.size;
  const width = measurer(doc, line.font, line.spacingEm)(line.text) * line.size;
  doc.font(line.font).fontSize(line.size).fillColor(line.color);
  doc.text(line.text, SIDE + (WIDTH - width) / 2, line.baseline, { lineBreak: false, baseline: "alphabetic", characterSpacing: spacing });
}

/** Draws lines one under another from a first baseline; returns the baseline after the last. */
function drawBlock(doc: PDFKit.PDFDocument, lines: string[], style: Omit<Line, "text" | "baseline">, firstBaseline: number, leading = 1.2) {
  let baseline = firstBaseline;
  for (const text of lines) {
    drawLine(doc, { ...style, text, baseline });
    baseline += style.size * leading;
  }
  return baseline;
}

function drawBand(doc: PDFKit.PDFDocument, badge: BadgePrint): void {
  doc.rect(0, 0, BADGE_PAGE_SIZE[0], BAND_HEIGHT).fillColor(badge.categoryColor).fill();
  const label = badge.categoryLabel.toLocaleUpperCase();
  const fitted = fitToWidth(doc, BADGE_FONT.bold, label, { maxSize: 20, minSize: 9, maxLines: 1 }, 0.12);
  // Cap letters are ~0.73 em high in DejaVu Sans; centre them, not the line box, in the band.
  const baseline = BAND_HEIGHT / 2 + (0.73 * fitted.size) / 2;
  drawLine(doc, { text: fitted.lines[0], font: BADGE_FONT.bold, size: fitted.size, color: textColorOn(badge.categoryColor), baseline, spacingEm: 0.12 });
}

function drawForum(doc: PDFKit.PDFDocument, badge: BadgePrint): number {
  const name = fitToWidth(doc, BADGE_FONT.bold, badge.forumName, { maxSize: 10.5, minSize: 7.5, maxLines: 2 });
  let baseline = drawBlock(doc, name.lines, { font: BADGE_FONT.bold, size: name.size, color: INK }, BAND_HEIGHT + mm(7));
  const dates = fitToWidth(doc, BADGE_FONT.regular, badge.forumDates, { maxSize: 8.5, minSize: 7, maxLines: 1 });
  baseline = drawBlock(doc, dates.lines, { font: BADGE_FONT.regular, size: dates.size, color: MUTED }, baseline + mm(0.3));
  return baseline;
}

function drawPerson(doc: PDFKit.PDFDocument, badge: BadgePrint, top: number): void {
  const name = fitToWidth(doc, BADGE_FONT.bold, badge.fullName, { maxSize: 26, maxTwoLineSize: 22, minSize: 12, maxLines: 2 });
  const nameHeight = name.size * 1.12 * name.lines.length;
  const organization = badge.organizationName?.trim()
    ? fitToWidth(doc, BADGE_FONT.regular, badge.organizationName, { maxSize: 12, minSize: 8.5, maxLines: 2 })
    : null;
  const country = badge.country?.trim()
    ? fitToWidth(doc, BADGE_FONT.regular, badge.country, { maxSize: Math.min(10, organization?.size ?? 10), minSize: 8, maxLines: 1 })
    : null;
  const detailsHeight = (organization ? organization.size * 1.25 * organization.lines.length : 0) + (country ? country.size * 1.3 : 0);
  // Centre the whole person block between the forum header and the QR code's quiet zone.
  const bottom = QR_TOP - QUIET_ZONE;
  const blockHeight = nameHeight + (organization || country ? mm(2.5) + detailsHeight : 0);
  let baseline = top + Math.max(0, (bottom - top - blockHeight) / 2) + name.size * 0.9;
  baseline = drawBlock(doc, name.lines, { font: BADGE_FONT.bold, size: name.size, color: INK }, baseline, 1.12);
  baseline += mm(2.5) - name.size * 0.12;
  if (organization) baseline = drawBlock(doc, organization.lines, { font: BADGE_FONT.regular, size: organization.size, color: INK }, baseline, 1.25);
  if (country) drawBlock(doc, country.lines, { font: BADGE_FONT.regular, size: country.size, color: MUTED }, baseline);
}

/** One badge on the current page. */
export function drawBadge(doc: PDFKit.PDFDocument, badge: BadgePrint): void {
  drawBand(doc, badge);
  const headerBottom = drawForum(doc, badge);
  doc
    .moveTo(SIDE, headerBottom + mm(0.5))
    .lineTo(BADGE_PAGE_SIZE[0] - SIDE, headerBottom + mm(0.5))
    .lineWidth(0.5)
    .strokeColor("#d1d5db")
    .stroke();
  drawPerson(doc, badge, headerBottom + mm(1));
  drawQr(doc, qrMatrix(badge.token), (BADGE_PAGE_SIZE[0] - QR_SIDE) / 2, QR_TOP, QR_SIDE);
  // A strip in the category colour at the foot too, so the category shows when the top is hidden.
  doc
    .rect(0, BADGE_PAGE_SIZE[1] - FOOT_STRIP, BADGE_PAGE_SIZE[0], FOOT_STRIP)
    .fillColor(badge.categoryColor)
    .fill();
  drawLine(doc, {
    text: formatBadgeCode(badge.code),
    font: BADGE_FONT.bold,
    size: 13,
    color: INK,
    baseline: QR_TOP + QR_SIDE + QUIET_ZONE + 0.73 * 13,
    spacingEm: 0.1,
  });
}
