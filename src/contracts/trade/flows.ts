import { z } from "zod";

/** A jurisdiction in trade statistics: an ISO 3166-1 country (TJ) or an ISO 3166-2 region (RU-TA). */
export const ZTradeJurisdiction = z
  .string()
  .trim()
  .toUpperCase()
  .regex(/^[A-Z]{2}(-[A-Z0-9]{1,3})?$/, "Use a country code such as TJ or a region code such as RU-TA");

export const ZTradeYear = z.coerce.number().int("Use a year such as 2023").min(1988, "Trade statistics start in 1988").max(2100);
export const ZHsPrefix = z.string().regex(/^\d{2}(\d{2}(\d{2})?)?$/, "Use an HS code of 2, 4 or 6 digits");
export const ZHsDetail = z.coerce.number().pipe(z.union([z.literal(0), z.literal(2), z.literal(4), z.literal(6)], "Use level 0 (totals), 2, 4 or 6"));

export const ZFlowsQuery = z.object({
  reporter: ZTradeJurisdiction,
  partner: ZTradeJurisdiction.optional(),
  from: ZTradeYear.optional(),
  to: ZTradeYear.optional(),
  hs: ZHsPrefix.optional(),
  level: ZHsDetail.default(0),
  dataset: z.string().max(80).optional(),
  limit: z.coerce.number().int().min(1).max(10_000).default(1_000),
});

/** One aggregated flow from the reporter's point of view (export: reporter → partner). */
export const ZFlow = z.object({
  year: z.number().int(),
  flow: z.enum(["export", "import"]),
  reporter: z.string(),
  partner: z.string(),
  /** The HS code at the asked level; "TOTAL" at level 0. */
  hs: z.string(),
  valueUsd: z.number(),
  quantityKg: z.number().nullable(),
});
export type TFlow = z.infer<typeof ZFlow>;

export const ZFlows = z.object({ dataset: z.string(), synthetic: z.boolean(), items: z.array(ZFlow), truncated: z.boolean() });
export type TFlows = z.infer<typeof ZFlows>;

export const ZYearQuery = z.object({ year: ZTradeYear.optional(), dataset: z.string().max(80).optional() });
