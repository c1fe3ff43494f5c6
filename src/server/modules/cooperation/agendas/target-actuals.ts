import type { TargetRow } from "./agenda.repository";

/** Joint ventures count as created once they reach an agreement (and still when operating). */
const CREATED_STAGES = new Set(["agreement", "operating"]);

type Sources = {
  turnover: { dataset: string; years: Map<number, number> } | null;
  linked: { id: string; kind: string; stage: string; createdAt: Date }[];
};

/**
 * A target's actual and where it comes from: turnover from the trade dataset for that year,
 * joint enterprises from the joint ventures linked to the agenda's commitments that reached an
 * agreement by that year, scholarships as the keepers enter them.
 */
export function targetActual(target: Pick<TargetRow, "kind" | "year" | "actual">, sources: Sources): { actual: number | null; actualSource: string | null } {
  if (target.kind === "turnover_usd") {
    const value = sources.turnover?.years.get(target.year);
    return value === undefined ? { actual: null, actualSource: null } : { actual: value, actualSource: sources.turnover?.dataset ?? null };
  }
  if (target.kind === "joint_enterprises") {
    const ventures = new Set(
      sources.linked.filter((d) => d.kind === "joint_venture" && CREATED_STAGES.has(d.stage) && d.createdAt.getUTCFullYear() <= target.year).map((d) => d.id),
    );
    return { actual: ventures.size, actualSource: "deals" };
  }
  return { actual: target.actual, actualSource: target.actual === null ? null : "keepers" };
}
