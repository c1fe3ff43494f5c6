/**
 * Matchmaking recommendations: who an organisation should meet and why. Pure: no I/O; the caller
 * passes the organisations (with products and profiles) and the value chains of
 * data/value-chains.json. Build the index once per forum, then ask `recommend` per organisation.
 * The scoring formula is documented in score-pair.ts and docs/matching.md.
 */
export { type BuildMatchIndexOptions, buildMatchIndex, type MatchIndex } from "./build-match-index";
export { DISMISSAL_PENALTY } from "./dismissals";
export { normalizeHsCode } from "./hs-codes";
export { INDUSTRIAL_LEXICON, type LexiconEntry } from "./lexicon";
export { explainReason, type HsNamer } from "./reasons";
export { recommend } from "./recommend";
export { MATCH_WEIGHTS, type PairScore, type ScorePairOptions, scorePair } from "./score-pair";
export type {
  CodeSource,
  HsLevel,
  LocalizedText,
  MatchOrganization,
  MatchProduct,
  MatchProfile,
  MatchReason,
  ProfileKind,
  Recommendation,
  RecommendOptions,
  TradeDirection,
  ValueChain,
  ValueChainStage,
} from "./types";
export { validateValueChains } from "./validate-value-chains";
