import { z } from "zod";
import { zText } from "../common";
import { ZVisitorCategory } from "./registrations";
import { ZInstant } from "./shared";

/** One scan at the door, made possibly offline; `scanId` is chosen by the device so a resent batch is never counted twice. */
export const ZScan = z
  .object({
    scanId: z.uuid("scanId must be a UUID"),
    /** The QR code's content, or a typed badge code. */
    token: z.string().max(200).optional(),
    code: z.string().max(20).optional(),
    scannedAt: ZInstant,
    deviceId: zText(64).default("unknown"),
  })
  .strict()
  .refine((scan) => Boolean(scan.token) !== Boolean(scan.code), { message: "Send either the QR token or the typed code", path: ["token"] });
export type TScan = z.input<typeof ZScan>;

export const ZScanBatch = z.object({ scans: z.array(ZScan).min(1).max(500) }).strict();

/** accepted: first entry; repeat: already in (flag it to the door staff); the others are refusals. */
export const SCAN_OUTCOMES = ["accepted", "repeat", "unknown_badge", "forged", "cancelled"] as const;
export const ZScanResult = z.object({
  scanId: z.string(),
  outcome: z.enum(SCAN_OUTCOMES),
  registration: z.object({ id: z.string(), fullName: z.string(), category: ZVisitorCategory, organizationName: z.string().nullable() }).nullable(),
  firstCheckedInAt: z.string().nullable(),
});
export const ZScanResults = z.object({ results: z.array(ZScanResult) });

/** What a door device caches to work without network. */
export const ZCheckInBundle = z.object({
  forumId: z.string(),
  /** Ed25519 key that verifies badge QR signatures offline. */
  publicKey: z.string(),
  generatedAt: z.string(),
  badges: z.array(
    z.object({
      code: z.string(),
      fullName: z.string(),
      organizationName: z.string().nullable(),
      category: ZVisitorCategory,
      checkedInAt: z.string().nullable(),
      cancelled: z.boolean(),
    }),
  ),
});
export type TCheckInBundle = z.infer<typeof ZCheckInBundle>;
