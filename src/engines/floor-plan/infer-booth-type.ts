import { hasValidSize } from "./geometry";
import type { BoothType, HallPlan, Rect } from "./types";

// Real plans leave hairline gaps between booths that share a wall; 5 cm is still "the same wall".
const TOUCH_TOLERANCE_METRES = 0.05;
// A side is closed when neighbours cover most of it; a half-covered side still faces the aisle.
const CLOSED_SIDE_COVERAGE = 0.5;

type Side = { fixed: "x" | "y"; at: number; from: number; to: number; facesNegative: boolean };

const sidesOf = (r: Rect): Side[] => [
  { fixed: "y", at: r.y, from: r.x, to: r.x + r.width, facesNegative: true },
  { fixed: "y", at: r.y + r.height, from: r.x, to: r.x + r.width, facesNegative: false },
  { fixed: "x", at: r.x, from: r.y, to: r.y + r.height, facesNegative: true },
  { fixed: "x", at: r.x + r.width, from: r.y, to: r.y + r.height, facesNegative: false },
];

/** The span of `side` that `neighbour` backs onto, or null when it does not sit right against it. */
const sharedSpan = (side: Side, neighbour: Rect): [number, number] | null => {
  const alongStart = side.fixed === "y" ? neighbour.x : neighbour.y;
  const alongEnd = alongStart + (side.fixed === "y" ? neighbour.width : neighbour.height);
  const acrossStart = side.fixed === "y" ? neighbour.y : neighbour.x;
  const acrossEnd = acrossStart + (side.fixed === "y" ? neighbour.height : neighbour.width);
  const edge = side.facesNegative ? acrossEnd : acrossStart;
  if (Math.abs(edge - side.at) > TOUCH_TOLERANCE_METRES) return null;
  const from = Math.max(side.from, alongStart);
  const to = Math.min(side.to, alongEnd);
  return to > from ? [from, to] : null;
};

const coveredLength = (spans: Array<[number, number]>): number => {
  spans.sort((a, b) => a[0] - b[0]);
  let total = 0;
  let reach = Number.NEGATIVE_INFINITY;
  for (const [from, to] of spans) {
    if (to <= reach) continue;
    total += to - Math.max(from, reach);
    reach = to;
  }
  return total;
};

const againstHallWall = (side: Side, plan: HallPlan): boolean => {
  const wallFar = side.fixed === "y" ? plan.height : plan.width;
  return side.facesNegative ? side.at <= TOUCH_TOLERANCE_METRES : side.at >= wallFar - TOUCH_TOLERANCE_METRES;
};

const TYPE_BY_OPEN_SIDES: Record<number, BoothType> = { 0: "inline", 1: "inline", 2: "corner", 3: "peninsula", 4: "island" };

/**
 * The booth type follows from how many sides face an aisle. A side is closed when it lies on the
 * hall wall or when neighbouring booths (or obstacles such as a stage) back onto most of it.
 * A booth boxed in on all sides is still sold as "inline": it has to be reached somehow.
 */
export const inferBoothType = (booth: Rect, plan: HallPlan): BoothType => {
  const neighbours = [...plan.booths, ...(plan.obstacles ?? [])].filter((other) => other !== booth && hasValidSize(other));
  let openSides = 0;
  for (const side of sidesOf(booth)) {
    if (againstHallWall(side, plan)) continue;
    const spans = neighbours.flatMap((other) => {
      const span = sharedSpan(side, other);
      return span ? [span] : [];
    });
    if (coveredLength(spans) <= CLOSED_SIDE_COVERAGE * (side.to - side.from)) openSides++;
  }
  return TYPE_BY_OPEN_SIDES[openSides];
};
