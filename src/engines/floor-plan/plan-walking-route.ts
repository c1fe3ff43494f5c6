import { openPathLength } from "./distance-matrix";
import { roundTo } from "./geometry";
import { measureRouteNodes } from "./measure-route-nodes";
import { orderStopsExactly } from "./order-stops-exactly";
import { orderStopsHeuristically } from "./order-stops-heuristically";
import { readRouteRequest } from "./read-route-request";
import type { HallPlan, Point, RouteLeg, WalkingRoute, WalkingRouteRequest } from "./types";

/** Up to this many stops the order is proven shortest; 2¹²·12² steps is instant, each extra stop doubles it. */
const MAX_EXACT_STOPS = 12;

const roundPoint = (p: Point): Point => ({ x: roundTo(p.x, 2), y: roundTo(p.y, 2) });

/**
 * Plans a delegation's walk from an entrance past every requested booth, through the aisles only.
 * The visiting order is exact up to 12 stops and a 2-opt/or-opt heuristic beyond; ties go to lower
 * booth numbers. Throws a WalkingRouteError (a RangeError) for unknown, repeated or unreachable
 * booths, a bad entrance or speed, and more than 60 stops.
 */
export const planWalkingRoute = (plan: HallPlan, request: WalkingRouteRequest): WalkingRoute => {
  const settings = readRouteRequest(plan, request);
  const { stops } = settings;
  if (stops.length === 0) return { order: [], legs: [], totalDistanceMetres: 0, totalMinutes: 0, optimal: true };

  const { matrix, pathBetween } = measureRouteNodes(plan, settings);
  const exact = stops.length <= MAX_EXACT_STOPS;
  const order = exact ? orderStopsExactly(matrix) : orderStopsHeuristically(matrix, settings.givenOrder);

  const legs: RouteLeg[] = [];
  let at = 0;
  let clock = 0;
  for (const node of order) {
    const distance = matrix.values[at * matrix.size + node];
    const walk = distance / settings.speed;
    const number = stops[node - 1].number;
    const arrival = clock + walk;
    clock = arrival + settings.minutesAt(number);
    legs.push({
      to: number,
      distanceMetres: roundTo(distance, 2),
      walkMinutes: roundTo(walk, 2),
      arrivalMinute: roundTo(arrival, 2),
      departureMinute: roundTo(clock, 2),
      path: pathBetween(at, node).map(roundPoint),
    });
    at = node;
  }
  return {
    order: legs.map((leg) => leg.to),
    legs,
    totalDistanceMetres: roundTo(openPathLength(matrix, order), 2),
    totalMinutes: roundTo(clock, 2),
    optimal: exact,
  };
};
