import type { Point, Rect } from "./types";

/** Drawn plans carry rounding noise (0.1 × 3 = 0.30000000000000004); a micrometre is far below any real gap. */
export const EPSILON = 1e-6;

export const isFiniteNumber = (value: unknown): value is number => typeof value === "number" && Number.isFinite(value);

export const hasValidSize = (rect: Rect): boolean =>
  isFiniteNumber(rect.x) && isFiniteNumber(rect.y) && isFiniteNumber(rect.width) && isFiniteNumber(rect.height) && rect.width > 0 && rect.height > 0;

/** Shared edges and corners do not count: neighbouring booths always touch. */
export const rectsOverlap = (a: Rect, b: Rect): boolean =>
  a.x < b.x + b.width - EPSILON && b.x < a.x + a.width - EPSILON && a.y < b.y + b.height - EPSILON && b.y < a.y + a.height - EPSILON;

export const overlapSize = (a: Rect, b: Rect): { width: number; height: number } => ({
  width: Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x),
  height: Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y),
});

export const rectInsideHall = (rect: Rect, hallWidth: number, hallHeight: number): boolean =>
  rect.x >= -EPSILON && rect.y >= -EPSILON && rect.x + rect.width <= hallWidth + EPSILON && rect.y + rect.height <= hallHeight + EPSILON;

/** Strictly inside: a point on the edge of a booth is in the aisle. */
export const rectContainsPointStrictly = (rect: Rect, point: Point): boolean =>
  point.x > rect.x + EPSILON && point.x < rect.x + rect.width - EPSILON && point.y > rect.y + EPSILON && point.y < rect.y + rect.height - EPSILON;

export const rectContainsPoint = (rect: Rect, point: Point): boolean =>
  point.x >= rect.x - EPSILON && point.x <= rect.x + rect.width + EPSILON && point.y >= rect.y - EPSILON && point.y <= rect.y + rect.height + EPSILON;

export const roundTo = (value: number, decimals: number): number => {
  const factor = 10 ** decimals;
  return Math.round((value + Math.sign(value) * Number.EPSILON) * factor) / factor;
};

/** Floor area in m², rounded to 2 decimals as it appears on a price list. */
export const boothArea = (rect: Rect): number => roundTo(rect.width * rect.height, 2);
