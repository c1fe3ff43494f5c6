import type { SCAN_OUTCOMES } from "../../../../contracts/exhibitions";

export type ScanOutcome = (typeof SCAN_OUTCOMES)[number];

/** What the badge of a scan turned out to be before looking anything up. */
export type ScannedBadge = { kind: "code"; code: string } | { kind: "forged" } | { kind: "unreadable" };

export type ResolvedScan = { index: number; scanId: string; scannedAt: Date; deviceId: string; badge: ScannedBadge };

export type RegistrationState = {
  id: string;
  badgeCode: string;
  fullName: string;
  organizationName: string | null;
  category: string;
  cancelledAt: Date | null;
  checkedInAt: Date | null;
};

export type StoredScan = { scanId: string; forumId: string; registrationId: string | null; outcome: string };

export type ScanVerdict = { outcome: ScanOutcome; registration: RegistrationState | null };
export type NewScan = { scan: ResolvedScan; outcome: ScanOutcome; registrationId: string | null };

export type Decision = {
  /** By scan id: a scan id sent twice in a batch gets one verdict. */
  verdicts: Map<string, ScanVerdict>;
  newScans: NewScan[];
  /** Registrations whose first entry moves (earlier, or from none). */
  checkedInAt: Map<string, Date>;
  /** Batch positions whose scan id already stands for another badge. */
  conflicts: number[];
};

const earlierFirst = (a: ResolvedScan, b: ResolvedScan) => a.scannedAt.getTime() - b.scannedAt.getTime() || a.index - b.index;

/**
 * The check-in rule. A scan already stored keeps its stored outcome (devices resend freely). Of
 * new scans of a live badge, the earliest is `accepted` if the badge was not in yet, every other
 * one is a `repeat`: so exactly one scan per badge is ever accepted, in whatever order devices
 * sync. The badge's first entry is the earliest scan time seen, accepted or repeat, because an
 * offline device may sync its earlier scan after another device's later one.
 *
 * Must run while the registrations are locked, so that concurrent batches see each other's result.
 */
export function decideOutcomes(forumId: string, scans: ResolvedScan[], byCode: Map<string, RegistrationState>, stored: Map<string, StoredScan>): Decision {
  const decision: Decision = { verdicts: new Map(), newScans: [], checkedInAt: new Map(), conflicts: [] };
  const firstBadgeOf = new Map<string, string | null>();
  const live = new Map<string, { registration: RegistrationState; scans: ResolvedScan[] }>();
  const byId = new Map([...byCode.values()].map((r) => [r.id, r]));

  for (const scan of scans) {
    const registration = scan.badge.kind === "code" ? (byCode.get(scan.badge.code) ?? null) : null;
    const earlier = stored.get(scan.scanId);
    const seenBadge = firstBadgeOf.get(scan.scanId);
    // A scan that named no known badge proves nothing about which badge its id belongs to.
    const otherBadge = (known: string | null | undefined) => known != null && known !== registration?.id;
    if (earlier && (earlier.forumId !== forumId || otherBadge(earlier.registrationId))) {
      decision.conflicts.push(scan.index);
      continue;
    }
    if (seenBadge !== undefined) {
      if (otherBadge(seenBadge)) decision.conflicts.push(scan.index);
      continue;
    }
    firstBadgeOf.set(scan.scanId, registration?.id ?? null);
    if (earlier) {
      const kept = earlier.registrationId ? (byId.get(earlier.registrationId) ?? null) : null;
      decision.verdicts.set(scan.scanId, { outcome: earlier.outcome as ScanOutcome, registration: kept });
      continue;
    }
    if (scan.badge.kind === "forged" || !registration || registration.cancelledAt) {
      const outcome: ScanOutcome = scan.badge.kind === "forged" ? "forged" : !registration ? "unknown_badge" : "cancelled";
      decision.verdicts.set(scan.scanId, { outcome, registration });
      decision.newScans.push({ scan, outcome, registrationId: registration?.id ?? null });
      continue;
    }
    const group = live.get(registration.id) ?? { registration, scans: [] };
    group.scans.push(scan);
    live.set(registration.id, group);
  }

  for (const { registration, scans: badgeScans } of live.values()) {
    const ordered = [...badgeScans].sort(earlierFirst);
    ordered.forEach((scan, i) => {
      const outcome: ScanOutcome = i === 0 && registration.checkedInAt === null ? "accepted" : "repeat";
      decision.verdicts.set(scan.scanId, { outcome, registration });
      decision.newScans.push({ scan, outcome, registrationId: registration.id });
    });
    const earliest = ordered[0].scannedAt;
    if (registration.checkedInAt === null || earliest < registration.checkedInAt) decision.checkedInAt.set(registration.id, earliest);
  }
  return decision;
}
