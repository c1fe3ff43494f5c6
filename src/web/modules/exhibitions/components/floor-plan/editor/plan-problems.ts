import type { PlanProblem } from "../../../../../../engines/floor-plan";
import { ApiError } from "../../../../../api/client";
import type { DraftBooth } from "./draft";
import { boothIndexIn, boothNumbersIn } from "./problem-text";

/** The server's refusal as plan problems with their field paths ("booths[3].x"). */
export function serverProblems(error: unknown): PlanProblem[] {
  if (!(error instanceof ApiError)) return [];
  return error.errors.map((e) => ({ path: e.field.replace(/^body\./, ""), message: e.message }));
}

/** Keys of the booths the problems are about: by index in the path and by number in the words. */
export function problemBoothKeys(problems: PlanProblem[], booths: DraftBooth[]): Set<string> {
  const keys = new Set<string>();
  const byNumber = new Map(booths.map((b) => [b.number, b.key]));
  for (const problem of problems) {
    const index = boothIndexIn(problem.path);
    if (index !== null && booths[index]) keys.add(booths[index].key);
    for (const number of boothNumbersIn(problem)) {
      const key = byNumber.get(number);
      if (key) keys.add(key);
    }
  }
  return keys;
}

/** Field messages of one booth ("booths[3].price" → { price }), for its form. */
export function boothFieldErrors(problems: PlanProblem[], index: number): Record<string, string> {
  const errors: Record<string, string> = {};
  for (const problem of problems) {
    const match = /^booths[[.](\d+)\]?\.(\w+)$/.exec(problem.path);
    if (match && Number(match[1]) === index && !errors[match[2]]) errors[match[2]] = problem.message;
  }
  return errors;
}

/** Messages about the hall itself ("width", "entrances[0]" → entrances). */
export function hallFieldErrors(problems: PlanProblem[]): Record<string, string> {
  const errors: Record<string, string> = {};
  for (const problem of problems) {
    const field = /^(width|height|entrances)/.exec(problem.path)?.[1];
    if (field && !errors[field]) errors[field] = problem.message;
  }
  return errors;
}
