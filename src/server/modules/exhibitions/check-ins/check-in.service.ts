import type { z } from "zod";
import type { TCheckInBundle, TVisitorCategory, ZScanBatch, ZScanResult } from "../../../../contracts/exhibitions";
import { normalizeBadgeCode } from "../../../../engines/badge-token";
import type { SessionUser } from "../../../platform/auth";
import type { AppContext } from "../../../platform/context";
import { validationFailed } from "../../../platform/errors";
import { requireDoorStaff } from "../access";
import { badgeKeysOf, badgePublicKeyText } from "../registrations/badge-keys";
import { verifyScannedToken } from "./badge-verifier";
import * as repo from "./check-in.repository";
import { type Decision, decideOutcomes, type RegistrationState, type ResolvedScan, type ScannedBadge } from "./scan-outcomes";

type Ctx = Pick<AppContext, "database" | "config">;
type Batch = z.output<typeof ZScanBatch>;
type ScanResult = z.infer<typeof ZScanResult>;

// Device clocks drift and time zones get mis-set; a day ahead is a wrong clock, not a slow network.
const MAX_CLOCK_AHEAD_MS = 24 * 60 * 60 * 1000;
// A device whose clock was reset (1970, year 0) is not a visitor who came in decades ago: stored,
// such a scan became the badge's first entry for good (the earliest scan wins), and year 0 was a 500.
const EARLIEST_SCAN_MS = Date.parse("2000-01-01T00:00:00Z");

export async function getCheckInBundle(ctx: Ctx, actor: SessionUser | null, forumId: string): Promise<TCheckInBundle> {
  await requireDoorStaff(ctx.database.db, forumId, actor);
  const rows = await repo.listBadges(ctx.database.db, forumId);
  return {
    forumId,
    publicKey: badgePublicKeyText(ctx, forumId),
    generatedAt: new Date().toISOString(),
    badges: rows.map((r) => ({
      code: r.badgeCode,
      fullName: r.fullName,
      organizationName: r.organizationName,
      category: r.category as TVisitorCategory,
      checkedInAt: r.checkedInAt?.toISOString() ?? null,
      cancelled: r.cancelledAt !== null,
    })),
  };
}

function checkClocks(batch: Batch, now: number) {
  const errors = batch.scans.flatMap((scan, i) => {
    const at = Date.parse(scan.scannedAt);
    if (at - now > MAX_CLOCK_AHEAD_MS)
      return [{ field: `scans.${i}.scannedAt`, message: "This scan is dated more than a day ahead; check the device's date, time and time zone" }];
    if (at < EARLIEST_SCAN_MS) return [{ field: `scans.${i}.scannedAt`, message: "This scan is dated before 2000; check the device's date and time" }];
    return [];
  });
  if (errors.length) throw validationFailed(errors);
}

function resolveScans(ctx: Ctx, forumId: string, batch: Batch): ResolvedScan[] {
  const { publicKey } = badgeKeysOf(ctx, forumId);
  return batch.scans.map((scan, index) => {
    let badge: ScannedBadge;
    if (scan.token) {
      const verdict = verifyScannedToken(publicKey, forumId, scan.token);
      badge = verdict.ok ? { kind: "code", code: verdict.code } : { kind: "forged" };
    } else {
      const code = normalizeBadgeCode(scan.code ?? "");
      badge = code ? { kind: "code", code } : { kind: "unreadable" };
    }
    // UUIDs compare without regard to case; devices differ in how they print them.
    return { index, scanId: scan.scanId.toLowerCase(), scannedAt: new Date(scan.scannedAt), deviceId: scan.deviceId, badge };
  });
}

const scanIdTaken = (indexes: number[]) =>
  validationFailed(
    indexes.map((i) => ({ field: `scans.${i}.scanId`, message: "This scan id was already used for another badge; give every scan its own id" })),
    "scan_id_taken",
    409,
  );

/** Decides and stores the batch under its badges' locks; the stored scans answer for themselves. */
async function applyScans(ctx: Ctx, actor: SessionUser, forumId: string, scans: ResolvedScan[]): Promise<Decision> {
  const codes = [...new Set(scans.flatMap((s) => (s.badge.kind === "code" ? [s.badge.code] : [])))];
  const scanIds = [...new Set(scans.map((s) => s.scanId))];
  return repo.withBadgesLocked(ctx.database.db, forumId, codes, scanIds, async (tx, { registrations, stored }) => {
    const decision = decideOutcomes(forumId, scans, new Map(registrations.map((r) => [r.badgeCode, r])), new Map(stored.map((s) => [s.scanId, s])));
    if (decision.conflicts.length) throw scanIdTaken(decision.conflicts);
    const rows = decision.newScans.map(({ scan, outcome, registrationId }) => ({
      scanId: scan.scanId,
      forumId,
      registrationId,
      outcome,
      scannedAt: scan.scannedAt,
      deviceId: scan.deviceId,
      scannedBy: actor.id,
    }));
    // Inserted in scan-id order, so two requests sharing scan ids meet them in the same order.
    await repo.saveScans(
      tx,
      rows.sort((a, b) => (a.scanId < b.scanId ? -1 : 1)),
      decision.checkedInAt,
    );
    return decision;
  });
}

function toResult(decision: Decision, scanId: string): ScanResult {
  const verdict = decision.verdicts.get(scanId)!;
  const r: RegistrationState | null = verdict.registration;
  const firstCheckedIn = r ? (decision.checkedInAt.get(r.id) ?? r.checkedInAt) : null;
  return {
    scanId,
    outcome: verdict.outcome,
    registration: r ? { id: r.id, fullName: r.fullName, category: r.category as TVisitorCategory, organizationName: r.organizationName } : null,
    firstCheckedInAt: firstCheckedIn?.toISOString() ?? null,
  };
}

/**
 * Records a batch of door scans, made live or offline, and answers one result per scan in order.
 * Resending a batch is safe: stored scans keep their first outcome and change nothing.
 */
export async function recordScans(ctx: Ctx, actor: SessionUser, forumId: string, batch: Batch) {
  await requireDoorStaff(ctx.database.db, forumId, actor);
  checkClocks(batch, Date.now());
  const scans = resolveScans(ctx, forumId, batch);
  const decision = await applyScans(ctx, actor, forumId, scans);
  // Answered with the scan id as the device wrote it, so it can match results to its queue.
  return { results: scans.map((scan, i) => ({ ...toResult(decision, scan.scanId), scanId: batch.scans[i].scanId })) };
}
