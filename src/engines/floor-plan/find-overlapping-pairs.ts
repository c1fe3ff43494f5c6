import { rectsOverlap } from "./geometry";
import type { Rect } from "./types";

/**
 * Pairs (i, j), i < j, of rectangles whose interiors overlap, found by a sweep along x: only
 * rectangles whose x-ranges are still open are compared, so a hall of 2,000 booths in rows costs
 * roughly n × (booths per column) comparisons instead of n².
 * `limit` stops the search early: nobody reads the 10,001st overlap of a broken file.
 */
export const findOverlappingPairs = (rects: readonly Rect[], limit = Number.POSITIVE_INFINITY): Array<[number, number]> => {
  const order = rects.map((_, index) => index).sort((a, b) => rects[a].x - rects[b].x || a - b);
  const pairs: Array<[number, number]> = [];
  let active: number[] = [];
  for (const current of order) {
    const rect = rects[current];
    active = active.filter((other) => rects[other].x + rects[other].width > rect.x);
    for (const other of active) {
      if (!rectsOverlap(rect, rects[other])) continue;
      pairs.push(other < current ? [other, current] : [current, other]);
      if (pairs.length >= limit) return sortPairs(pairs);
    }
    active.push(current);
  }
  return sortPairs(pairs);
};

const sortPairs = (pairs: Array<[number, number]>): Array<[number, number]> => pairs.sort((p, q) => p[0] - q[0] || p[1] - q[1]);
