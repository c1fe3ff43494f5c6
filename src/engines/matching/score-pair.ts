/**
 * How a pair of organisations is scored ("you" ask, "they" are the candidate). Deterministic: the
 * same directory, options and dismissals always give the same number. Points:
 *
 *   trade        40 × L   they supply what you request (their offers and products against your requests)
 *                40 × L   they request what you supply
 *                         L = 1 same 6-digit subheading, 0.6 same 4-digit heading, 0.25 same 2-digit chapter
 *                         (the level is the longest prefix both codes share; the best pair counts)
 *   partnership  25 × L   a partnership proposal on one side meets any HS code of the other
 *   value chain  30       they work at a stage whose output one of your stages consumes
 *                30       and the other way round (e.g. raw silk 5002 → silk weaving 5007)
 *   sector       10 × 2·shared / (your sectors + their sectors)
 *   text         20 × cosine of the TF-IDF term vectors, counted from a cosine of 0.1 up (words folded
 *                         across scripts and mapped through the lexicon: text-similarity.ts; words a
 *                         quarter of a large directory uses are ignored: COMMON_TERM in build-match-index.ts)
 *   language      6       you share at least one language
 *   target        8       a profile of theirs targets your country or region
 *                 8       a profile of yours targets their country or region
 *
 *   relevance = trade + partnership + value chain + sector + text
 *   score     = (relevance + language + target) × (1 + crossBorderWeight if the countries differ)
 *               × (1 − demotion from dismissals, 0 to 0.5; see dismissals.ts), rounded to 6 decimals
 *
 * A pair with no relevance gets no score at all: sharing a language, a market or a border alone
 * is not a reason to meet. Each reason's contribution is its points times the same factors, so
 * the contributions add up to the score. Ties are broken by organisation id in `recommend`.
 */
import { assembleReasons } from "./assemble-reasons";
import type { MatchIndex } from "./build-match-index";
import { buildDismissalProfile, demotionOf } from "./dismissals";
import { comparePair, type PairSignals } from "./pair-signals";
import { PART, PART_COUNT } from "./score-parts";
import type { MatchReason } from "./types";

export const MATCH_WEIGHTS = {
  trade: 40,
  partnership: 25,
  valueChain: 30,
  sector: 10,
  text: 20,
  minTextSimilarity: 0.1,
  language: 6,
  targetMarket: 8,
} as const;

/** Factor by level rank: none, chapter, heading, subheading. */
const LEVEL_FACTOR = [0, 0.25, 0.6, 1] as const;

const round6 = (value: number) => Math.round(value * 1e6) / 1e6;

const textPoints = (cosine: number) => (cosine >= MATCH_WEIGHTS.minTextSimilarity ? MATCH_WEIGHTS.text * cosine : 0);

/** Trade, partnership, value-chain, sector and text points: what makes a pair worth meeting at all. */
export function relevanceOf(s: PairSignals): number {
  const trade = MATCH_WEIGHTS.trade * (LEVEL_FACTOR[s.theySupply] + LEVEL_FACTOR[s.youSupply]);
  const chain = MATCH_WEIGHTS.valueChain * (Number(s.chainTheySupply) + Number(s.chainYouSupply));
  return trade + MATCH_WEIGHTS.partnership * LEVEL_FACTOR[s.partnership] + chain + MATCH_WEIGHTS.sector * s.sectorDice + textPoints(s.textCosine);
}

/** The cross-border factor; NaN and negative weights count as 0, the setting only ever favours crossing. */
const crossBorderFactor = (crossBorder: boolean, weight: number) => (crossBorder && weight > 0 ? 1 + weight : 1);

/**
 * The most a pair with this relevance can score, whatever its languages, markets and dismissals:
 * lets `recommend` skip candidates that cannot enter the top list.
 */
export function scoreCeiling(relevance: number, crossBorder: boolean, crossBorderWeight: number): number {
  return (relevance + MATCH_WEIGHTS.language + 2 * MATCH_WEIGHTS.targetMarket) * crossBorderFactor(crossBorder, crossBorderWeight);
}

/**
 * The score of a pair from its signals (0 when nothing relevant is shared). When `parts` is given
 * it receives each signal's contribution, already multiplied by the cross-border and dismissal factors.
 */
export function scoreSignals(s: PairSignals, crossBorderWeight: number, parts?: Float64Array): number {
  const relevance = relevanceOf(s);
  if (relevance <= 0) {
    parts?.fill(0);
    return 0;
  }
  const language = s.sharedLanguage ? MATCH_WEIGHTS.language : 0;
  const theyTargetYou = s.theyTargetYou ? MATCH_WEIGHTS.targetMarket : 0;
  const youTargetThem = s.youTargetThem ? MATCH_WEIGHTS.targetMarket : 0;
  const base = relevance + language + theyTargetYou + youTargetThem;
  const factor = crossBorderFactor(s.crossBorder, crossBorderWeight);
  const keep = 1 - s.demotion;
  if (parts) {
    parts[PART.theySupply] = MATCH_WEIGHTS.trade * LEVEL_FACTOR[s.theySupply] * keep;
    parts[PART.youSupply] = MATCH_WEIGHTS.trade * LEVEL_FACTOR[s.youSupply] * keep;
    parts[PART.partnership] = MATCH_WEIGHTS.partnership * LEVEL_FACTOR[s.partnership] * keep;
    parts[PART.chainTheySupply] = (s.chainTheySupply ? MATCH_WEIGHTS.valueChain : 0) * keep;
    parts[PART.chainYouSupply] = (s.chainYouSupply ? MATCH_WEIGHTS.valueChain : 0) * keep;
    parts[PART.sector] = MATCH_WEIGHTS.sector * s.sectorDice * keep;
    parts[PART.text] = textPoints(s.textCosine) * keep;
    parts[PART.language] = language * keep;
    parts[PART.theyTargetYou] = theyTargetYou * keep;
    parts[PART.youTargetThem] = youTargetThem * keep;
    parts[PART.crossBorder] = base * (factor - 1) * keep;
  }
  return round6(base * factor * keep);
}

export type ScorePairOptions = { crossBorderWeight?: number; dismissed?: Iterable<string> };

export type PairScore = {
  score: number;
  reasons: MatchReason[];
  profileIds: string[];
  yourProfileIds: string[];
  demotion: number;
};

/**
 * The score and reasons of one pair, or null when they share nothing relevant (or either id is
 * unknown). `recommend` ranks with the same formula through its indices.
 */
export function scorePair(index: MatchIndex, yourId: string, theirId: string, options: ScorePairOptions = {}): PairScore | null {
  const yours = index.positionOf.get(yourId);
  const theirs = index.positionOf.get(theirId);
  if (yours === undefined || theirs === undefined || yours === theirs) return null;
  const dismissals = buildDismissalProfile(index, options.dismissed);
  const me = index.organizations[yours];
  const them = index.organizations[theirs];
  const { signals, evidence } = comparePair(index, me, them, demotionOf(dismissals, them));
  const parts = new Float64Array(PART_COUNT);
  const score = scoreSignals(signals, options.crossBorderWeight ?? 0, parts);
  if (score <= 0) return null;
  return { score, demotion: signals.demotion, ...assembleReasons(index, me, them, signals, evidence, parts) };
}
