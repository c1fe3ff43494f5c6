import type { MatchIndex } from "./build-match-index";
import { hsLevelRank } from "./hs-codes";
import { type CodeRef, countShared, type OrgFeatures, type StageRef, type TargetRef } from "./org-features";
import { cosineOf } from "./text-similarity";

/** The measurable facts about one pair, "you" asking about "them"; scored by `scoreSignals`. */
export type PairSignals = {
  /** 0 none, 1 chapter, 2 heading, 3 subheading: they supply what you request. */
  theySupply: number;
  /** The same, for what they request and you supply. */
  youSupply: number;
  /** The same, where a partnership proposal on either side meets any code of the other. */
  partnership: number;
  chainTheySupply: boolean;
  chainYouSupply: boolean;
  /** 2·shared / (yours + theirs). */
  sectorDice: number;
  textCosine: number;
  sharedLanguage: boolean;
  theyTargetYou: boolean;
  youTargetThem: boolean;
  crossBorder: boolean;
  /** 0–0.5, from the user's dismissals. */
  demotion: number;
};

type CodePair = { their: CodeRef; your: CodeRef; rank: number };
/** The code pairs and stages behind the signals, for the reasons shown to people. */
export type PairEvidence = {
  theySupply?: CodePair;
  youSupply?: CodePair;
  partnership?: CodePair;
  chainTheySupply?: { their: StageRef; your: StageRef };
  chainYouSupply?: { their: StageRef; your: StageRef };
  sharedSectors: number[];
  sharedLanguages: number[];
  theyTargetYou?: TargetRef;
  youTargetThem?: TargetRef;
};

/** The best-ranked pair of codes; the first found wins a tie, so the result is stable. */
function bestCodePair(theirs: readonly CodeRef[], yours: readonly CodeRef[], best?: CodePair): CodePair | undefined {
  let found = best;
  for (const their of theirs) {
    for (const your of yours) {
      const rank = hsLevelRank(their.code, your.code);
      if (rank > (found?.rank ?? 0)) found = { their, your, rank };
    }
  }
  return found;
}

/** A stage `supplier` works at whose output a stage of `user` consumes. */
function chainLink(index: MatchIndex, supplier: OrgFeatures, user: OrgFeatures): { supplied: StageRef; using: StageRef } | undefined {
  for (const supplied of supplier.produced) {
    if (!user.consumedStages.includes(supplied.stage)) continue;
    const using = user.produced.find((p) => index.stages.stages[p.stage].inputs.includes(supplied.stage));
    if (using) return { supplied, using };
  }
  return undefined;
}

/** The first of `targets` aimed at the organisation's region or country. */
export function targetHit(targets: readonly TargetRef[], org: OrgFeatures): TargetRef | undefined {
  return targets.find((t) => t.market === org.country || (org.region !== null && t.market === org.region));
}

/** 2·shared / (yours + theirs): 1 for the same sectors, 0 for none in common. */
export function sectorDiceOf(shared: number, yourCount: number, theirCount: number): number {
  const total = yourCount + theirCount;
  return total === 0 ? 0 : (2 * shared) / total;
}

function sharedValues(a: readonly number[], b: readonly number[]): number[] {
  return a.filter((value) => b.includes(value));
}

export function comparePair(index: MatchIndex, me: OrgFeatures, them: OrgFeatures, demotion: number): { signals: PairSignals; evidence: PairEvidence } {
  const theySupply = bestCodePair(them.supply, me.demand);
  const youSupply = bestCodePair(them.demand, me.supply);
  const partnership = bestCodePair(them.any, me.partner, bestCodePair(them.partner, me.any));
  const theirChain = chainLink(index, them, me);
  const yourChain = chainLink(index, me, them);
  const theyTargetYou = targetHit(them.targets, me);
  const youTargetThem = targetHit(me.targets, them);
  const sharedSectors = sharedValues(me.sectorIds, them.sectorIds);
  const sharedLanguages = sharedValues(me.languageIds, them.languageIds);
  const signals: PairSignals = {
    theySupply: theySupply?.rank ?? 0,
    youSupply: youSupply?.rank ?? 0,
    partnership: partnership?.rank ?? 0,
    chainTheySupply: theirChain !== undefined,
    chainYouSupply: yourChain !== undefined,
    sectorDice: sectorDiceOf(countShared(me.sectorIds, them.sectorIds), me.sectorIds.length, them.sectorIds.length),
    textCosine: cosineOf(me.text, them.text),
    sharedLanguage: sharedLanguages.length > 0,
    theyTargetYou: theyTargetYou !== undefined,
    youTargetThem: youTargetThem !== undefined,
    crossBorder: me.country !== them.country,
    demotion,
  };
  const evidence: PairEvidence = {
    theySupply,
    youSupply,
    partnership,
    chainTheySupply: theirChain && { their: theirChain.supplied, your: theirChain.using },
    chainYouSupply: yourChain && { their: yourChain.using, your: yourChain.supplied },
    sharedSectors,
    sharedLanguages,
    theyTargetYou,
    youTargetThem,
  };
  return { signals, evidence };
}
