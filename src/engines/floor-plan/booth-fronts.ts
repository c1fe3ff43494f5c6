import { cellAt, cellCentre, type OccupancyGrid } from "./occupancy-grid";
import type { ClearanceTest } from "./segment-clearance";
import type { Point, Rect } from "./types";

/**
 * The cell from which a booth is visited: a free cell just outside one of its sides (never off a
 * corner), the one nearest the entrance by walking distance, ties to the lower cell index.
 * Searches a little further out when the adjacent cells are blocked, up to about two metres, but
 * only where nothing stands between the cell and the booth (`unobstructed` tests the straight line
 * to the booth's edge against every wall). Returns -1 when no reachable cell lies that close.
 */
export const findBoothFront = (grid: OccupancyGrid, booth: Rect, distanceFromEntrance: Float64Array, unobstructed: ClearanceTest): number => {
  const { cellSize } = grid;
  const half = cellSize / 2;
  const maxReach = Math.max(2, 3.5 * cellSize);
  for (let reach = 1.5 * cellSize; reach <= maxReach + 1e-9; reach += cellSize) {
    const from = cellAt(grid, { x: booth.x - reach, y: booth.y - reach });
    const to = cellAt(grid, { x: booth.x + booth.width + reach, y: booth.y + booth.height + reach });
    const [firstColumn, firstRow] = [from % grid.columns, Math.floor(from / grid.columns)];
    const [lastColumn, lastRow] = [to % grid.columns, Math.floor(to / grid.columns)];
    let best = -1;
    for (let row = firstRow; row <= lastRow; row++) {
      for (let column = firstColumn; column <= lastColumn; column++) {
        const cell = row * grid.columns + column;
        if (grid.blocked[cell] || !Number.isFinite(distanceFromEntrance[cell])) continue;
        if (best !== -1 && distanceFromEntrance[cell] >= distanceFromEntrance[best]) continue;
        const centre = cellCentre(grid, cell);
        if (facesSide(centre, booth, reach, half) && unobstructed(centre, nearestPointOf(booth, centre))) best = cell;
      }
    }
    if (best !== -1) return best;
  }
  return -1;
};

/** Within `reach` of the booth, and beside a side rather than diagonally off a corner. */
const facesSide = (p: Point, booth: Rect, reach: number, half: number): boolean => {
  // Strict: a cell whose centre is exactly half a cell off the booth's side line sits off its corner.
  const inX = p.x > booth.x - half && p.x < booth.x + booth.width + half;
  const inY = p.y > booth.y - half && p.y < booth.y + booth.height + half;
  const nearX = p.x >= booth.x - reach && p.x <= booth.x + booth.width + reach;
  const nearY = p.y >= booth.y - reach && p.y <= booth.y + booth.height + reach;
  return (inX && nearY) || (inY && nearX);
};

const nearestPointOf = (r: Rect, p: Point): Point => ({
  x: Math.min(r.x + r.width, Math.max(r.x, p.x)),
  y: Math.min(r.y + r.height, Math.max(r.y, p.y)),
});
