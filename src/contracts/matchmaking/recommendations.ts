import { z } from "zod";
import { ZId } from "../common";
import { ZParticipant } from "./participants";
import { ZProfile } from "./profiles";

/** Why a counterpart is suggested; the web turns each into a sentence in the reader's language. */
export const ZMatchReason = z.discriminatedUnion("kind", [
  z.object({
    kind: z.literal("hs-match"),
    level: z.enum(["subheading", "heading", "chapter"]),
    direction: z.enum(["they-supply", "you-supply"]),
    theirCode: z.string(),
    yourCode: z.string(),
  }),
  /** A partnership proposal on one side names goods related to the other side's (same HS level). */
  z.object({
    kind: z.literal("partnership"),
    level: z.enum(["subheading", "heading", "chapter"]),
    theirCode: z.string(),
    yourCode: z.string(),
  }),
  z.object({
    kind: z.literal("value-chain"),
    direction: z.enum(["they-supply", "you-supply"]),
    chainId: z.string(),
    fromStageId: z.string(),
    toStageId: z.string(),
    theirCode: z.string(),
    yourCode: z.string(),
  }),
  z.object({ kind: z.literal("cross-border"), theirCountry: z.string() }),
  z.object({ kind: z.literal("target-market"), direction: z.enum(["they-target-you", "you-target-them"]), market: z.string() }),
  z.object({ kind: z.literal("sector"), sectors: z.array(z.string()) }),
  z.object({ kind: z.literal("language"), languages: z.array(z.string()) }),
  z.object({ kind: z.literal("text"), sharedTerms: z.array(z.string()) }),
]);
export type TMatchReason = z.infer<typeof ZMatchReason>;

export const ZRecommendation = z.object({
  participant: ZParticipant,
  score: z.number(),
  reasons: z.array(ZMatchReason),
  profiles: z.array(ZProfile),
  /** The viewer's organisation has already asked this one for a meeting (or been asked). */
  requestStatus: z.string().nullable(),
});
export type TRecommendation = z.infer<typeof ZRecommendation>;
export const ZRecommendationList = z.object({ items: z.array(ZRecommendation) });
export const ZRecommendationQuery = z.object({ organization: ZId, limit: z.coerce.number().int().min(1).max(50).default(20) });
export const ZDismissalInput = z.object({ organizationId: ZId, dismissedOrganizationId: ZId }).strict();
