import { z } from "zod";
import { ZTradeJurisdiction, ZTradeYear } from "./flows";

export const ZYearTotals = z.object({ year: z.number().int(), exports: z.number(), imports: z.number() });
export const ZPartnerTotals = z.object({ partner: z.string(), exports: z.number(), imports: z.number() });
/** One HS chapter's exports, grouped by its section, for the treemap. */
// Product and section names come in English, as the HS nomenclature is published.
export const ZStructureCell = z.object({ section: z.string(), sectionName: z.string(), chapter: z.string(), chapterName: z.string(), value: z.number() });
export const ZRcaProduct = z.object({ hs: z.string(), name: z.string(), rca: z.number(), value: z.number(), worldShare: z.number() });
export type TRcaProduct = z.infer<typeof ZRcaProduct>;

export const ZJurisdictionProfile = z.object({
  jurisdiction: z.string(),
  dataset: z.string(),
  synthetic: z.boolean(),
  year: z.number().int(),
  years: z.array(ZYearTotals),
  partners: z.array(ZPartnerTotals),
  structure: z.array(ZStructureCell),
  /** Six-digit products with RCA above 1 in the year, strongest first. */
  rcaProducts: z.array(ZRcaProduct),
  /** Economic complexity rank among the dataset's countries (regions are not ranked). */
  complexity: z.object({ eci: z.number(), rank: z.number().int(), of: z.number().int(), diversity: z.number().int() }).nullable(),
});
export type TJurisdictionProfile = z.infer<typeof ZJurisdictionProfile>;

export const ZBilateralQuery = z.object({
  a: ZTradeJurisdiction,
  b: ZTradeJurisdiction,
  year: ZTradeYear.optional(),
  dataset: z.string().max(80).optional(),
});

/** An officially stated turnover figure, shown beside the statistics it rarely matches. */
export const ZReportedFigure = z.object({ year: z.number().int(), turnoverUsd: z.number(), note: z.string(), source: z.string() });
export type TReportedFigure = z.infer<typeof ZReportedFigure>;

export const ZBilateralYear = z.object({
  year: z.number().int(),
  /** null where the statistics do not cover a year that only has a reported figure. */
  aToB: z.number().nullable(),
  bToA: z.number().nullable(),
  turnover: z.number().nullable(),
  /** Change in turnover from the year before, as a share (0.1 = +10 %); null in the first year. */
  growth: z.number().nullable(),
  reported: z.array(ZReportedFigure),
  complementarityAB: z.number().nullable(),
  complementarityBA: z.number().nullable(),
  intensityAB: z.number().nullable(),
  intensityBA: z.number().nullable(),
});

export const ZTopProduct = z.object({ hs: z.string(), name: z.string(), value: z.number(), previous: z.number(), growth: z.number().nullable() });

/** The same flow as told by the exporter and by the importer (only where both report). */
export const ZMirrorRow = z.object({
  year: z.number().int(),
  exporter: z.string(),
  importer: z.string(),
  exporterReports: z.number(),
  importerReports: z.number(),
  /** importer − exporter figure, over the exporter's. */
  gap: z.number().nullable(),
});

/** A company in the directory that makes the product; its name as it wrote it, in its languages. */
export const ZCompanyLink = z.object({
  id: z.string(),
  name: z.object({ en: z.string().optional(), ru: z.string().optional(), tg: z.string().optional(), ky: z.string().optional() }),
  country: z.string(),
  region: z.string().nullable(),
});
export const ZPotentialProduct = z.object({
  hs: z.string(),
  name: z.string(),
  potential: z.number(),
  actual: z.number(),
  untapped: z.number(),
  companies: z.array(ZCompanyLink),
});
export type TPotentialProduct = z.infer<typeof ZPotentialProduct>;

export const ZBilateralView = z.object({
  a: z.string(),
  b: z.string(),
  dataset: z.string(),
  synthetic: z.boolean(),
  year: z.number().int(),
  years: z.array(ZBilateralYear),
  topAToB: z.array(ZTopProduct),
  topBToA: z.array(ZTopProduct),
  mirror: z.array(ZMirrorRow),
  /** Estimates (see the method in the documentation), biggest first. */
  untappedAToB: z.array(ZPotentialProduct),
  untappedBToA: z.array(ZPotentialProduct),
});
export type TBilateralView = z.infer<typeof ZBilateralView>;

export const ZRcaQuery = z.object({ jurisdiction: ZTradeJurisdiction, year: ZTradeYear.optional(), dataset: z.string().max(80).optional() });
export const ZRcaIndicator = z.object({ jurisdiction: z.string(), dataset: z.string(), year: z.number().int(), items: z.array(ZRcaProduct) });

export const ZPairQuery = z.object({
  exporter: ZTradeJurisdiction,
  importer: ZTradeJurisdiction,
  year: ZTradeYear.optional(),
  dataset: z.string().max(80).optional(),
});
export const ZComplementarity = z.object({
  exporter: z.string(),
  importer: z.string(),
  dataset: z.string(),
  year: z.number().int(),
  complementarity: z.number().nullable(),
  intensity: z.number().nullable(),
});

export const ZComplexityQuery = z.object({ year: ZTradeYear.optional(), dataset: z.string().max(80).optional() });
export const ZComplexity = z.object({
  dataset: z.string(),
  year: z.number().int(),
  locations: z.array(z.object({ location: z.string(), eci: z.number(), diversity: z.number().int(), coi: z.number(), rank: z.number().int() })),
  products: z.array(z.object({ hs: z.string(), name: z.string(), pci: z.number(), ubiquity: z.number().int() })),
});

export const ZPotentialQuery = z.object({
  exporter: ZTradeJurisdiction,
  market: ZTradeJurisdiction,
  year: ZTradeYear.optional(),
  dataset: z.string().max(80).optional(),
});
export const ZPotential = z.object({
  exporter: z.string(),
  market: z.string(),
  dataset: z.string(),
  year: z.number().int(),
  estimate: z.literal(true),
  items: z.array(ZPotentialProduct),
});
export type TPotential = z.infer<typeof ZPotential>;
