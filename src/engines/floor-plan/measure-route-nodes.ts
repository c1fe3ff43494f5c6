import { findBoothFront } from "./booth-fronts";
import type { DistanceMatrix } from "./distance-matrix";
import { buildOccupancyGrid, cellAt, cellCentre, type OccupancyGrid, wallsOf } from "./occupancy-grid";
import { polylineLength, pullString } from "./pull-string";
import type { RouteSettings } from "./read-route-request";
import { cellsTo, searchGrid } from "./search-grid";
import { type ClearanceTest, createClearanceTest } from "./segment-clearance";
import type { HallPlan, Point, Rect } from "./types";
import { WalkingRouteError } from "./walking-route-error";

export type RouteNodes = {
  matrix: DistanceMatrix;
  /** The straightened walk from node `from` to node `to` (0 is the entrance, k is settings.stops[k - 1]). */
  pathBetween: (from: number, to: number) => Point[];
};

/**
 * The free cell nearest to the entrance that can be walked to in a straight line, for an entrance
 * drawn right against a booth: its own cell is then blocked, and the next free cell may lie
 * behind that booth.
 */
const nearestFreeCell = (grid: OccupancyGrid, point: Point, unobstructed: ClearanceTest): number => {
  const home = cellAt(grid, point);
  if (!grid.blocked[home]) return home;
  const [homeColumn, homeRow] = [home % grid.columns, Math.floor(home / grid.columns)];
  for (let ring = 1; ring < Math.max(grid.columns, grid.rows); ring++) {
    let best = -1;
    let bestDistance = Number.POSITIVE_INFINITY;
    for (let row = Math.max(0, homeRow - ring); row <= Math.min(grid.rows - 1, homeRow + ring); row++) {
      for (let column = Math.max(0, homeColumn - ring); column <= Math.min(grid.columns - 1, homeColumn + ring); column++) {
        const cell = row * grid.columns + column;
        if (grid.blocked[cell]) continue;
        const centre = cellCentre(grid, cell);
        const distance = Math.hypot(centre.x - point.x, centre.y - point.y);
        if (distance < bestDistance && unobstructed(point, centre)) [best, bestDistance] = [cell, distance];
      }
    }
    if (best !== -1) return best;
  }
  return -1;
};

// Gaps of two cells always stay open on the grid; narrower ones may close, and a delegation could not pass them anyway.
const unreachableMessage = (booth: string, cellSize: number): string =>
  `Booth ${booth} cannot be reached from this entrance through the aisles (gaps narrower than about ${Math.round(cellSize * 20) / 10} m do not count as aisles)`;

const distanceToRect = (p: Point, r: Rect): number => Math.hypot(Math.max(r.x - p.x, 0, p.x - r.x - r.width), Math.max(r.y - p.y, 0, p.y - r.y - r.height));

const blockedEntranceMessage = (plan: HallPlan, entrance: Point): string => {
  const nearest = [...plan.booths].sort((a, b) => distanceToRect(entrance, a) - distanceToRect(entrance, b))[0];
  const culprit = nearest ? `booth ${nearest.number}` : "an obstacle";
  return `The entrance at (${entrance.x}, ${entrance.y}) is hemmed in by ${culprit}: leave an aisle in front of it`;
};

const withoutRepeats = (points: Point[]): Point[] => points.filter((p, i) => i === 0 || p.x !== points[i - 1].x || p.y !== points[i - 1].y);

/**
 * Walking distances and paths between the entrance and every stop's front: one grid search from
 * each node (the later nodes' searches stop once the remaining fronts are settled), every path
 * straightened by string pulling and measured after straightening. Paths are computed once per
 * pair and reversed for the way back, so the matrix is symmetric.
 */
export const measureRouteNodes = (plan: HallPlan, settings: RouteSettings): RouteNodes => {
  const grid = buildOccupancyGrid(plan);
  const walls = wallsOf(plan);
  const unobstructed = createClearanceTest(walls, 0, plan.width, plan.height);
  const entranceCell = nearestFreeCell(grid, settings.entrance, unobstructed);
  if (entranceCell === -1) throw new WalkingRouteError("blocked-entrance", blockedEntranceMessage(plan, settings.entrance));
  const fromEntrance = searchGrid(grid, entranceCell);
  const fronts = settings.stops.map((booth) => {
    const front = findBoothFront(grid, booth, fromEntrance.distance, unobstructed);
    if (front === -1) throw new WalkingRouteError("unreachable-booth", unreachableMessage(booth.number, grid.cellSize), booth.number);
    return front;
  });

  // Half a cell from every wall is exactly the margin free cells guarantee, so straightening agrees with the search.
  const isClear = createClearanceTest(walls, grid.cellSize / 2 - 1e-6, plan.width, plan.height);
  const cells = [entranceCell, ...fronts];
  const points = [settings.entrance, ...fronts.map((cell) => cellCentre(grid, cell))];
  const size = cells.length;
  const matrix: DistanceMatrix = { size, values: new Float64Array(size * size) };
  const paths = new Map<number, Point[]>();
  for (let from = 0; from < size - 1; from++) {
    const search = from === 0 ? fromEntrance : searchGrid(grid, cells[from], cells.slice(from + 1));
    for (let to = from + 1; to < size; to++) {
      const raw = withoutRepeats([points[from], ...cellsTo(search, cells[to]).map((cell) => cellCentre(grid, cell)), points[to]]);
      const path = pullString(raw, isClear);
      const length = polylineLength(path);
      matrix.values[from * size + to] = length;
      matrix.values[to * size + from] = length;
      paths.set(from * size + to, path);
    }
  }
  return {
    matrix,
    pathBetween: (from, to) => (from < to ? paths.get(from * size + to)! : [...paths.get(to * size + from)!].reverse()),
  };
};
