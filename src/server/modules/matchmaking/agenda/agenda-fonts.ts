import { readFile } from "node:fs/promises";
import { createRequire } from "node:module";

/**
 * The DejaVu Sans TTFs that badges print with, for the same reason: every letter of Tajik
 * (ҳ қ ғ ҷ ӣ ӯ) and Kyrgyz (ң ө ү), which pdfkit's built-in Helvetica lacks.
 */
export const AGENDA_FONT = { regular: "agenda-regular", bold: "agenda-bold" } as const;

const require = createRequire(import.meta.url);
let loading: Promise<{ regular: Buffer; bold: Buffer }> | undefined;

function loadFonts() {
  loading ??= Promise.all([
    readFile(require.resolve("dejavu-fonts-ttf/ttf/DejaVuSans.ttf")),
    readFile(require.resolve("dejavu-fonts-ttf/ttf/DejaVuSans-Bold.ttf")),
  ])
    .then(([regular, bold]) => ({ regular, bold }))
    .catch((error: unknown) => {
      loading = undefined;
      throw error;
    });
  return loading;
}

export async function registerAgendaFonts(doc: PDFKit.PDFDocument): Promise<void> {
  const fonts = await loadFonts();
  doc.registerFont(AGENDA_FONT.regular, fonts.regular);
  doc.registerFont(AGENDA_FONT.bold, fonts.bold);
}
