import type { Point, Rect } from "./types";

/**
 * A coarse bucket grid over rectangles, answering "which rectangles may contain this point" in
 * about constant time, so matching 20,000 labels to 20,000 rects is not 400 million tests.
 * Returns candidate indices; the caller still tests containment exactly.
 */
export const bucketRects = (rects: readonly Rect[]): ((point: Point) => readonly number[]) => {
  if (rects.length === 0) return () => [];
  const minX = Math.min(...rects.map((r) => r.x));
  const minY = Math.min(...rects.map((r) => r.y));
  const maxX = Math.max(...rects.map((r) => r.x + r.width));
  const maxY = Math.max(...rects.map((r) => r.y + r.height));
  // About one rectangle per bucket, at most 4,096 buckets.
  const side = Math.max(1e-9, Math.sqrt(((maxX - minX) * (maxY - minY)) / Math.min(4096, rects.length)), (maxX - minX) / 64, (maxY - minY) / 64);
  const columns = Math.max(1, Math.ceil((maxX - minX) / side) + 1);
  const rows = Math.max(1, Math.ceil((maxY - minY) / side) + 1);
  const column = (x: number): number => Math.min(columns - 1, Math.max(0, Math.floor((x - minX) / side)));
  const row = (y: number): number => Math.min(rows - 1, Math.max(0, Math.floor((y - minY) / side)));
  const buckets: number[][] = Array.from({ length: columns * rows }, () => []);
  rects.forEach((r, index) => {
    for (let j = row(r.y); j <= row(r.y + r.height); j++) for (let i = column(r.x); i <= column(r.x + r.width); i++) buckets[j * columns + i].push(index);
  });
  return (point) => buckets[row(point.y) * columns + column(point.x)];
};
