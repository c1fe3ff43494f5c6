import { normalizeHsCode } from "./hs-codes";
import type { ValueChain } from "./types";

export type StageInfo = { chainId: string; stageId: string; inputs: number[] };

/** Every stage of every chain numbered once, and which stages an HS code belongs to. */
export type StageCatalogue = {
  stages: StageInfo[];
  /** Stages whose HS codes cover `code`; empty for chapters, which are too broad to place. */
  stagesOfCode(code: string): readonly number[];
};

const NONE: readonly number[] = [];

function addTo(map: Map<string, number[]>, key: string, stage: number) {
  const list = map.get(key);
  if (!list) map.set(key, [stage]);
  else if (!list.includes(stage)) list.push(stage);
}

export function buildStageCatalogue(chains: readonly ValueChain[]): StageCatalogue {
  const stages: StageInfo[] = [];
  const byCode = new Map<string, number[]>();
  // A 4-digit product code sits in a stage that lists one of its subheadings.
  const byHeadingOfSubheading = new Map<string, number[]>();
  for (const chain of chains) {
    const numberOf = new Map<string, number>();
    for (const stage of chain.stages) {
      const number = stages.length;
      numberOf.set(stage.id, number);
      const inputs = stage.inputs.map((id) => numberOf.get(id)).filter((n): n is number => n !== undefined);
      stages.push({ chainId: chain.id, stageId: stage.id, inputs });
      for (const raw of stage.hs) {
        const code = normalizeHsCode(raw);
        if (!code || code.length < 4) continue;
        addTo(byCode, code, number);
        if (code.length === 6) addTo(byHeadingOfSubheading, code.slice(0, 4), number);
      }
    }
  }
  const cache = new Map<string, readonly number[]>();
  const stagesOfCode = (code: string): readonly number[] => {
    if (code.length < 4) return NONE;
    const cached = cache.get(code);
    if (cached) return cached;
    const found =
      code.length === 6
        ? [...(byCode.get(code) ?? NONE), ...(byCode.get(code.slice(0, 4)) ?? NONE)]
        : [...(byCode.get(code) ?? NONE), ...(byHeadingOfSubheading.get(code) ?? NONE)];
    const result = [...new Set(found)].sort((a, b) => a - b);
    cache.set(code, result);
    return result;
  };
  return { stages, stagesOfCode };
}
