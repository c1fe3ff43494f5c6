/** Metres, origin at the hall's top-left corner, x to the right, y down. */
export type Point = { x: number; y: number };

export type Rect = { x: number; y: number; width: number; height: number };

/** How many sides face an aisle: inline 1, corner 2, peninsula 3, island 4. */
export type BoothType = "inline" | "corner" | "peninsula" | "island";

export type PlanBooth = Rect & {
  number: string;
  type?: BoothType;
  price?: number | null;
  currency?: string | null;
  pavilion?: string | null;
};

export type HallPlan = {
  width: number;
  height: number;
  entrances: Point[];
  booths: PlanBooth[];
  obstacles?: Rect[];
};

/** `path` names the offending value, e.g. "booths[3].width", "booths[2]", "entrances[0]"; "" for the whole input. */
export type PlanProblem = { path: string; message: string };

/** Result of an import: `plan` is null unless `problems` is empty, so an import is all-or-nothing. */
export type PlanImport = { plan: HallPlan | null; problems: PlanProblem[] };

export type RouteLeg = {
  /** Booth number of this stop. */
  to: string;
  distanceMetres: number;
  walkMinutes: number;
  /** Minutes since leaving the entrance. */
  arrivalMinute: number;
  departureMinute: number;
  /** From the previous stop's front (or the entrance) to this booth's front; first and last points included. */
  path: Point[];
};

export type WalkingRoute = {
  order: string[];
  legs: RouteLeg[];
  totalDistanceMetres: number;
  /** Walking plus time spent at every stop, up to leaving the last one. */
  totalMinutes: number;
  /** True when the order is proven shortest (exact search); false for the heuristic used on long tours. */
  optimal: boolean;
};

export type WalkingRouteRequest = {
  /** Index into `plan.entrances`; 0 by default. */
  entrance?: number;
  stops: string[];
  /** 50 by default: a delegation walks slowly. */
  walkingSpeedMetresPerMinute?: number;
  /** 5 by default; a record gives minutes per booth number, missing booths get the default. */
  minutesPerStop?: number | Record<string, number>;
};
