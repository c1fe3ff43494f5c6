import { z } from "zod";
import { ZCountryCode, ZCurrencyCode, ZHsCode, ZId, ZRegionCode, zLocalizedText, zRequiredLocalizedText, zText } from "../common";
import { ZDate } from "../exhibitions/shared";

/** A deal moves left to right; "dropped" can follow any stage and needs a reason. */
export const DEAL_STAGES = ["lead", "talks", "memorandum", "agreement", "operating", "dropped"] as const;
export const ZDealStage = z.enum(DEAL_STAGES);
export const ZDealKind = z.enum(["sale", "supply_contract", "distribution", "joint_venture"]);

/** A joint enterprise's plan: where, how much a year, what it costs, how many jobs, from when. */
export const ZFacilityPlan = z
  .object({
    location: zText(200).min(1, "Say where the facility will be"),
    jurisdiction: z.union([ZCountryCode, ZRegionCode]).nullable().default(null),
    yearlyCapacity: zText(200).nullable().default(null),
    investmentUsd: z.number().nonnegative("Investment cannot be negative").nullable().default(null),
    jobs: z.number().int("Jobs are a whole number").nonnegative("Jobs cannot be negative").nullable().default(null),
    startDate: ZDate.nullable().default(null),
  })
  .strict();

const dealFields = {
  kind: ZDealKind,
  title: zRequiredLocalizedText(200),
  description: zLocalizedText(5000),
  /** Organisations taking part; a joint venture has at least two from different jurisdictions. */
  parties: z.array(ZId).min(1, "Name at least one party").max(12),
  /** Organisations (organisers, ministries, agencies) the parties let see the deal. */
  sharedWith: z.array(ZId).max(12),
  stage: ZDealStage,
  dropReason: zText(500).nullable(),
  value: z.number().positive("The value must be above zero").nullable(),
  currency: ZCurrencyCode.nullable(),
  /** US dollars per unit of `currency` on `rateDate`, so the USD equivalent says which rate it used. */
  usdRate: z.number().positive("The rate must be above zero").nullable(),
  rateDate: ZDate.nullable(),
  hsCodes: z.array(ZHsCode).max(20),
  facility: ZFacilityPlan.nullable(),
  /** Where the deal came from: a meeting or an opportunity of the finder. */
  origin: z.object({ type: z.enum(["meeting", "opportunity"]), ref: zText(200) }).nullable(),
};

type DealRules = {
  kind?: string;
  stage?: string;
  dropReason?: string | null;
  value?: number | null;
  currency?: string | null;
  usdRate?: number | null;
  rateDate?: string | null;
  parties?: string[];
  facility?: unknown;
};

const dealRules = <T extends z.ZodType<DealRules>>(schema: T) =>
  schema
    .refine((d) => d.stage !== "dropped" || Boolean(d.dropReason?.trim()), { message: "Say why the deal was dropped", path: ["dropReason"] })
    .refine((d) => d.value === null || d.value === undefined || Boolean(d.currency), { message: "Give the value's currency", path: ["currency"] })
    .refine((d) => !d.value || d.currency === "USD" || (Boolean(d.usdRate) && Boolean(d.rateDate)), {
      message: "Give the USD rate and its date for a value in another currency",
      path: ["usdRate"],
    })
    .refine((d) => d.kind !== "joint_venture" || d.parties === undefined || d.parties.length >= 2, {
      message: "A joint venture has at least two parties",
      path: ["parties"],
    })
    .refine((d) => d.kind === "joint_venture" || !d.facility, { message: "Only a joint venture has a facility plan", path: ["facility"] });

export const ZDealInput = dealRules(
  z
    .object({
      ...dealFields,
      description: dealFields.description.default({}),
      sharedWith: dealFields.sharedWith.default([]),
      stage: dealFields.stage.default("lead"),
      dropReason: dealFields.dropReason.default(null),
      value: dealFields.value.default(null),
      currency: dealFields.currency.default(null),
      usdRate: dealFields.usdRate.default(null),
      rateDate: dealFields.rateDate.default(null),
      hsCodes: dealFields.hsCodes.default([]),
      facility: dealFields.facility.default(null),
      origin: dealFields.origin.default(null),
    })
    .strict(),
);
export type TDealInput = z.infer<typeof ZDealInput>;
/** A patch is merged into the stored deal and the whole is checked again. */
export const ZDealPatch = z.object(dealFields).partial().strict();
export type TDealPatch = z.infer<typeof ZDealPatch>;

const ZParty = z.object({ id: z.string(), name: zLocalizedText(300), country: z.string(), region: z.string().nullable(), sectors: z.array(z.string()) });

export const ZDealSummary = z.object({
  id: z.string(),
  kind: ZDealKind,
  title: zLocalizedText(200),
  stage: ZDealStage,
  value: z.number().nullable(),
  currency: z.string().nullable(),
  valueUsd: z.number().nullable(),
  parties: z.array(ZParty),
  hsCodes: z.array(z.string()),
  /** Whether the reader belongs to one of its parties, and so may change it. */
  editable: z.boolean(),
  updatedAt: z.string(),
});

export const ZMilestone = z.object({ id: z.string(), title: z.string(), dueDate: z.string(), owner: z.string(), doneOn: z.string().nullable() });
export const ZMilestoneInput = z
  .object({ title: zText(200).min(1, "Name the milestone"), dueDate: ZDate, owner: zText(120).min(1, "Say who owns it") })
  .strict();
export const ZMilestonePatch = z
  .object({ title: zText(200).min(1), dueDate: ZDate, owner: zText(120).min(1), done: z.boolean() })
  .partial()
  .strict();
export const ZActivity = z.object({ at: z.string(), actor: z.string().nullable(), action: z.string(), detail: z.record(z.string(), z.unknown()) });

export const ZDeal = ZDealSummary.extend({
  description: zLocalizedText(5000),
  sharedWith: z.array(ZParty),
  dropReason: z.string().nullable(),
  usdRate: z.number().nullable(),
  rateDate: z.string().nullable(),
  facility: ZFacilityPlan.nullable(),
  origin: z.object({ type: z.enum(["meeting", "opportunity"]), ref: z.string() }).nullable(),
  milestones: z.array(ZMilestone),
  activity: z.array(ZActivity),
  /** Every version of every document, newest version first within a name. */
  documents: z.array(
    z.object({
      id: z.string(),
      name: z.string(),
      version: z.number().int(),
      mediaType: z.string(),
      byteSize: z.number().int(),
      uploadedAt: z.string(),
      uploadedBy: z.string().nullable(),
    }),
  ),
  /** The cooperation agendas' commitments this deal serves. */
  commitments: z.array(z.object({ id: z.string(), title: z.string(), agendaId: z.string() })),
  createdAt: z.string(),
});

export const ZDealQuery = z.object({
  stage: ZDealStage.optional(),
  kind: ZDealKind.optional(),
  country: ZCountryCode.optional(),
  sector: z.string().max(60).optional(),
});

const ZTotal = z.object({ key: z.string(), count: z.number().int(), valueUsd: z.number() });
export const ZDealList = z.object({
  items: z.array(ZDealSummary),
  totals: z.object({ byStage: z.array(ZTotal), byCountry: z.array(ZTotal), bySector: z.array(ZTotal) }),
});

export type TDeal = z.infer<typeof ZDeal>;
export type TDealSummary = z.infer<typeof ZDealSummary>;
export type TDealList = z.infer<typeof ZDealList>;
export type TDealStage = z.infer<typeof ZDealStage>;
export type TMilestoneInput = z.infer<typeof ZMilestoneInput>;
export type TMilestonePatch = z.infer<typeof ZMilestonePatch>;
