import { type Accumulators, accumulateCandidates, CHAIN_THEY_SUPPLY, CHAIN_YOU_SUPPLY, releaseCandidates } from "./accumulate-candidates";
import { assembleReasons } from "./assemble-reasons";
import type { MatchIndex } from "./build-match-index";
import { buildDismissalProfile, type DismissalProfile, demotionOf } from "./dismissals";
import { countShared, type OrgFeatures } from "./org-features";
import { comparePair, type PairSignals, sectorDiceOf, targetHit } from "./pair-signals";
import { relevanceOf, scoreCeiling, scoreSignals } from "./score-pair";
import { PART_COUNT } from "./score-parts";
import type { Recommendation, RecommendOptions } from "./types";

const DEFAULT_LIMIT = 20;

/** Keeps the best `limit` (score, id) pairs: higher score first, then the smaller id. */
class TopList {
  readonly scores: number[] = [];
  readonly positions: number[] = [];
  constructor(
    private readonly limit: number,
    private readonly ids: (position: number) => string,
  ) {}
  private before(score: number, position: number, k: number) {
    return score > this.scores[k] || (score === this.scores[k] && this.ids(position) < this.ids(this.positions[k]));
  }
  get full() {
    return this.scores.length >= this.limit;
  }
  get lowest() {
    return this.scores[this.scores.length - 1];
  }
  offer(score: number, position: number) {
    const full = this.scores.length >= this.limit;
    if (full && !this.before(score, position, this.scores.length - 1)) return;
    let k = full ? this.scores.length - 1 : this.scores.length;
    while (k > 0 && this.before(score, position, k - 1)) k--;
    this.scores.splice(k, 0, score);
    this.positions.splice(k, 0, position);
    if (this.scores.length > this.limit) {
      this.scores.pop();
      this.positions.pop();
    }
  }
}

// A forum asks for every participant's list with the same candidate set: its positions are
// marked once per index and set, and marked again if the set's size changes.
const candidateMasks = new WeakMap<ReadonlySet<string>, { index: MatchIndex; size: number; mask: Uint8Array }>();

function maskOf(index: MatchIndex, candidates: ReadonlySet<string>): Uint8Array {
  const cached = candidateMasks.get(candidates);
  if (cached && cached.index === index && cached.size === candidates.size) return cached.mask;
  const mask = new Uint8Array(index.organizations.length);
  for (const id of candidates) {
    const position = index.positionOf.get(id);
    if (position !== undefined) mask[position] = 1;
  }
  candidateMasks.set(candidates, { index, size: candidates.size, mask });
  return mask;
}

type Ranking = { me: OrgFeatures; position: number; weight: number; dismissals: DismissalProfile; candidates?: Uint8Array };

/** Scores every reached organisation that could still enter the list, keeping the best `limit`. */
function rankCandidates(index: MatchIndex, acc: Accumulators, limit: number, { me, position, weight, dismissals, candidates }: Ranking): TopList {
  // Imported bindings are read through accessor functions once transpiled (tsx runs the server);
  // the loop below runs ~10,000 times per query, so it reads them once here.
  const [theySupplyBit, youSupplyBit, relevanceOfPair, ceilingOf, diceOf] = [CHAIN_THEY_SUPPLY, CHAIN_YOU_SUPPLY, relevanceOf, scoreCeiling, sectorDiceOf];
  const top = new TopList(limit, (p) => index.organizations[p].id);
  const signals: PairSignals = {
    theySupply: 0,
    youSupply: 0,
    partnership: 0,
    chainTheySupply: false,
    chainYouSupply: false,
    sectorDice: 0,
    textCosine: 0,
    sharedLanguage: false,
    theyTargetYou: false,
    youTargetThem: false,
    crossBorder: false,
    demotion: 0,
  };
  const myCountry = index.countryIds[position];
  const mySectors = me.sectorIds.length;
  for (let k = 0; k < acc.count; k++) {
    const p = acc.touched[k];
    if (p === position || (candidates !== undefined && candidates[p] === 0)) continue;
    const chain = acc.chain[p];
    signals.theySupply = acc.theySupply[p];
    signals.youSupply = acc.youSupply[p];
    signals.partnership = acc.partnership[p];
    signals.chainTheySupply = (chain & theySupplyBit) !== 0;
    signals.chainYouSupply = (chain & youSupplyBit) !== 0;
    signals.sectorDice = diceOf(acc.sharedSectors[p], mySectors, index.sectorCounts[p]);
    signals.textCosine = acc.text[p];
    signals.crossBorder = index.countryIds[p] !== myCountry;
    const relevance = relevanceOfPair(signals);
    if (relevance <= 0) continue;
    // Most reached organisations share only a sector or a word: skip, without looking at them
    // further, every one whose best possible score cannot enter the list. The margin covers the
    // rounding of scores to 6 decimals, so equal scores still meet the tie-break.
    if (top.full && ceilingOf(relevance, signals.crossBorder, weight) < top.lowest - 1e-6) continue;
    if (dismissals.positions.has(p)) continue;
    const them = index.organizations[p];
    signals.sharedLanguage = countShared(me.languageIds, them.languageIds) > 0;
    signals.theyTargetYou = targetHit(them.targets, me) !== undefined;
    signals.youTargetThem = targetHit(me.targets, them) !== undefined;
    signals.demotion = demotionOf(dismissals, them);
    const score = scoreSignals(signals, weight);
    if (score > 0) top.offer(score, p);
  }
  return top;
}

/**
 * The best counterparts for one organisation, highest score first and, on equal scores, by
 * organisation id. Only organisations that share an HS code, a value-chain stage, a sector or a
 * text term are ever looked at (through the index); dismissed ones are left out and ones like
 * them demoted. Throws when the organisation is not in the index.
 */
export function recommend(index: MatchIndex, organizationId: string, options: RecommendOptions = {}): Recommendation[] {
  const position = index.positionOf.get(organizationId);
  if (position === undefined) throw new Error(`Organisation ${organizationId} is not in the match index`);
  const limit = Math.max(0, Math.floor(options.limit ?? DEFAULT_LIMIT));
  if (limit === 0) return [];
  const weight = options.crossBorderWeight ?? 0;
  const me = index.organizations[position];
  const dismissals = buildDismissalProfile(index, options.dismissed);
  const acc = accumulateCandidates(index, me);
  let top: TopList;
  try {
    const candidates = options.candidates && maskOf(index, options.candidates);
    top = rankCandidates(index, acc, limit, { me, position, weight, dismissals, candidates });
  } finally {
    releaseCandidates(acc);
  }
  // Reasons only for the few kept, through the same pairwise code scorePair uses.
  return top.positions.map((p) => {
    const them = index.organizations[p];
    const pair = comparePair(index, me, them, demotionOf(dismissals, them));
    const parts = new Float64Array(PART_COUNT);
    const score = scoreSignals(pair.signals, weight, parts);
    return { organizationId: them.id, score, demotion: pair.signals.demotion, ...assembleReasons(index, me, them, pair.signals, pair.evidence, parts) };
  });
}
