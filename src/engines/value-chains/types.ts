// The value-chain engine's vocabulary: chains of stages (raw material → intermediate → finished
// product), each stage a set of HS codes, and what each of two jurisdictions has at every stage.

export type ChainStage = { id: string; hs: readonly string[]; inputs: readonly string[] };
export type Chain = { id: string; stages: readonly ChainStage[] };

/** Values by six-digit HS code (USD), for one side and one year. */
export type ValuesByProduct = ReadonlyMap<string, number>;

/** What one jurisdiction has at one stage. Companies are ids; the caller names them. */
export type StageFacts = {
  exports: number;
  imports: number;
  /** Revealed comparative advantage of the stage as a whole; null without world figures. */
  rca: number | null;
  /** Companies with catalogue products at the stage. */
  makers: readonly string[];
  /** Companies publishing offers, and requests, at the stage. */
  offers: readonly string[];
  requests: readonly string[];
};

/** Facts per stage id ("chain/stage") for one side. */
export type SideFacts = ReadonlyMap<string, StageFacts>;

export type Side = "a" | "b";

export type OpportunityKind =
  /** One side sells a raw or intermediate stage abroad that the other buys in processed form. */
  | "process-inputs"
  /** Neither side has a stage, though one of them has its inputs and both import it. */
  | "missing-stage"
  /** One side's companies make the stage, the other side's companies ask for it or import it. */
  | "capacity-meets-demand";

export type Opportunity = {
  kind: OpportunityKind;
  chain: string;
  /** The stage the joint enterprise would make. */
  stage: string;
  /** For "process-inputs" and "missing-stage": the input stage it would start from. */
  inputStage: string | null;
  /** The side where production would be (the one with the inputs or the capacity). */
  producer: Side;
  /** What the other side (or both, for a missing stage) imports of the stage, USD. */
  marketUsd: number;
  /** What the producer side exports of the input stage (or of the stage), USD. */
  supplyUsd: number;
  /** The trade module's untapped export potential for the stage, producer → other side, when known. */
  untappedUsd: number | null;
  candidates: Record<Side, string[]>;
  score: number;
};
