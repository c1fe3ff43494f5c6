import { type DistanceMatrix, distanceBetween, lexicographicallyBefore, openPathLength, tolerance } from "./distance-matrix";

const nearestNeighbourOrder = (matrix: DistanceMatrix): number[] => {
  const left = new Set(Array.from({ length: matrix.size - 1 }, (_, i) => i + 1));
  const order: number[] = [];
  let at = 0;
  while (left.size > 0) {
    let best = -1;
    // Set iteration follows insertion, i.e. ascending node numbers: ties go to the lower booth number.
    for (const node of left) if (best === -1 || distanceBetween(matrix, at, node) < distanceBetween(matrix, at, best)) best = node;
    order.push(best);
    left.delete(best);
    at = best;
  }
  return order;
};

/** Reverses a stretch of the path when that shortens it (2-opt, for an open path from a fixed start). */
const improveByReversal = (matrix: DistanceMatrix, order: number[]): boolean => {
  const d = (a: number, b: number): number => distanceBetween(matrix, a, b);
  for (let i = 0; i < order.length - 1; i++) {
    const before = i === 0 ? 0 : order[i - 1];
    for (let j = i + 1; j < order.length; j++) {
      const after = j + 1 < order.length ? order[j + 1] : -1;
      const removed = d(before, order[i]) + (after === -1 ? 0 : d(order[j], after));
      const added = d(before, order[j]) + (after === -1 ? 0 : d(order[i], after));
      if (added < removed - tolerance(removed)) {
        order.splice(i, j - i + 1, ...order.slice(i, j + 1).reverse());
        return true;
      }
    }
  }
  return false;
};

/** Moves a run of one to three stops elsewhere, either way round, when that shortens the path (or-opt). */
const improveByRelocation = (matrix: DistanceMatrix, order: number[]): boolean => {
  const d = (a: number, b: number): number => (a === -1 || b === -1 ? 0 : distanceBetween(matrix, a, b));
  const current = openPathLength(matrix, order);
  for (let runLength = 1; runLength <= 3; runLength++) {
    for (let start = 0; start + runLength <= order.length; start++) {
      const run = order.slice(start, start + runLength);
      const rest = [...order.slice(0, start), ...order.slice(start + runLength)];
      const before = start === 0 ? 0 : order[start - 1];
      const after = start + runLength < order.length ? order[start + runLength] : -1;
      // -1 stands for "nothing after": the open path just ends there.
      const saved = d(before, run[0]) + d(run[runLength - 1], after) - d(before, after);
      for (let at = 0; at <= rest.length; at++) {
        if (at === start) continue;
        const left = at === 0 ? 0 : rest[at - 1];
        const right = at < rest.length ? rest[at] : -1;
        for (const piece of runLength === 1 ? [run] : [run, [...run].reverse()]) {
          const added = d(left, piece[0]) + d(piece[runLength - 1], right) - d(left, right);
          if (added < saved - tolerance(current)) {
            order.splice(0, order.length, ...rest.slice(0, at), ...piece, ...rest.slice(at));
            return true;
          }
        }
      }
    }
  }
  return false;
};

const improve = (matrix: DistanceMatrix, start: readonly number[]): number[] => {
  const order = [...start];
  while (improveByReversal(matrix, order) || improveByRelocation(matrix, order)) {
    // each pass shortens the path by more than the tolerance, so this ends
  }
  return order;
};

/**
 * For tours too long for the exact programme: nearest neighbour from the entrance, and the order
 * the user gave, each improved by 2-opt and or-opt; the shorter wins. Starting from the given order
 * too guarantees the result is never longer than what the user asked for.
 */
export const orderStopsHeuristically = (matrix: DistanceMatrix, givenOrder: readonly number[]): number[] => {
  let best: number[] | null = null;
  for (const start of [nearestNeighbourOrder(matrix), [...givenOrder]]) {
    const improved = improve(matrix, start);
    if (!best) {
      best = improved;
      continue;
    }
    const [lengthA, lengthB] = [openPathLength(matrix, improved), openPathLength(matrix, best)];
    if (lengthA < lengthB - tolerance(lengthB) || (Math.abs(lengthA - lengthB) <= tolerance(lengthB) && lexicographicallyBefore(improved, best)))
      best = improved;
  }
  return best ?? [];
};
