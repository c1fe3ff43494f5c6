import { planWalkingRoute, WalkingRouteError } from "../../../../engines/floor-plan";
import type { Db } from "../../../platform/db";
import { invalid } from "../../../platform/errors";
import * as plans from "../floor-plans/floor-plan.repository";
import type { TourRow } from "./tour.repository";

type Legs = TourRow["legs"];

/**
 * Orders the chosen booths into the shortest walk from the entrance, through the hall's aisles,
 * and times it. The result is stored with the tour, so a printed tour stays what was printed.
 */
export async function planTourRoute(db: Db, hall: plans.HallRow, request: { boothIds: string[]; entrance: number; minutesPerStop: number }) {
  const booths = await plans.listHallBooths(db, hall.id);
  const byId = new Map(booths.map((b) => [b.id, b]));
  const missing = request.boothIds.findIndex((id) => !byId.has(id));
  if (missing >= 0) throw invalid(`boothIds[${missing}]`, "This booth is not in the tour's hall");
  if (request.entrance >= hall.entrances.length) throw invalid("entrance", `The hall has ${hall.entrances.length} entrance(s)`);
  const numberToId = new Map(booths.map((b) => [b.number, b.id]));
  try {
    const route = planWalkingRoute(
      {
        width: hall.width,
        height: hall.height,
        entrances: hall.entrances,
        obstacles: hall.obstacles,
        booths: booths.map((b) => ({ number: b.number, x: b.x, y: b.y, width: b.width, height: b.height })),
      },
      { entrance: request.entrance, stops: request.boothIds.map((id) => byId.get(id)!.number), minutesPerStop: request.minutesPerStop },
    );
    const legs: Legs = route.legs.map((leg) => ({
      boothId: numberToId.get(leg.to)!,
      walkMinutes: leg.walkMinutes,
      distanceMetres: leg.distanceMetres,
      arrivalMinute: leg.arrivalMinute,
      departureMinute: leg.departureMinute,
      path: leg.path,
    }));
    return { legs, totalDistanceMetres: route.totalDistanceMetres, optimal: route.optimal };
  } catch (error) {
    if (error instanceof WalkingRouteError) throw invalid("boothIds", error.message, "route_impossible");
    throw error;
  }
}
