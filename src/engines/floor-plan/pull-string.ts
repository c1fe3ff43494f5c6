import type { ClearanceTest } from "./segment-clearance";
import type { Point } from "./types";

/**
 * The furthest point after `from` visible from it, found by galloping (probe 2, 4, 8… points
 * ahead) and then bisecting: a few sight-line tests per kept corner instead of one per grid step,
 * which keeps smoothing linear-ish in the path's length.
 */
const furthestVisible = (points: readonly Point[], from: number, isClear: ClearanceTest): number => {
  let seen = from + 1;
  let hidden = -1;
  for (let step = 2; hidden === -1 && seen < points.length - 1; step *= 2) {
    const probe = Math.min(points.length - 1, from + step);
    if (isClear(points[from], points[probe])) seen = probe;
    else hidden = probe;
  }
  while (hidden !== -1 && hidden - seen > 1) {
    const middle = (seen + hidden) >> 1;
    if (isClear(points[from], points[middle])) seen = middle;
    else hidden = middle;
  }
  return seen;
};

/**
 * Straightens a grid path: from each kept point, skip ahead as far as the walker can see, so a
 * staircase of cell moves becomes a few straight segments. A step the test rejects is kept as it
 * is: consecutive grid points are always walkable, so the result never crosses a wall.
 */
export const pullString = (points: readonly Point[], isClear: ClearanceTest): Point[] => {
  if (points.length <= 2) return [...points];
  const kept = [points[0]];
  for (let from = 0; from < points.length - 1; ) {
    from = furthestVisible(points, from, isClear);
    kept.push(points[from]);
  }
  return kept;
};

export const polylineLength = (points: readonly Point[]): number => {
  let length = 0;
  for (let i = 1; i < points.length; i++) length += Math.hypot(points[i].x - points[i - 1].x, points[i].y - points[i - 1].y);
  return length;
};
