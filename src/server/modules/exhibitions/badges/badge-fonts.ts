import { readFile } from "node:fs/promises";
import { createRequire } from "node:module";

/**
 * The one place that knows which font badges (and other printed documents) use. DejaVu Sans is
 * a TTF with every Cyrillic letter of Tajik (ҳ қ ғ ҷ ӣ ӯ) and Kyrgyz (ң ө ү); pdfkit cannot read
 * woff2, and its built-in Helvetica has no Cyrillic at all.
 */
export const BADGE_FONT = { regular: "badge-regular", bold: "badge-bold" } as const;

export type BadgeFontFiles = Record<keyof typeof BADGE_FONT, Buffer>;

const FILES: Record<keyof typeof BADGE_FONT, string> = {
  regular: "dejavu-fonts-ttf/ttf/DejaVuSans.ttf",
  bold: "dejavu-fonts-ttf/ttf/DejaVuSans-Bold.ttf",
};

// Resolved through node_modules so it works wherever the app is installed.
const require = createRequire(import.meta.url);
let loading: Promise<BadgeFontFiles> | undefined;

/** Reads the TTF files once per process; every document then embeds only the glyphs it uses. */
export function loadBadgeFonts(): Promise<BadgeFontFiles> {
  loading ??= (async () => {
    const [regular, bold] = await Promise.all([readFile(require.resolve(FILES.regular)), readFile(require.resolve(FILES.bold))]);
    return { regular, bold };
  })().catch((error: unknown) => {
    loading = undefined; // let a later call retry instead of caching the failure
    throw error;
  });
  return loading;
}

export function registerBadgeFonts(doc: PDFKit.PDFDocument, files: BadgeFontFiles): void {
  doc.registerFont(BADGE_FONT.regular, files.regular);
  doc.registerFont(BADGE_FONT.bold, files.bold);
}
