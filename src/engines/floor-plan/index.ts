/**
 * Floor-plan geometry for exhibition halls: validation, booth types, JSON and SVG import, and
 * walking routes for delegation tours. Pure: no I/O, nothing imported from the rest of the project.
 * Coordinates are metres from the hall's top-left corner, x to the right, y down.
 */
export { boothArea } from "./geometry";
export { inferBoothType } from "./infer-booth-type";
export { parsePlanJson } from "./parse-plan-json";
export { parsePlanSvg } from "./parse-plan-svg";
export { planWalkingRoute } from "./plan-walking-route";
export type {
  BoothType,
  HallPlan,
  PlanBooth,
  PlanImport,
  PlanProblem,
  Point,
  Rect,
  RouteLeg,
  WalkingRoute,
  WalkingRouteRequest,
} from "./types";
export { validateHallPlan } from "./validate-hall-plan";
export { WalkingRouteError, type WalkingRouteErrorCode } from "./walking-route-error";
