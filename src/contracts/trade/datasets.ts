import { z } from "zod";
import { zText } from "../common";

export const TRADE_FORMATS = ["baci", "comtrade", "regional", "published"] as const;
export const ZTradeFormat = z.enum(TRADE_FORMATS, "Use baci, comtrade, regional or published");
export type TTradeFormat = z.infer<typeof ZTradeFormat>;

export const HS_REVISIONS = ["HS92", "HS96", "HS02", "HS07", "HS12", "HS17", "HS22"] as const;
export const ZHsRevision = z.enum(HS_REVISIONS, "Use an HS revision such as HS22");

/** A named body of trade statistics; a new version of the same name replaces the old one whole. */
export const ZTradeDataset = z.object({
  name: z.string(),
  version: z.string(),
  format: ZTradeFormat,
  hsRevision: ZHsRevision,
  licence: z.string(),
  /** Generated rather than collected: shown as "synthetic" everywhere the figures appear. */
  synthetic: z.boolean(),
  rows: z.number().int(),
  rejectedRows: z.number().int(),
  fromYear: z.number().int().nullable(),
  toYear: z.number().int().nullable(),
  importedAt: z.string(),
});
export type TTradeDataset = z.infer<typeof ZTradeDataset>;

const zDatasetName = zText(80).pipe(z.string().regex(/^[A-Za-z0-9][A-Za-z0-9 ._-]*$/, "Use letters, digits, spaces, dots, dashes or underscores"));

/** What an import is told besides its files (multipart fields on the upload, flags on the CLI). */
export const ZTradeImportOptions = z.object({
  format: ZTradeFormat,
  name: zDatasetName,
  version: zText(40).pipe(z.string().min(1, "Give the version, e.g. 202401")),
  hsRevision: ZHsRevision.default("HS22"),
  licence: zText(300).default(""),
  synthetic: z.boolean().default(false),
  /** Refuse the whole file when more than this share of its rows is rejected (0–1). */
  maxRejectedShare: z.number().min(0).max(1).default(0.05),
});
export type TTradeImportOptions = z.infer<typeof ZTradeImportOptions>;

export const ZRejectedRow = z.object({ file: z.string(), line: z.number().int(), reason: z.string() });
export type TRejectedRow = z.infer<typeof ZRejectedRow>;

/** The outcome of one import, kept as the job's result. */
export const ZTradeImportReport = z.object({
  status: z.enum(["imported", "refused"]),
  dataset: z.string(),
  version: z.string(),
  rowsRead: z.number().int(),
  rowsImported: z.number().int(),
  rowsRejected: z.number().int(),
  /** The first rejected rows with their line numbers (all of them up to a thousand). */
  rejected: z.array(ZRejectedRow),
  /** Why the whole import was refused, when it was. */
  reason: z.string().nullable(),
  seconds: z.number(),
});
export type TTradeImportReport = z.infer<typeof ZTradeImportReport>;

/** Progress of a running import, carried as the job's message so any page can show it. */
export const ZTradeImportProgress = z.object({
  rowsRead: z.number().int(),
  rowsRejected: z.number().int(),
  rowsPerSecond: z.number(),
  secondsLeft: z.number().nullable(),
  phase: z.enum(["reading", "checking", "replacing"]),
});
export type TTradeImportProgress = z.infer<typeof ZTradeImportProgress>;

/** What the trade pages can offer: the datasets loaded and the jurisdictions they cover. */
export const ZTradeOverview = z.object({
  datasets: z.array(ZTradeDataset),
  jurisdictions: z.array(z.string()),
});
export type TTradeOverview = z.infer<typeof ZTradeOverview>;
