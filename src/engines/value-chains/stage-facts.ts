import type { ChainStage, ValuesByProduct } from "./types";

/** Whether a six-digit code falls under one of a stage's codes (chapters, headings or subheadings). */
export function stageIncludes(stage: Pick<ChainStage, "hs">, code: string): boolean {
  return stage.hs.some((prefix) => code.startsWith(prefix));
}

/** The sum of values whose codes fall under the stage. */
export function stageValue(stage: Pick<ChainStage, "hs">, values: ValuesByProduct): number {
  let sum = 0;
  for (const [code, value] of values) if (value > 0 && stageIncludes(stage, code)) sum += value;
  return sum;
}

/**
 * Balassa's revealed comparative advantage of a whole stage: its share in the side's exports over
 * its share in world exports. Null when the world sells none of it or the side exports nothing.
 */
export function stageRca(sideStage: number, sideTotal: number, worldStage: number, worldTotal: number): number | null {
  if (sideTotal <= 0 || worldStage <= 0 || worldTotal <= 0) return null;
  return sideStage / sideTotal / (worldStage / worldTotal);
}

/** Every stage that feeds `stageId`, directly or through other stages, nearest first. */
export function upstreamOf(stages: readonly ChainStage[], stageId: string): string[] {
  const byId = new Map(stages.map((stage) => [stage.id, stage]));
  const seen: string[] = [];
  let frontier = [...(byId.get(stageId)?.inputs ?? [])];
  while (frontier.length > 0) {
    const next: string[] = [];
    for (const id of frontier) {
      if (seen.includes(id) || id === stageId) continue;
      seen.push(id);
      next.push(...(byId.get(id)?.inputs ?? []));
    }
    frontier = next;
  }
  return seen;
}
