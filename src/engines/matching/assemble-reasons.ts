import type { MatchIndex } from "./build-match-index";
import { HS_LEVELS } from "./hs-codes";
import type { OrgFeatures } from "./org-features";
import type { PairEvidence, PairSignals } from "./pair-signals";
import { PART } from "./score-parts";
import { readableTerm, topSharedTerms } from "./text-similarity";
import type { HsLevel, MatchReason } from "./types";

const SHARED_TERMS_SHOWN = 5;
const round3 = (value: number) => Math.round(value * 1000) / 1000;

type Ranked = { part: number; reason: MatchReason };

/** Turns a scored pair's evidence into reasons, highest contribution first, and the profiles they name. */
export function assembleReasons(
  index: MatchIndex,
  me: OrgFeatures,
  them: OrgFeatures,
  signals: PairSignals,
  evidence: PairEvidence,
  parts: Float64Array,
): { reasons: MatchReason[]; profileIds: string[]; yourProfileIds: string[] } {
  const ranked: Ranked[] = [];
  const add = (part: number, reason: MatchReason) => {
    if (parts[part] > 0) ranked.push({ part, reason });
  };
  const contribution = (part: number) => round3(parts[part]);
  const level = (rank: number) => HS_LEVELS[rank] as HsLevel;

  for (const [part, pair, direction] of [
    [PART.theySupply, evidence.theySupply, "they-supply"],
    [PART.youSupply, evidence.youSupply, "you-supply"],
  ] as const) {
    if (!pair) continue;
    add(part, {
      kind: "hs-match",
      level: level(pair.rank),
      direction,
      theirCode: pair.their.code,
      yourCode: pair.your.code,
      theirSource: pair.their.source,
      yourSource: pair.your.source,
      contribution: contribution(part),
    });
  }
  for (const [part, link, direction] of [
    [PART.chainTheySupply, evidence.chainTheySupply, "they-supply"],
    [PART.chainYouSupply, evidence.chainYouSupply, "you-supply"],
  ] as const) {
    if (!link) continue;
    const [from, to] = direction === "they-supply" ? [link.their, link.your] : [link.your, link.their];
    add(part, {
      kind: "value-chain",
      direction,
      chainId: index.stages.stages[from.stage].chainId,
      fromStageId: index.stages.stages[from.stage].stageId,
      toStageId: index.stages.stages[to.stage].stageId,
      theirCode: link.their.ref.code,
      yourCode: link.your.ref.code,
      theirSource: link.their.ref.source,
      yourSource: link.your.ref.source,
      contribution: contribution(part),
    });
  }
  const partnership = evidence.partnership;
  if (partnership) {
    add(PART.partnership, {
      kind: "partnership",
      level: level(partnership.rank),
      theirCode: partnership.their.code,
      yourCode: partnership.your.code,
      theirSource: partnership.their.source,
      yourSource: partnership.your.source,
      contribution: contribution(PART.partnership),
    });
  }
  // Only lexicon concepts are shown: a bare word prefix ("rav" of "raw") helps the score but reads as noise.
  const sharedTerms = topSharedTerms(me.text, them.text, SHARED_TERMS_SHOWN)
    .map((term) => index.terms[term])
    .filter((term) => term.startsWith("c:"))
    .map(readableTerm);
  add(PART.text, { kind: "text", score: round3(signals.textCosine), sharedTerms, contribution: contribution(PART.text) });
  add(PART.sector, { kind: "sector", sectors: evidence.sharedSectors.map((id) => index.sectorCodes[id]), contribution: contribution(PART.sector) });
  for (const [part, target, direction] of [
    [PART.theyTargetYou, evidence.theyTargetYou, "they-target-you"],
    [PART.youTargetThem, evidence.youTargetThem, "you-target-them"],
  ] as const) {
    if (!target) continue;
    add(part, {
      kind: "target-market",
      direction,
      market: target.market,
      profileId: target.profileId,
      profileKind: target.profileKind,
      contribution: contribution(part),
    });
  }
  add(PART.language, { kind: "language", languages: evidence.sharedLanguages.map((id) => index.languageCodes[id]), contribution: contribution(PART.language) });
  add(PART.crossBorder, { kind: "cross-border", theirCountry: them.country, contribution: contribution(PART.crossBorder) });

  // Highest contribution first; on a tie, the fixed order of PART.
  ranked.sort((a, b) => parts[b.part] - parts[a.part] || a.part - b.part);
  const reasons = ranked.map((r) => r.reason);
  return { reasons, ...profilesNamed(reasons) };
}

function profilesNamed(reasons: readonly MatchReason[]): { profileIds: string[]; yourProfileIds: string[] } {
  const theirs = new Set<string>();
  const yours = new Set<string>();
  for (const reason of reasons) {
    if (reason.kind === "hs-match" || reason.kind === "value-chain" || reason.kind === "partnership") {
      if (reason.theirSource.type === "profile") theirs.add(reason.theirSource.id);
      if (reason.yourSource.type === "profile") yours.add(reason.yourSource.id);
    } else if (reason.kind === "target-market") {
      (reason.direction === "they-target-you" ? theirs : yours).add(reason.profileId);
    }
  }
  return { profileIds: [...theirs], yourProfileIds: [...yours] };
}
