import { z } from "zod";
import { zLocalizedText } from "../common";
import { ZTradeJurisdiction, ZTradeYear } from "../trade/flows";

export const ZOpportunitiesQuery = z
  .object({ a: ZTradeJurisdiction, b: ZTradeJurisdiction, year: ZTradeYear.optional() })
  .refine((q) => q.a !== q.b, { message: "Choose two different jurisdictions", path: ["b"] });

export const ZOpportunityKind = z.enum(["process-inputs", "capacity-meets-demand", "missing-stage"]);

const ZCandidate = z.object({ id: z.string(), name: zLocalizedText(300), country: z.string(), region: z.string().nullable() });
const ZNamed = z.object({ id: z.string(), name: zLocalizedText(200) });

/** One side's figures at a stage, in the year shown. */
export const ZStageFigures = z.object({
  exports: z.number(),
  imports: z.number(),
  rca: z.number().nullable(),
  makers: z.number().int(),
  offers: z.number().int(),
  requests: z.number().int(),
});

export const ZOpportunity = z.object({
  /** Stable across requests for the same pair: kind, chain, stage and producer side. */
  id: z.string(),
  kind: ZOpportunityKind,
  chain: ZNamed,
  stage: ZNamed.extend({ hs: z.array(z.string()) }),
  inputStage: ZNamed.nullable(),
  producer: z.enum(["a", "b"]),
  marketUsd: z.number(),
  supplyUsd: z.number(),
  untappedUsd: z.number().nullable(),
  score: z.number(),
  figures: z.object({
    a: z.object({ stage: ZStageFigures, input: ZStageFigures.nullable() }),
    b: z.object({ stage: ZStageFigures, input: ZStageFigures.nullable() }),
  }),
  candidates: z.object({ a: z.array(ZCandidate), b: z.array(ZCandidate) }),
});

/** The trade figures' source; null when no dataset holds both (then only companies count). */
const ZTradeSource = z.object({ dataset: z.string(), year: z.number().int(), synthetic: z.boolean() }).nullable();

export const ZOpportunities = z.object({ a: z.string(), b: z.string(), trade: ZTradeSource, items: z.array(ZOpportunity) });

/** Both sides' figures at every stage of every chain. */
export const ZChainCoverage = z.object({
  a: z.string(),
  b: z.string(),
  trade: ZTradeSource,
  stages: z.array(z.object({ chain: z.string(), stage: z.string(), a: ZStageFigures, b: ZStageFigures })),
});

export type TOpportunity = z.infer<typeof ZOpportunity>;
export type TOpportunities = z.infer<typeof ZOpportunities>;
export type TStageFigures = z.infer<typeof ZStageFigures>;
export type TChainCoverage = z.infer<typeof ZChainCoverage>;

/** An opportunity someone saved: the pair and the opportunity's id ("kind:chain:stage:side"). */
export const ZSavedOpportunityInput = z
  .object({ a: ZTradeJurisdiction, b: ZTradeJurisdiction, id: z.string().regex(/^[a-z-]+:[a-z-]+:[a-z0-9-]+:[ab]$/, "Not an opportunity id") })
  .strict();
export const ZSavedOpportunities = z.object({ items: z.array(z.object({ a: z.string(), b: z.string(), id: z.string(), savedAt: z.string() })) });
export type TSavedOpportunities = z.infer<typeof ZSavedOpportunities>;
