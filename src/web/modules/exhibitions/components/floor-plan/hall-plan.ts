import type { TBooth, THall, TPoint } from "../../../../../contracts/exhibitions";
import { type HallPlan, planWalkingRoute, type Rect, type RouteLeg } from "../../../../../engines/floor-plan";

type Outline<Booth> = { width: number; height: number; entrances: TPoint[]; obstacles: Rect[]; booths: Booth[] };

/** The same hall with each booth converted; its size, entrances and obstacles carry over as they are. */
export function mapBooths<From, To>(hall: Outline<From>, convert: (booth: From) => To): Outline<To> {
  return { width: hall.width, height: hall.height, entrances: hall.entrances, obstacles: hall.obstacles, booths: hall.booths.map(convert) };
}

/** Only a booth's place and size, without what else it carries. */
export const rectOf = ({ x, y, width, height }: Rect): Rect => ({ x, y, width, height });

/** A hall as the floor-plan engine reads it; booths keep their pavilion id in `pavilion`. */
export function hallPlanOf(hall: Pick<THall, "width" | "height" | "entrances" | "obstacles" | "booths">): HallPlan {
  return mapBooths(hall, (b) => ({ number: b.number, ...rectOf(b), type: b.type, price: b.price, currency: b.currency, pavilion: b.pavilionId }));
}

export type Directions = { entrance: number; leg: RouteLeg };

/**
 * The walk to a booth from whichever entrance is nearest on foot. Null when the booth cannot be
 * reached through the aisles (walled in by other booths), which the page says in words.
 */
export function directionsTo(hall: THall, booth: TBooth): Directions | null {
  const plan = hallPlanOf(hall);
  let best: Directions | null = null;
  for (let entrance = 0; entrance < hall.entrances.length; entrance++) {
    try {
      const leg = planWalkingRoute(plan, { entrance, stops: [booth.number], minutesPerStop: 0 }).legs[0];
      if (leg && (!best || leg.distanceMetres < best.leg.distanceMetres)) best = { entrance, leg };
    } catch {
      // This entrance has no way to the booth; another may.
    }
  }
  return best;
}
