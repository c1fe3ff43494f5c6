import { type DistanceMatrix, distanceBetween, tolerance } from "./distance-matrix";

/**
 * Held–Karp dynamic programme for the shortest open path from the entrance through every stop.
 * It is built backwards, remaining[visited][last] = shortest way to finish after standing at
 * `last` with `visited` done, so the order can then be read forwards choosing the lowest node
 * among equally short continuations: ties go to lower booth numbers first. 2ⁿ·n² steps: 12 stops
 * take about 0.6 million.
 */
export const orderStopsExactly = (matrix: DistanceMatrix): number[] => {
  const stops = matrix.size - 1;
  if (stops === 0) return [];
  const full = (1 << stops) - 1;
  const remaining = new Float64Array((full + 1) * stops).fill(Number.POSITIVE_INFINITY);
  for (let last = 0; last < stops; last++) remaining[full * stops + last] = 0;
  for (let visited = full - 1; visited > 0; visited--) {
    for (let last = 0; last < stops; last++) {
      if (!(visited & (1 << last))) continue;
      let best = Number.POSITIVE_INFINITY;
      for (let next = 0; next < stops; next++) {
        if (visited & (1 << next)) continue;
        const candidate = distanceBetween(matrix, last + 1, next + 1) + remaining[(visited | (1 << next)) * stops + next];
        if (candidate < best) best = candidate;
      }
      remaining[visited * stops + last] = best;
    }
  }
  const order: number[] = [];
  let visited = 0;
  let at = 0;
  while (visited !== full) {
    const costOf = (next: number): number => distanceBetween(matrix, at, next + 1) + remaining[(visited | (1 << next)) * stops + next];
    let best = Number.POSITIVE_INFINITY;
    for (let next = 0; next < stops; next++) if (!(visited & (1 << next))) best = Math.min(best, costOf(next));
    let chosen = 0;
    while (visited & (1 << chosen) || costOf(chosen) > best + tolerance(best)) chosen++;
    order.push(chosen + 1);
    visited |= 1 << chosen;
    at = chosen + 1;
  }
  return order;
};
