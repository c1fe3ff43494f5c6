import { hasValidSize } from "./geometry";
import type { HallPlan, Point, Rect } from "./types";

/** Half a metre resolves a 2 m aisle into 4 cells, enough for a path that keeps off the booth walls. */
const PREFERRED_CELL_METRES = 0.5;
// Keeps one search under a few milliseconds; only halls above 5 hectares get coarser cells.
const MAX_CELLS = 200_000;

export type OccupancyGrid = {
  cellSize: number;
  columns: number;
  rows: number;
  /** 1 where walking is impossible: a booth, an obstacle, or outside the hall. */
  blocked: Uint8Array;
};

export const cellCentre = (grid: OccupancyGrid, cell: number): Point => ({
  x: ((cell % grid.columns) + 0.5) * grid.cellSize,
  y: (Math.floor(cell / grid.columns) + 0.5) * grid.cellSize,
});

export const cellAt = (grid: OccupancyGrid, point: Point): number => {
  const column = Math.min(grid.columns - 1, Math.max(0, Math.floor(point.x / grid.cellSize)));
  const row = Math.min(grid.rows - 1, Math.max(0, Math.floor(point.y / grid.cellSize)));
  return row * grid.columns + column;
};

/** Booths and obstacles with a usable size: the walls of the maze. */
export const wallsOf = (plan: HallPlan): Rect[] => [...plan.booths, ...(plan.obstacles ?? [])].filter(hasValidSize);

/**
 * A cell is blocked when its square overlaps the inside of any wall, not merely when its centre
 * does. That is conservative (an aisle loses up to a cell on each side), but it guarantees that
 * a straight move between free cells never clips a booth corner or jumps a thin pillar.
 */
export const buildOccupancyGrid = (plan: HallPlan): OccupancyGrid => {
  const cellSize = Math.max(PREFERRED_CELL_METRES, Math.sqrt((plan.width * plan.height) / MAX_CELLS));
  const columns = Math.max(1, Math.ceil(plan.width / cellSize - 1e-9));
  const rows = Math.max(1, Math.ceil(plan.height / cellSize - 1e-9));
  const blocked = new Uint8Array(columns * rows);
  const grid: OccupancyGrid = { cellSize, columns, rows, blocked };
  // The last row and column may stick out of the hall; only their part inside it is walkable.
  for (let cell = 0; cell < blocked.length; cell++) {
    const centre = cellCentre(grid, cell);
    if (centre.x > plan.width || centre.y > plan.height) blocked[cell] = 1;
  }
  const slack = 1e-9;
  for (const wall of wallsOf(plan)) {
    const firstColumn = Math.max(0, Math.floor((wall.x + slack) / cellSize));
    const lastColumn = Math.min(columns - 1, Math.ceil((wall.x + wall.width - slack) / cellSize) - 1);
    const firstRow = Math.max(0, Math.floor((wall.y + slack) / cellSize));
    const lastRow = Math.min(rows - 1, Math.ceil((wall.y + wall.height - slack) / cellSize) - 1);
    for (let row = firstRow; row <= lastRow; row++) blocked.fill(1, row * columns + firstColumn, row * columns + lastColumn + 1);
  }
  return grid;
};
