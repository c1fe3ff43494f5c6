import PDFDocument from "pdfkit";
import { isHexColor, normalizeBadgeCode } from "../../../../engines/badge-token";
import { pdfOutput } from "../../../platform/pdf";
import { loadBadgeFonts, registerBadgeFonts } from "./badge-fonts";
import { BADGE_PAGE_SIZE, type BadgePrint, drawBadge } from "./badge-layout";

export type { BadgePrint } from "./badge-layout";

export type RenderBadgeOptions = {
  onProgress?: (done: number, total: number) => void;
  signal?: AbortSignal;
  /** Uncompressed content streams, so that tests can read the text back. */
  compress?: boolean;
};

// A badge takes about 2 ms once warm; yielding this often keeps a server responsive during
// a 1,000-badge batch (longest pause ~80 ms, at the cold start) for a negligible cost.
const BADGES_PER_YIELD = 4;

const yieldToEventLoop = () => new Promise<void>((resolve) => setImmediate(resolve));

/** Checks every badge before drawing any, so bad input names its badge and field and costs nothing. */
function validateBadges(badges: BadgePrint[]): void {
  if (badges.length === 0) throw new RangeError("badges is empty: a PDF needs at least one page");
  badges.forEach((badge, index) => {
    const problem = !isHexColor(badge.categoryColor)
      ? `categoryColor must be #rrggbb, got ${JSON.stringify(badge.categoryColor)}`
      : normalizeBadgeCode(badge.code) === null
        ? `code is not a badge code: ${JSON.stringify(badge.code)}`
        : !badge.fullName.trim()
          ? "fullName is empty"
          : !badge.token
            ? "token is empty"
            : null;
    if (problem) throw new RangeError(`badges[${index}].${problem}`);
  });
}

/**
 * Renders one A6 page per badge. Rejects with the signal's reason (an AbortError) as soon as it
 * is aborted, between badges.
 */
export async function renderBadgePdf(badges: BadgePrint[], options: RenderBadgeOptions = {}): Promise<Buffer> {
  const { onProgress, signal } = options;
  signal?.throwIfAborted();
  validateBadges(badges);
  const fonts = await loadBadgeFonts();
  const doc = new PDFDocument({ autoFirstPage: false, compress: options.compress ?? true, info: { Title: "Badges", Producer: "Hamkori" } });
  const output = pdfOutput(doc);
  registerBadgeFonts(doc, fonts);
  for (const [index, badge] of badges.entries()) {
    doc.addPage({ size: BADGE_PAGE_SIZE, margin: 0 });
    drawBadge(doc, badge);
    const done = index + 1;
    // The first badge also parses both fonts (~50 ms), so it gets a yield of its own.
    if ((done % BADGES_PER_YIELD === 0 || done === 1) && done < badges.length) {
      onProgress?.(done, badges.length);
      await yieldToEventLoop();
      signal?.throwIfAborted();
    }
  }
  doc.end();
  const pdf = await output;
  onProgress?.(badges.length, badges.length);
  return pdf;
}
