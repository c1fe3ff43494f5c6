import { bucketRects } from "./bucket-rects";
import { findOverlappingPairs } from "./find-overlapping-pairs";
import { rectContainsPoint } from "./geometry";
import { isGeneratedId, type SvgShape } from "./read-svg-shapes";

type RectShape = Extract<SvgShape, { kind: "rect" }>;
type TextShape = Extract<SvgShape, { kind: "text" }>;

const MAX_NUMBER_LENGTH = 20;

const explicitNumber = (rect: RectShape): string | null => {
  const dataNumber = rect.element.attributes["data-number"]?.trim();
  if (dataNumber) return dataNumber;
  const id = rect.element.attributes.id?.trim();
  return id && !isGeneratedId(id) ? id : null;
};

const area = (rect: RectShape): number => rect.box.width * rect.box.height;

const contains = (outer: RectShape, inner: RectShape): boolean =>
  rectContainsPoint(outer.box, inner.box) && rectContainsPoint(outer.box, { x: inner.box.x + inner.box.width, y: inner.box.y + inner.box.height });

/**
 * Booth numbers for the candidate rects: data-number, else a meaningful id, else the label of a
 * <text> whose anchor lies inside the rect. A text belongs to the smallest rect around it, so a
 * label inside a booth never names the pavilion frame drawn around that booth. A rect without
 * data-number or id that encloses other rects is a frame (a pavilion, a zone), never a booth; one
 * with a number stays a booth, and validation then reports what it overlaps.
 */
export const nameSvgBooths = (candidates: readonly RectShape[], texts: readonly TextShape[]): Map<RectShape, string> => {
  const frames = new Set<RectShape>();
  for (const [a, b] of findOverlappingPairs(
    candidates.map((c) => c.box),
    100_000,
  )) {
    const [big, small] = area(candidates[a]) >= area(candidates[b]) ? [candidates[a], candidates[b]] : [candidates[b], candidates[a]];
    if (contains(big, small) && explicitNumber(big) === null) frames.add(big);
  }
  const labels = new Map<RectShape, string[]>();
  const candidatesAt = bucketRects(candidates.map((c) => c.box));
  for (const text of texts) {
    if (text.label === "" || text.label.length > MAX_NUMBER_LENGTH) continue;
    let owner: RectShape | null = null;
    for (const index of candidatesAt(text.anchor)) {
      const rect = candidates[index];
      if (frames.has(rect) || !rectContainsPoint(rect.box, text.anchor)) continue;
      if (!owner || area(rect) < area(owner)) owner = rect;
    }
    if (owner) labels.set(owner, [...(labels.get(owner) ?? []), text.label]);
  }
  const numbers = new Map<RectShape, string>();
  for (const rect of candidates) {
    const explicit = explicitNumber(rect);
    const own = labels.get(rect) ?? [];
    // A booth label often carries the exhibitor's name too; the number is the one with a digit.
    const number = explicit ?? own.find((label) => /\d/.test(label)) ?? own[0];
    if (number && !frames.has(rect)) numbers.set(rect, number);
  }
  return numbers;
};
