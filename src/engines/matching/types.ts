/** Text in one or more languages, keyed by ISO 639-1 code ({ en, ru, tg, ky } in practice). */
export type LocalizedText = Partial<Record<string, string>>;

export type MatchProduct = {
  id: string;
  /** HS 2022 code of 2, 4 or 6 digits; longer national codes are cut to 6. */
  hsCode: string;
  name: LocalizedText;
  description?: LocalizedText;
};

export type ProfileKind = "offer" | "request" | "partnership";

/** A cooperation profile as the engine needs it; quantities, certificates and dates do not change the score. */
export type MatchProfile = {
  id: string;
  kind: ProfileKind;
  hsCodes: readonly string[];
  /** Countries (TJ) or regions (RU-TA) the profile is aimed at. */
  targetMarkets?: readonly string[];
  /** Languages the talks can be held in, on top of the organisation's. */
  languages?: readonly string[];
  title?: LocalizedText;
  description?: LocalizedText;
};

export type MatchOrganization = {
  id: string;
  /** ISO 3166-1 alpha-2. */
  country: string;
  /** ISO 3166-2, e.g. RU-TA. */
  region?: string | null;
  /** Codes from data/sectors.json. */
  sectors: readonly string[];
  /** ISO 639-1 codes. */
  languages: readonly string[];
  description?: LocalizedText;
  products: readonly MatchProduct[];
  profiles: readonly MatchProfile[];
};

export type ValueChainStage = { id: string; name: LocalizedText; hs: readonly string[]; inputs: readonly string[] };
export type ValueChain = { id: string; name: LocalizedText; stages: readonly ValueChainStage[]; source?: string };

export type HsLevel = "subheading" | "heading" | "chapter";
export type TradeDirection = "they-supply" | "you-supply";
/** What a code on either side came from, so the web can link the profile or product. */
export type CodeSource = { type: "profile" | "product"; id: string };

/**
 * Why a counterpart is suggested: structured so the web can translate it. `contribution` is the
 * share of the final score this reason brought (all contributions add up to the score).
 */
export type MatchReason =
  | {
      kind: "hs-match";
      level: HsLevel;
      direction: TradeDirection;
      theirCode: string;
      yourCode: string;
      theirSource: CodeSource;
      yourSource: CodeSource;
      contribution: number;
    }
  | {
      kind: "partnership";
      level: HsLevel;
      theirCode: string;
      yourCode: string;
      theirSource: CodeSource;
      yourSource: CodeSource;
      contribution: number;
    }
  | {
      kind: "value-chain";
      direction: TradeDirection;
      chainId: string;
      fromStageId: string;
      toStageId: string;
      theirCode: string;
      yourCode: string;
      theirSource: CodeSource;
      yourSource: CodeSource;
      contribution: number;
    }
  | { kind: "sector"; sectors: string[]; contribution: number }
  | { kind: "text"; score: number; sharedTerms: string[]; contribution: number }
  | { kind: "language"; languages: string[]; contribution: number }
  | {
      kind: "target-market";
      direction: "they-target-you" | "you-target-them";
      market: string;
      profileId: string;
      profileKind: ProfileKind;
      contribution: number;
    }
  | { kind: "cross-border"; theirCountry: string; contribution: number };

export type Recommendation = {
  organizationId: string;
  score: number;
  /** Highest contribution first. */
  reasons: MatchReason[];
  /** The counterpart's profiles named by the reasons, best first. */
  profileIds: string[];
  /** The asking organisation's own profiles named by the reasons, best first. */
  yourProfileIds: string[];
  /** Fraction (0–0.5) taken off because similar organisations were dismissed. */
  demotion: number;
};

export type RecommendOptions = {
  /** 20 by default. */
  limit?: number;
  /** Organisations this user dismissed: never recommended, and similar ones are demoted. */
  dismissed?: Iterable<string>;
  /** 0–1 (the forum's setting): a pair from two countries scores (1 + weight) times as much. 0 by default. */
  crossBorderWeight?: number;
  /**
   * Only these organisations may be recommended, e.g. one forum's participants. Reuse the same
   * set for a whole forum (its lookup is cached per set) and do not change it meanwhile.
   */
  candidates?: ReadonlySet<string>;
};
