import { findOverlappingPairs } from "./find-overlapping-pairs";
import { EPSILON, hasValidSize, isFiniteNumber, overlapSize, rectContainsPointStrictly, rectInsideHall, roundTo } from "./geometry";
import type { HallPlan, PlanBooth, PlanProblem, Rect } from "./types";

const MAX_HALL_SIDE_METRES = 2000;
const MAX_BOOTH_NUMBER_LENGTH = 20;
// A file with thousands of overlaps is one mistake (e.g. a wrong scale); listing them all helps nobody.
const MAX_OVERLAPS_REPORTED = 100;

const metres = (value: number): string => `${roundTo(value, 2)} m`;

const boothLabel = (booth: PlanBooth, index: number): string =>
  typeof booth.number === "string" && booth.number.trim() !== "" ? `Booth ${booth.number}` : `Booth #${index + 1}`;

const validateHallSize = (plan: HallPlan, problems: PlanProblem[]): boolean => {
  let valid = true;
  for (const side of ["width", "height"] as const) {
    const value = plan[side];
    if (!isFiniteNumber(value) || value <= 0 || value > MAX_HALL_SIDE_METRES) {
      problems.push({ path: side, message: `Hall ${side} must be a number of metres above 0 and at most ${MAX_HALL_SIDE_METRES}` });
      valid = false;
    }
  }
  return valid;
};

const validateBoothNumbers = (booths: readonly PlanBooth[], problems: PlanProblem[]): void => {
  const firstIndexByNumber = new Map<string, number>();
  booths.forEach((booth, index) => {
    const path = `booths[${index}].number`;
    if (typeof booth.number !== "string" || booth.number.trim() === "") {
      problems.push({ path, message: `Booth #${index + 1} has no number` });
      return;
    }
    if (booth.number.length > MAX_BOOTH_NUMBER_LENGTH) {
      problems.push({ path, message: `Booth number ${booth.number} is longer than ${MAX_BOOTH_NUMBER_LENGTH} characters` });
    }
    const first = firstIndexByNumber.get(booth.number);
    if (first === undefined) firstIndexByNumber.set(booth.number, index);
    else problems.push({ path, message: `Booth number ${booth.number} is used twice (booths[${first}] and booths[${index}])` });
  });
};

const validateBoothGeometry = (booth: PlanBooth, index: number, plan: HallPlan, hallValid: boolean, problems: PlanProblem[]): boolean => {
  const label = boothLabel(booth, index);
  let valid = true;
  for (const field of ["x", "y"] as const) {
    if (!isFiniteNumber(booth[field])) {
      problems.push({ path: `booths[${index}].${field}`, message: `${label}: ${field} must be a number of metres` });
      valid = false;
    }
  }
  for (const field of ["width", "height"] as const) {
    if (!isFiniteNumber(booth[field]) || booth[field] <= 0) {
      problems.push({ path: `booths[${index}].${field}`, message: `${label}: ${field} must be a number of metres above 0` });
      valid = false;
    }
  }
  if (valid && hallValid && !rectInsideHall(booth, plan.width, plan.height)) {
    problems.push({ path: `booths[${index}]`, message: `${label} lies outside the hall (${metres(plan.width)} × ${metres(plan.height)})` });
  }
  return valid;
};

const validateObstacles = (obstacles: readonly Rect[], plan: HallPlan, hallValid: boolean, problems: PlanProblem[]): void => {
  obstacles.forEach((obstacle, index) => {
    if (!hasValidSize(obstacle)) {
      problems.push({ path: `obstacles[${index}]`, message: `Obstacle #${index + 1} needs finite x, y and a width and height above 0` });
    } else if (hallValid && !rectInsideHall(obstacle, plan.width, plan.height)) {
      problems.push({ path: `obstacles[${index}]`, message: `Obstacle #${index + 1} lies outside the hall` });
    }
  });
};

const validateOverlaps = (plan: HallPlan, validBooths: number[], validObstacles: number[], problems: PlanProblem[]): void => {
  const obstacles = plan.obstacles ?? [];
  const rects: Rect[] = [...validBooths.map((i) => plan.booths[i]), ...validObstacles.map((i) => obstacles[i])];
  const pairs = findOverlappingPairs(rects, MAX_OVERLAPS_REPORTED + 1);
  for (const [a, b] of pairs.slice(0, MAX_OVERLAPS_REPORTED)) {
    if (a >= validBooths.length) continue; // obstacles may overlap each other: a pillar inside a stage is fine
    const first = plan.booths[validBooths[a]];
    const size = overlapSize(rects[a], rects[b]);
    const by = `by ${metres(size.width)} × ${metres(size.height)}`;
    if (b < validBooths.length) {
      const second = plan.booths[validBooths[b]];
      problems.push({ path: `booths[${validBooths[b]}]`, message: `Booths ${first.number} and ${second.number} overlap ${by}` });
    } else {
      const obstacle = validObstacles[b - validBooths.length];
      problems.push({ path: `booths[${validBooths[a]}]`, message: `Booth ${first.number} overlaps obstacle #${obstacle + 1} ${by}` });
    }
  }
  if (pairs.length > MAX_OVERLAPS_REPORTED) {
    problems.push({ path: "booths", message: `More than ${MAX_OVERLAPS_REPORTED} overlaps; is the scale right?` });
  }
};

const validateEntrances = (plan: HallPlan, hallValid: boolean, problems: PlanProblem[]): void => {
  const entrances = Array.isArray(plan.entrances) ? plan.entrances : [];
  if (entrances.length === 0) problems.push({ path: "entrances", message: "The hall needs at least one entrance" });
  entrances.forEach((entrance, index) => {
    const path = `entrances[${index}]`;
    if (!isFiniteNumber(entrance?.x) || !isFiniteNumber(entrance?.y)) {
      problems.push({ path, message: `Entrance #${index + 1} needs numeric x and y` });
      return;
    }
    if (!hallValid) return;
    const inHall = entrance.x >= -EPSILON && entrance.y >= -EPSILON && entrance.x <= plan.width + EPSILON && entrance.y <= plan.height + EPSILON;
    if (!inHall) {
      problems.push({ path, message: `Entrance #${index + 1} (${entrance.x}, ${entrance.y}) is outside the hall` });
      return;
    }
    const blocking = plan.booths.find((booth) => hasValidSize(booth) && rectContainsPointStrictly(booth, entrance));
    if (blocking) problems.push({ path, message: `Entrance #${index + 1} is inside booth ${blocking.number}` });
  });
};

/** Every problem that would make the plan unusable for booking or routing; an empty list means the plan is sound. */
export const validateHallPlan = (plan: HallPlan): PlanProblem[] => {
  const problems: PlanProblem[] = [];
  const hallValid = validateHallSize(plan, problems);
  const booths = Array.isArray(plan.booths) ? plan.booths : [];
  validateBoothNumbers(booths, problems);
  const validBooths = booths.flatMap((booth, index) => (validateBoothGeometry(booth, index, plan, hallValid, problems) ? [index] : []));
  const obstacles = plan.obstacles ?? [];
  validateObstacles(obstacles, plan, hallValid, problems);
  const validObstacles = obstacles.flatMap((obstacle, index) => (hasValidSize(obstacle) ? [index] : []));
  validateOverlaps({ ...plan, booths }, validBooths, validObstacles, problems);
  validateEntrances({ ...plan, booths }, hallValid, problems);
  return problems;
};
