/**
 * Symmetric distances between route nodes: node 0 is the entrance, nodes 1..n the stops, the
 * stops sorted by booth number so that "lower index" means "lower booth number" in tie-breaks.
 */
export type DistanceMatrix = { size: number; values: Float64Array };

export const distanceBetween = (matrix: DistanceMatrix, a: number, b: number): number => matrix.values[a * matrix.size + b];

/** Length of the open path entrance → order[0] → order[1] → …; `order` holds node numbers 1..n. */
export const openPathLength = (matrix: DistanceMatrix, order: readonly number[]): number => {
  let length = 0;
  let at = 0;
  for (const node of order) {
    length += distanceBetween(matrix, at, node);
    at = node;
  }
  return length;
};

/** A difference this small is floating-point noise, not a shorter route: treat it as a tie. */
export const tolerance = (length: number): number => 1e-9 * Math.max(1, length);

/** Earlier in the order wins ties: lower booth numbers are visited first. */
export const lexicographicallyBefore = (a: readonly number[], b: readonly number[]): boolean => {
  for (let i = 0; i < Math.min(a.length, b.length); i++) if (a[i] !== b[i]) return a[i] < b[i];
  return a.length < b.length;
};
