import { compareBoothNumbers } from "./compare-booth-numbers";
import { isFiniteNumber } from "./geometry";
import type { HallPlan, PlanBooth, Point, WalkingRouteRequest } from "./types";
import { WalkingRouteError } from "./walking-route-error";

export const MAX_STOPS = 60;
const DEFAULT_SPEED_METRES_PER_MINUTE = 50;
const DEFAULT_MINUTES_PER_STOP = 5;

export type RouteSettings = {
  entrance: Point;
  /** Sorted by booth number; node k of the distance matrix is stops[k - 1]. */
  stops: PlanBooth[];
  /** Node numbers in the order the user listed the booths. */
  givenOrder: number[];
  speed: number;
  minutesAt: (boothNumber: string) => number;
};

const invalid = (message: string): WalkingRouteError => new WalkingRouteError("invalid-request", message);

const readMinutesAt = (minutesPerStop: WalkingRouteRequest["minutesPerStop"]): ((boothNumber: string) => number) => {
  if (minutesPerStop === undefined) return () => DEFAULT_MINUTES_PER_STOP;
  if (typeof minutesPerStop === "number") {
    if (!isFiniteNumber(minutesPerStop) || minutesPerStop < 0) throw invalid(`minutesPerStop must be 0 or more, got ${minutesPerStop}`);
    return () => minutesPerStop;
  }
  for (const [booth, minutes] of Object.entries(minutesPerStop)) {
    if (!isFiniteNumber(minutes) || minutes < 0) throw invalid(`Minutes at booth ${booth} must be 0 or more, got ${minutes}`);
  }
  return (boothNumber) => (Object.hasOwn(minutesPerStop, boothNumber) ? minutesPerStop[boothNumber] : DEFAULT_MINUTES_PER_STOP);
};

/** Checks the request against the plan and throws a WalkingRouteError naming the first thing wrong. */
export const readRouteRequest = (plan: HallPlan, request: WalkingRouteRequest): RouteSettings => {
  if (!isFiniteNumber(plan.width) || !isFiniteNumber(plan.height) || plan.width <= 0 || plan.height <= 0) {
    throw invalid("The hall plan needs a width and height above 0; validate it with validateHallPlan first");
  }
  const stopNumbers = request.stops;
  if (!Array.isArray(stopNumbers)) throw invalid("stops must be a list of booth numbers");
  if (stopNumbers.length > MAX_STOPS) {
    throw new WalkingRouteError(
      "too-many-stops",
      `A tour can visit at most ${MAX_STOPS} booths; ${stopNumbers.length} were asked for. Split it into two tours.`,
    );
  }
  const entranceIndex = request.entrance ?? 0;
  const entrances = Array.isArray(plan.entrances) ? plan.entrances : [];
  const entrance = entrances[entranceIndex];
  if (!Number.isInteger(entranceIndex) || !entrance || !isFiniteNumber(entrance.x) || !isFiniteNumber(entrance.y)) {
    throw invalid(`Entrance ${entranceIndex} does not exist; the plan has ${entrances.length} entrance(s), numbered from 0`);
  }
  const speed = request.walkingSpeedMetresPerMinute ?? DEFAULT_SPEED_METRES_PER_MINUTE;
  if (!isFiniteNumber(speed) || speed <= 0) throw invalid(`walkingSpeedMetresPerMinute must be above 0, got ${speed}`);
  const minutesAt = readMinutesAt(request.minutesPerStop);

  const boothByNumber = new Map(plan.booths.map((booth) => [booth.number, booth]));
  const seen = new Set<string>();
  for (const number of stopNumbers) {
    if (!boothByNumber.has(number)) throw new WalkingRouteError("unknown-booth", `Booth ${number} is not on this hall plan`, number);
    if (seen.has(number)) throw new WalkingRouteError("duplicate-stop", `Booth ${number} is listed twice in the tour`, number);
    seen.add(number);
  }
  const sortedNumbers = [...stopNumbers].sort(compareBoothNumbers);
  const nodeOf = new Map(sortedNumbers.map((number, index) => [number, index + 1]));
  return {
    entrance,
    stops: sortedNumbers.map((number) => boothByNumber.get(number)!),
    givenOrder: stopNumbers.map((number) => nodeOf.get(number)!),
    speed,
    minutesAt,
  };
};
