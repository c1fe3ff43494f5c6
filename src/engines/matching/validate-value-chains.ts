import type { ValueChain } from "./types";

const NAME_LANGUAGES = ["en", "ru", "tg", "ky"] as const;

/**
 * Problems in a value-chain list, one sentence each naming the chain and stage; empty when the
 * list is sound. `knownHsCodes` holds the HS 2022 headings and subheadings (from data/hs), so a
 * mistyped or retired code is caught before it silently matches nothing.
 */
export function validateValueChains(chains: readonly ValueChain[], knownHsCodes: ReadonlySet<string>): string[] {
  const problems: string[] = [];
  const chainIds = new Set<string>();
  for (const chain of chains) {
    if (chainIds.has(chain.id)) problems.push(`chain ${chain.id}: the id is used twice`);
    chainIds.add(chain.id);
    for (const lang of NAME_LANGUAGES) if (!chain.name[lang]?.trim()) problems.push(`chain ${chain.id}: no ${lang} name`);
    if (chain.stages.length === 0) problems.push(`chain ${chain.id}: no stages`);
    const earlier = new Set<string>();
    const all = new Set(chain.stages.map((stage) => stage.id));
    for (const stage of chain.stages) {
      const where = `chain ${chain.id}, stage ${stage.id}`;
      if (earlier.has(stage.id)) problems.push(`${where}: the id is used twice`);
      for (const lang of NAME_LANGUAGES) if (!stage.name[lang]?.trim()) problems.push(`${where}: no ${lang} name`);
      if (stage.hs.length === 0) problems.push(`${where}: no HS codes`);
      for (const code of stage.hs) {
        if (!/^(\d{4}|\d{6})$/.test(code)) problems.push(`${where}: HS code "${code}" should have 4 or 6 digits`);
        else if (!knownHsCodes.has(code)) problems.push(`${where}: HS code ${code} is not in HS 2022`);
      }
      for (const input of stage.inputs) {
        if (!all.has(input)) problems.push(`${where}: input ${input} is not a stage of this chain`);
        // Stages are listed in order, so an input must come first; this also rules out cycles.
        else if (!earlier.has(input)) problems.push(`${where}: input ${input} must be listed before the stage that uses it`);
      }
      earlier.add(stage.id);
    }
  }
  return problems;
}
