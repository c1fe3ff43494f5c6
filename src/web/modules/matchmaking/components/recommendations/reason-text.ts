import type { TLanguage } from "../../../../../contracts/common";
import type { TMatchReason } from "../../../../../contracts/matchmaking";

/** Names of the codes a reason mentions, in the reader's language; each falls back to the code. */
export type ReasonNames = {
  hs: (code: string) => string;
  /** A country (TJ) or a region (RU-TA). */
  market: (code: string) => string;
  sector: (code: string) => string;
  language: (code: string) => string;
  level: (level: "subheading" | "heading" | "chapter") => string;
  list: (items: string[]) => string;
};

/** A translation key under `matchmaking.reasons` and the values it interpolates. */
export type Sentence = { key: string; params: Record<string, string> };

const side = (direction: "they-supply" | "you-supply") => (direction === "they-supply" ? "theySupply" : "youSupply");

/**
 * The sentence that says why a counterpart is suggested. The server sends the reason as data, so
 * each reader gets it in their own language with names rather than codes where we know them.
 */
export function reasonSentence(reason: TMatchReason, names: ReasonNames): Sentence {
  switch (reason.kind) {
    case "hs-match":
      return {
        key: `matchmaking.reasons.hsMatch.${side(reason.direction)}`,
        params: { their: names.hs(reason.theirCode), yours: names.hs(reason.yourCode), level: names.level(reason.level) },
      };
    case "partnership":
      return {
        key: "matchmaking.reasons.partnership",
        params: { their: names.hs(reason.theirCode), yours: names.hs(reason.yourCode), level: names.level(reason.level) },
      };
    case "value-chain":
      return {
        key: `matchmaking.reasons.valueChain.${side(reason.direction)}`,
        params: { their: names.hs(reason.theirCode), yours: names.hs(reason.yourCode) },
      };
    case "cross-border":
      return { key: "matchmaking.reasons.crossBorder", params: { country: names.market(reason.theirCountry) } };
    case "target-market":
      return {
        key: `matchmaking.reasons.targetMarket.${reason.direction === "they-target-you" ? "theyTargetYou" : "youTargetThem"}`,
        params: { market: names.market(reason.market) },
      };
    case "sector":
      return { key: "matchmaking.reasons.sector", params: { sectors: names.list(reason.sectors.map(names.sector)) } };
    case "language":
      return { key: "matchmaking.reasons.language", params: { languages: names.list(reason.languages.map(names.language)) } };
    case "text":
      if (reason.sharedTerms.length === 0) return { key: "matchmaking.reasons.textSimilar", params: {} };
      return { key: "matchmaking.reasons.text", params: { terms: names.list(reason.sharedTerms.map((term) => `«${term}»`)) } };
  }
}

const MAX_HS_NAME = 60;

/**
 * "raw silk (HS 5002)": a short HS name inside a sentence. HS descriptions exist in English only,
 * so other readers get the code alone rather than an English phrase in the middle of their sentence.
 */
export function hsLabel(code: string, description: string | null | undefined, language: TLanguage): string {
  if (language !== "en" || !description) return `HS ${code}`;
  // HS writes "Silk; raw (not thrown)": a comma reads better inside a sentence.
  let name = description.replace(/\s*;\s*/g, ", ").trim();
  if (name.length > MAX_HS_NAME) {
    const cut = name.slice(0, MAX_HS_NAME);
    name = `${cut.slice(0, cut.lastIndexOf(" ") > 20 ? cut.lastIndexOf(" ") : MAX_HS_NAME).replace(/[,\s]+$/, "")}…`;
  }
  // "Raw silk" reads as "raw silk" mid-sentence; "HDPE" stays as it is.
  if (/^[A-Z][a-z]/.test(name)) name = name.charAt(0).toLowerCase() + name.slice(1);
  return `${name} (HS ${code})`;
}

/**
 * How far the bar fills: scores on a 0–1 scale are shown as they are; any other scale relative to
 * the best suggestion in the list.
 */
export function scoreShare(score: number, best: number): number {
  const share = best <= 1 ? score : score / best;
  return Math.min(1, Math.max(0, Number.isFinite(share) ? share : 0));
}
