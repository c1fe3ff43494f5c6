import type { TFunction } from "i18next";
import type { PlanProblem } from "../../../../../../engines/floor-plan";

type Pattern = { re: RegExp; key: string; names: string[] };

// The plan checks word their findings in English; these are the ones an organiser meets, said in
// the interface language. Anything else is shown as written.
const PATTERNS: Pattern[] = [
  { re: /^Booths (.+) and (.+) overlap by ([\d.]+) m × ([\d.]+) m$/, key: "overlap", names: ["a", "b", "width", "height"] },
  { re: /^Booth (.+) overlaps obstacle #(\d+) by ([\d.]+) m × ([\d.]+) m$/, key: "overlapObstacle", names: ["a", "obstacle", "width", "height"] },
  { re: /^Booth (.+) lies outside the hall/, key: "outside", names: ["a"] },
  { re: /^Booth number (.+) is used twice/, key: "duplicate", names: ["a"] },
  { re: /^Booth #(\d+) has no number$/, key: "noNumber", names: ["index"] },
  { re: /^The hall needs at least one entrance$/, key: "noEntrance", names: [] },
  { re: /^Entrance #(\d+) is inside booth (.+)$/, key: "entranceInBooth", names: ["entrance", "a"] },
  { re: /^Entrance #(\d+) .*is outside the hall$/, key: "entranceOutside", names: ["entrance"] },
  { re: /^Not valid JSON: expected .+ at line (\d+), column (\d+)$/, key: "notJsonAt", names: ["line", "column"] },
  { re: /^Not valid JSON$/, key: "notJson", names: [] },
  { re: /^(\w+) is missing$/, key: "missing", names: ["field"] },
  { re: /^(\w+) must be a number, got (.+)$/, key: "notNumber", names: ["field", "value"] },
  { re: /^Booth number (.+) is already used in another hall/, key: "otherHall", names: ["a"] },
  { re: /^Booth (.+) is held by an exhibitor/, key: "held", names: ["a"] },
];

/** A problem of the plan in the reader's language. */
export function problemText(problem: PlanProblem, t: TFunction): string {
  for (const { re, key, names } of PATTERNS) {
    const match = re.exec(problem.message);
    if (!match) continue;
    const values = Object.fromEntries(names.map((name, i) => [name, match[i + 1]]));
    return t(`floorPlan.problems.${key}`, values);
  }
  return problem.message;
}

/** Booth numbers a problem is about, so they can be drawn in red: both booths of an overlap. */
export function boothNumbersIn(problem: PlanProblem): string[] {
  const overlap = /^Booths (.+) and (.+) overlap/.exec(problem.message);
  if (overlap) return [overlap[1], overlap[2]];
  const one = /^Booth (?:number )?(.+?) (?:overlaps|lies|is used|is held|is already)/.exec(problem.message);
  return one ? [one[1]] : [];
}

/** The index in `booths[3].x`, or null when the path is about something else. */
export function boothIndexIn(path: string): number | null {
  const match = /^(?:body\.)?booths\[(\d+)\]/.exec(path) ?? /^(?:body\.)?booths\.(\d+)/.exec(path);
  return match ? Number(match[1]) : null;
}
