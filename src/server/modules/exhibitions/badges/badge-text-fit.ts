/** Width of a text at font size 1; widths scale linearly with the size. */
export type MeasureText = (text: string) => number;

export type FitLimits = { width: number; maxSize: number; minSize: number; maxLines: number; maxTwoLineSize?: number };
export type FittedText = { size: number; lines: string[] };

const ELLIPSIS = "…";

function roundDown(size: number): number {
  return Math.floor(size * 2) / 2;
}

/** Cuts a line, by whole characters, until it and an ellipsis fit. */
function truncate(measure: MeasureText, line: string, width: number): string {
  if (measure(line) <= width) return line;
  const chars = Array.from(line);
  while (chars.length > 0 && measure(chars.join("") + ELLIPSIS) > width) chars.pop();
  return chars.join("").trimEnd() + ELLIPSIS;
}

/** Greedy wrapping at the smallest size, used only when the text cannot fit whole. */
function wrapAndCut(measure: MeasureText, words: string[], width: number, maxLines: number): string[] {
  const lines: string[] = [];
  let current = "";
  for (const [index, word] of words.entries()) {
    const candidate = current ? `${current} ${word}` : word;
    if (!current || measure(candidate) <= width) {
      current = candidate;
    } else if (lines.length < maxLines - 1) {
      lines.push(current);
      current = word;
    } else {
      current = [current, ...words.slice(index)].join(" ");
      break;
    }
  }
  lines.push(current);
  return lines.map((line) => truncate(measure, line, width));
}

/**
 * Picks the largest size at which the text fits in one line or, when allowed, two lines broken
 * at the best word boundary. Text is kept exactly as written (script, case, order of words);
 * only what cannot fit even at the smallest size is cut with an ellipsis.
 */
export function fitText(measure: MeasureText, rawText: string, limits: FitLimits): FittedText {
  const text = rawText.replace(/\s+/g, " ").trim();
  const words = text.split(" ");
  let best: FittedText = { size: roundDown(Math.min(limits.maxSize, limits.width / Math.max(measure(text), 1e-9))), lines: [text] };
  let bestWidest = Number.POSITIVE_INFINITY;
  if (limits.maxLines >= 2 && words.length > 1) {
    const twoLineMax = limits.maxTwoLineSize ?? limits.maxSize;
    for (let cut = 1; cut < words.length; cut++) {
      const lines = [words.slice(0, cut).join(" "), words.slice(cut).join(" ")];
      const widest = Math.max(...lines.map(measure));
      const size = roundDown(Math.min(twoLineMax, limits.width / widest));
      // At equal size (both capped) the more even break reads better: "Tajik–Kyrgyz Industrial /
      // Cooperation Forum", not "Tajik–Kyrgyz / Industrial Cooperation Forum".
      if (size > best.size || (size === best.size && best.lines.length === 2 && widest < bestWidest)) {
        best = { size, lines };
        bestWidest = widest;
      }
    }
  }
  if (best.size >= limits.minSize) return best;
  const size = limits.minSize;
  const perPoint: MeasureText = (line) => measure(line) * size;
  return { size, lines: wrapAndCut(perPoint, words, limits.width, limits.maxLines) };
}
