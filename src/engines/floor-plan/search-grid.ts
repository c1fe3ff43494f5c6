import type { OccupancyGrid } from "./occupancy-grid";

export type GridSearch = {
  /** Walking distance in metres along grid moves; Infinity where unreachable (or not settled before the search stopped). */
  distance: Float64Array;
  /** The previous cell on a shortest path, -1 at the source and where unreachable. */
  previous: Int32Array;
};

// Integer move costs let a bucket queue (Dial's algorithm) replace a binary heap: every push and
// pop is O(1), several times faster on the grid sizes we search. 99/70 is √2 to within 0.005 %,
// and the drawn length is measured on the straightened path anyway.
const STRAIGHT = 70;
const DIAGONAL = 99;
// Live entries span at most DIAGONAL + 1 consecutive distances, so 128 slots never alias.
const SLOTS = 128;

/**
 * Dijkstra over the 8-neighbour grid from one source. A diagonal move needs both cells beside it
 * free, so a walker never squeezes between two booths that touch at a corner. Stops early once
 * every cell in `targets` is settled, since a route needs only the distances between its stops.
 */
export const searchGrid = (grid: OccupancyGrid, source: number, targets?: readonly number[]): GridSearch => {
  const { columns, rows, blocked } = grid;
  const cellCount = columns * rows;
  const cost = new Int32Array(cellCount).fill(-1);
  const previous = new Int32Array(cellCount).fill(-1);
  const settled = new Uint8Array(cellCount);
  const wanted = new Uint8Array(cellCount);
  let remaining = targets ? 0 : Number.POSITIVE_INFINITY;
  for (const target of targets ?? []) {
    if (!wanted[target]) remaining++;
    wanted[target] = 1;
  }
  const buckets: number[][] = Array.from({ length: SLOTS }, () => []);
  let pending = 0;
  const relax = (from: number, to: number, step: number): void => {
    const candidate = cost[from] + step;
    if (cost[to] === -1 || candidate < cost[to]) {
      cost[to] = candidate;
      previous[to] = from;
      buckets[candidate % SLOTS].push(to);
      pending++;
    }
  };
  cost[source] = 0;
  buckets[0].push(source);
  pending = 1;
  for (let current = 0; pending > 0 && remaining > 0; current++) {
    const bucket = buckets[current % SLOTS];
    while (bucket.length > 0 && remaining > 0) {
      const cell = bucket.pop()!;
      pending--;
      if (settled[cell] || cost[cell] !== current) continue; // a stale entry, superseded by a shorter one
      settled[cell] = 1;
      if (wanted[cell]) remaining--;
      const column = cell % columns;
      const leftFree = column > 0 && !blocked[cell - 1];
      const rightFree = column < columns - 1 && !blocked[cell + 1];
      const upFree = cell >= columns && !blocked[cell - columns];
      const downFree = cell < cellCount - columns && !blocked[cell + columns];
      if (leftFree) relax(cell, cell - 1, STRAIGHT);
      if (rightFree) relax(cell, cell + 1, STRAIGHT);
      if (upFree) relax(cell, cell - columns, STRAIGHT);
      if (downFree) relax(cell, cell + columns, STRAIGHT);
      if (upFree && leftFree && !blocked[cell - columns - 1]) relax(cell, cell - columns - 1, DIAGONAL);
      if (upFree && rightFree && !blocked[cell - columns + 1]) relax(cell, cell - columns + 1, DIAGONAL);
      if (downFree && leftFree && !blocked[cell + columns - 1]) relax(cell, cell + columns - 1, DIAGONAL);
      if (downFree && rightFree && !blocked[cell + columns + 1]) relax(cell, cell + columns + 1, DIAGONAL);
    }
  }
  // Cells reached but not settled carry upper bounds, not distances; callers must not mistake them.
  const distance = new Float64Array(cellCount);
  const metresPerCost = grid.cellSize / STRAIGHT;
  for (let cell = 0; cell < cellCount; cell++) {
    if (settled[cell]) distance[cell] = cost[cell] * metresPerCost;
    else {
      distance[cell] = Number.POSITIVE_INFINITY;
      previous[cell] = -1;
    }
  }
  return { distance, previous };
};

/** Cells from the source to `target`, both included; empty when the target was not reached. */
export const cellsTo = (search: GridSearch, target: number): number[] => {
  if (!Number.isFinite(search.distance[target])) return [];
  const cells: number[] = [];
  for (let cell = target; cell !== -1; cell = search.previous[cell]) cells.push(cell);
  return cells.reverse();
};
