import { locateJsonError } from "./locate-json-error";
import { readPlanObject } from "./read-plan-object";
import type { PlanImport } from "./types";
import { validateHallPlan } from "./validate-hall-plan";

// The same ceiling as SVG: a 2,000-booth plan is about 300 kB of JSON.
const MAX_JSON_CHARACTERS = 2 * 1024 * 1024;

/**
 * Reads our JSON import format. All-or-nothing: `plan` is returned only when there is no
 * problem at all, so a half-read plan can never be saved.
 */
export const parsePlanJson = (text: string): PlanImport => {
  if (text.length > MAX_JSON_CHARACTERS) return { plan: null, problems: [{ path: "", message: "The plan file is larger than 2 MB" }] };
  // Windows editors save UTF-8 with a byte-order mark, which JSON.parse rejects.
  const json = text.replace(/^\uFEFF/, "");
  let parsed: unknown;
  try {
    parsed = JSON.parse(json);
  } catch {
    const location = locateJsonError(json);
    const message = location ? `Not valid JSON: expected ${location.expected} at line ${location.line}, column ${location.column}` : "Not valid JSON";
    return { plan: null, problems: [{ path: "", message }] };
  }
  const read = readPlanObject(parsed);
  if (!read.plan) return read;
  const problems = validateHallPlan(read.plan);
  return { plan: problems.length === 0 ? read.plan : null, problems };
};
