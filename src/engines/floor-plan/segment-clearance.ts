import type { Point, Rect } from "./types";

export type ClearanceTest = (from: Point, to: Point) => boolean;

/** Does the segment enter the open interior of `r`? Liang–Barsky clipping; grazing an edge or a corner does not count. */
const segmentEntersRect = (a: Point, b: Point, r: Rect): boolean => {
  let enter = 0;
  let leave = 1;
  const axes: Array<[number, number, number, number]> = [
    [a.x, b.x - a.x, r.x, r.x + r.width],
    [a.y, b.y - a.y, r.y, r.y + r.height],
  ];
  for (const [start, delta, low, high] of axes) {
    if (Math.abs(delta) < 1e-12) {
      if (start <= low || start >= high) return false;
      continue;
    }
    const t1 = (low - start) / delta;
    const t2 = (high - start) / delta;
    enter = Math.max(enter, Math.min(t1, t2));
    leave = Math.min(leave, Math.max(t1, t2));
    if (enter >= leave) return false;
  }
  return true;
};

/**
 * Line of sight for smoothing: true when a straight walk from `from` to `to` keeps at least
 * `clearance` metres from every wall. Walls are bucketed into a coarse grid so a test looks only
 * at the walls near the segment, which keeps smoothing cheap on halls with thousands of booths.
 */
export const createClearanceTest = (walls: readonly Rect[], clearance: number, hallWidth: number, hallHeight: number): ClearanceTest => {
  const grown = walls.map((w) => ({ x: w.x - clearance, y: w.y - clearance, width: w.width + 2 * clearance, height: w.height + 2 * clearance }));
  const bucketSize = Math.max(4, Math.sqrt((hallWidth * hallHeight) / 4096));
  const columns = Math.max(1, Math.ceil(hallWidth / bucketSize));
  const rows = Math.max(1, Math.ceil(hallHeight / bucketSize));
  const bucketOf = (value: number, count: number): number => Math.min(count - 1, Math.max(0, Math.floor(value / bucketSize)));
  const buckets: number[][] = Array.from({ length: columns * rows }, () => []);
  grown.forEach((rect, index) => {
    for (let row = bucketOf(rect.y, rows); row <= bucketOf(rect.y + rect.height, rows); row++) {
      for (let column = bucketOf(rect.x, columns); column <= bucketOf(rect.x + rect.width, columns); column++) buckets[row * columns + column].push(index);
    }
  });
  const seen = new Int32Array(grown.length);
  let stamp = 0;
  return (a, b) => {
    stamp++;
    const firstRow = bucketOf(Math.min(a.y, b.y), rows);
    const lastRow = bucketOf(Math.max(a.y, b.y), rows);
    for (let row = firstRow; row <= lastRow; row++) {
      // Only the buckets of this row that the segment actually crosses.
      let xFrom = Math.min(a.x, b.x);
      let xTo = Math.max(a.x, b.x);
      if (b.y !== a.y) {
        const tTop = Math.min(1, Math.max(0, (row * bucketSize - a.y) / (b.y - a.y)));
        const tBottom = Math.min(1, Math.max(0, ((row + 1) * bucketSize - a.y) / (b.y - a.y)));
        xFrom = Math.min(a.x + tTop * (b.x - a.x), a.x + tBottom * (b.x - a.x));
        xTo = Math.max(a.x + tTop * (b.x - a.x), a.x + tBottom * (b.x - a.x));
      }
      for (let column = bucketOf(xFrom - 1e-9, columns); column <= bucketOf(xTo + 1e-9, columns); column++) {
        for (const index of buckets[row * columns + column]) {
          if (seen[index] === stamp) continue;
          seen[index] = stamp;
          if (segmentEntersRect(a, b, grown[index])) return false;
        }
      }
    }
    return true;
  };
};
