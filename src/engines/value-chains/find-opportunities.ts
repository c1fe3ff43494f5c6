import { upstreamOf } from "./stage-facts";
import type { Chain, ChainStage, Opportunity, OpportunityKind, Side, SideFacts, StageFacts } from "./types";

export type OpportunityInput = {
  chains: readonly Chain[];
  facts: Record<Side, SideFacts>;
  /** Untapped export potential of a stage ("chain/stage") from the producer to the other side, if estimated. */
  untapped?: (stageKey: string, producer: Side) => number | null;
};

export const stageKey = (chain: string, stage: string) => `${chain}/${stage}`;

const NOTHING: StageFacts = { exports: 0, imports: 0, rca: null, makers: [], offers: [], requests: [] };
const other = (side: Side): Side => (side === "a" ? "b" : "a");
/** A side that exports the stage and is specialised in it (RCA of at least 1). */
const exportsStrongly = (facts: StageFacts) => facts.exports > 0 && (facts.rca ?? 0) >= 1;
const hasCapacity = (facts: StageFacts) => facts.makers.length > 0 || facts.offers.length > 0;
const unique = (...lists: (readonly string[])[]) => [...new Set(lists.flat())];

/** How much each kind adds to the score: turning one side's inputs into the other's imports is the surest case. */
const KIND_BONUS: Record<OpportunityKind, number> = { "process-inputs": 1, "capacity-meets-demand": 0.5, "missing-stage": 0 };

/**
 * The ranking: the order of magnitude of the market (log10 of USD), half a point per named
 * candidate company up to four, the kind's bonus, and a quarter of the order of magnitude of any
 * untapped potential. Deterministic; ties fall to chain, stage and producer side in that order.
 */
export function scoreOpportunity(o: Omit<Opportunity, "score">): number {
  const candidates = Math.min(4, o.candidates.a.length + o.candidates.b.length);
  const untapped = o.untappedUsd && o.untappedUsd > 0 ? 0.25 * Math.log10(1 + o.untappedUsd) : 0;
  return Math.log10(1 + o.marketUsd) + 0.5 * candidates + KIND_BONUS[o.kind] + untapped;
}

/**
 * Where a joint enterprise between two jurisdictions makes sense along the value chains, and why:
 * - process-inputs: one side exports an upstream stage strongly while the other imports a stage
 *   made from it that the first is not specialised in — process it where the input is;
 * - capacity-meets-demand: one side's companies make or offer a stage, the other side's companies
 *   request it or the other side imports it without makers of its own;
 * - missing-stage: neither side makes or exports a stage, both import it, and one has its inputs
 *   (unless the same side's inputs are already proposed for it under the first rule).
 */
export function findOpportunities(input: OpportunityInput): Opportunity[] {
  const found: Opportunity[] = [];
  const factsOf = (side: Side, chain: Chain, stage: string) => input.facts[side].get(stageKey(chain.id, stage)) ?? NOTHING;
  const add = (o: Omit<Opportunity, "score" | "untappedUsd">) => {
    const untappedUsd = input.untapped?.(stageKey(o.chain, o.stage), o.producer) ?? null;
    found.push({ ...o, untappedUsd, score: scoreOpportunity({ ...o, untappedUsd }) });
  };
  for (const chain of input.chains) {
    for (const stage of chain.stages) {
      for (const producer of ["a", "b"] as const) {
        const here = factsOf(producer, chain, stage.id);
        const there = factsOf(other(producer), chain, stage.id);
        const upstream = strongestInput(chain, stage, (id) => factsOf(producer, chain, id));
        if (there.imports > 0 && !exportsStrongly(here) && upstream) {
          add({
            kind: "process-inputs",
            chain: chain.id,
            stage: stage.id,
            inputStage: upstream.id,
            producer,
            marketUsd: there.imports,
            supplyUsd: upstream.facts.exports,
            candidates: {
              [producer]: unique(upstream.facts.makers, upstream.facts.offers, here.makers),
              [other(producer)]: unique(there.requests, there.makers),
            } as Record<Side, string[]>,
          });
        } else if (hasCapacity(here) && (there.requests.length > 0 || (there.imports > 0 && there.makers.length === 0))) {
          add({
            kind: "capacity-meets-demand",
            chain: chain.id,
            stage: stage.id,
            inputStage: null,
            producer,
            marketUsd: there.imports,
            supplyUsd: here.exports,
            candidates: { [producer]: unique(here.makers, here.offers), [other(producer)]: unique(there.requests, there.makers) } as Record<Side, string[]>,
          });
        }
      }
      // A stage already proposed for processing the same side's inputs is not listed again as missing.
      const missing = missingStage(chain, stage, factsOf);
      if (missing && !found.some((o) => o.chain === chain.id && o.stage === stage.id && o.producer === missing.producer)) add(missing);
    }
  }
  return found.sort((x, y) => y.score - x.score || x.chain.localeCompare(y.chain) || x.stage.localeCompare(y.stage) || x.producer.localeCompare(y.producer));
}

/** The upstream stage the side exports most of, among those it exports strongly. */
function strongestInput(chain: Chain, stage: ChainStage, factsOf: (stage: string) => StageFacts) {
  let best: { id: string; facts: StageFacts } | null = null;
  for (const id of upstreamOf(chain.stages, stage.id)) {
    const facts = factsOf(id);
    if (exportsStrongly(facts) && (!best || facts.exports > best.facts.exports)) best = { id, facts };
  }
  return best;
}

function missingStage(chain: Chain, stage: ChainStage, factsOf: (side: Side, chain: Chain, stage: string) => StageFacts) {
  if (stage.inputs.length === 0) return null;
  const [a, b] = [factsOf("a", chain, stage.id), factsOf("b", chain, stage.id)];
  if (exportsStrongly(a) || exportsStrongly(b) || hasCapacity(a) || hasCapacity(b) || a.imports + b.imports <= 0) return null;
  let best: { side: Side; input: string; facts: StageFacts } | null = null;
  for (const input of stage.inputs) {
    for (const side of ["a", "b"] as const) {
      const facts = factsOf(side, chain, input);
      if (!(exportsStrongly(facts) || hasCapacity(facts))) continue;
      if (!best || facts.exports > best.facts.exports) best = { side, input, facts };
    }
  }
  if (!best) return null;
  const producer = best.side;
  return {
    kind: "missing-stage" as const,
    chain: chain.id,
    stage: stage.id,
    inputStage: best.input,
    producer,
    marketUsd: a.imports + b.imports,
    supplyUsd: best.facts.exports,
    candidates: {
      [producer]: unique(best.facts.makers, best.facts.offers),
      [other(producer)]: unique(factsOf(other(producer), chain, stage.id).requests, factsOf(other(producer), chain, best.input).makers),
    } as Record<Side, string[]>,
  };
}
