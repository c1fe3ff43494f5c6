import { describe, expect, it } from "vitest";
import { decideOutcomes, type RegistrationState, type ResolvedScan, type StoredScan } from "./scan-outcomes";

const FORUM = "forum-1";
const badge = (id: string, change: Partial<RegistrationState> = {}): RegistrationState => ({
  id,
  badgeCode: `CODE${id}`,
  fullName: id,
  organizationName: null,
  category: "buyer",
  cancelledAt: null,
  checkedInAt: null,
  ...change,
});
const scan = (index: number, scanId: string, code: string | null, minute: number): ResolvedScan => ({
  index,
  scanId,
  scannedAt: new Date(Date.UTC(2025, 6, 9, 5, minute)),
  deviceId: "gate",
  badge: code === null ? { kind: "forged" } : { kind: "code", code },
});
const decide = (scans: ResolvedScan[], badges: RegistrationState[], stored: StoredScan[] = []) =>
  decideOutcomes(FORUM, scans, new Map(badges.map((b) => [b.badgeCode, b])), new Map(stored.map((s) => [s.scanId, s])));
const outcomes = (d: ReturnType<typeof decide>, ids: string[]) => ids.map((id) => d.verdicts.get(id)?.outcome);

describe("decideOutcomes", () => {
  it("accepts the earliest new scan of a badge not yet in and moves its first entry there", () => {
    const d = decide([scan(0, "s1", "CODEa", 30), scan(1, "s2", "CODEa", 10)], [badge("a")]);
    expect(outcomes(d, ["s1", "s2"])).toEqual(["repeat", "accepted"]);
    expect(d.checkedInAt.get("a")?.getUTCMinutes()).toBe(10);
  });

  it("calls a later-synced earlier scan a repeat, but still moves the first entry back to it", () => {
    const d = decide([scan(0, "s3", "CODEa", 5)], [badge("a", { checkedInAt: new Date(Date.UTC(2025, 6, 9, 5, 30)) })]);
    expect(outcomes(d, ["s3"])).toEqual(["repeat"]);
    expect(d.checkedInAt.get("a")?.getUTCMinutes()).toBe(5);
  });

  it("answers stored scans with their stored outcome and stores them no more", () => {
    const d = decide(
      [scan(0, "s1", "CODEa", 30)],
      [badge("a", { checkedInAt: new Date() })],
      [{ scanId: "s1", forumId: FORUM, registrationId: "a", outcome: "accepted" }],
    );
    expect(outcomes(d, ["s1"])).toEqual(["accepted"]);
    expect(d.newScans).toEqual([]);
    expect(d.checkedInAt.size).toBe(0);
  });

  it("flags a scan id already standing for another badge or forum, in the batch or stored", () => {
    const stored: StoredScan[] = [
      { scanId: "s1", forumId: FORUM, registrationId: "a", outcome: "accepted" },
      { scanId: "s2", forumId: "forum-2", registrationId: null, outcome: "unknown_badge" },
    ];
    const d = decide(
      [scan(0, "s1", "CODEb", 1), scan(1, "s2", "CODEb", 1), scan(2, "s3", "CODEa", 1), scan(3, "s3", "CODEb", 1), scan(4, "s3", "CODEa", 1)],
      [badge("a"), badge("b")],
      stored,
    );
    expect(d.conflicts).toEqual([0, 1, 3]);
  });

  it("refuses forged, unknown and cancelled badges without checking anyone in", () => {
    const d = decide([scan(0, "s1", null, 1), scan(1, "s2", "CODEzz", 1), scan(2, "s3", "CODEc", 1)], [badge("c", { cancelledAt: new Date() })]);
    expect(outcomes(d, ["s1", "s2", "s3"])).toEqual(["forged", "unknown_badge", "cancelled"]);
    expect(d.newScans.map((n) => n.registrationId)).toEqual([null, null, "c"]);
    expect(d.checkedInAt.size).toBe(0);
  });
});
