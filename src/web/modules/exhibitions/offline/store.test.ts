import { describe, expect, it } from "vitest";
import { FORUM_ID } from "./check-in.test-support";
import { createMemoryStore, LOG_LIMIT } from "./store";
import type { ScanRecord } from "./types";

const record = (scanId: string, minute: number, overrides: Partial<ScanRecord> = {}): ScanRecord => ({
  scanId,
  forumId: FORUM_ID,
  code: "7K3MQ9X2RT",
  scannedAt: new Date(Date.UTC(2031, 6, 9, 5, minute)).toISOString(),
  outcome: "accepted",
  person: null,
  firstCheckedInAt: null,
  synced: false,
  ...overrides,
});
const scanOf = (r: ScanRecord) => ({ scanId: r.scanId, forumId: r.forumId, code: r.code ?? undefined, scannedAt: r.scannedAt, deviceId: "gate-1" });

describe("settling scans", () => {
  it("moves an arrival to the server's earlier time when another door was first", async () => {
    const store = createMemoryStore();
    const mine = record("a", 10);
    await store.recordScan({ scan: scanOf(mine), record: mine, arrival: { forumId: FORUM_ID, code: mine.code as string, at: mine.scannedAt, scanId: "a" } });
    await store.settleScans(FORUM_ID, [{ scanId: "a", outcome: "repeat", person: null, firstCheckedInAt: "2031-07-09T05:02:00.000Z" }]);
    expect(await store.readArrivals(FORUM_ID)).toEqual([{ forumId: FORUM_ID, code: mine.code, at: "2031-07-09T05:02:00.000Z", scanId: "a" }]);
    expect((await store.recentScans(FORUM_ID, 5))[0]).toMatchObject({ outcome: "repeat", synced: true });
    expect(await store.countPending(FORUM_ID)).toBe(0);
  });

  it("forgets an arrival the server refused, and keeps one a refused resend did not make", async () => {
    const store = createMemoryStore();
    const mine = record("a", 10);
    await store.recordScan({ scan: scanOf(mine), record: mine, arrival: { forumId: FORUM_ID, code: mine.code as string, at: mine.scannedAt, scanId: "a" } });
    const again = record("b", 11, { outcome: "repeat" });
    await store.recordScan({ scan: scanOf(again), record: again, arrival: null });
    await store.settleScans(FORUM_ID, [{ scanId: "b", outcome: "cancelled", person: null, firstCheckedInAt: null }]);
    expect(await store.readArrivals(FORUM_ID)).toHaveLength(1);
    await store.settleScans(FORUM_ID, [{ scanId: "a", outcome: "cancelled", person: null, firstCheckedInAt: null }]);
    expect(await store.readArrivals(FORUM_ID)).toEqual([]);
  });

  it("marks a scan the server would not record with the reason, keeping the arrival", async () => {
    const store = createMemoryStore();
    const mine = record("a", 10);
    await store.recordScan({ scan: scanOf(mine), record: mine, arrival: { forumId: FORUM_ID, code: mine.code as string, at: mine.scannedAt, scanId: "a" } });
    await store.settleScans(FORUM_ID, [{ scanId: "a", rejection: "The scan time is in the future" }]);
    expect((await store.recentScans(FORUM_ID, 1))[0]).toMatchObject({ outcome: "accepted", synced: true, rejection: "The scan time is in the future" });
    expect(await store.readArrivals(FORUM_ID)).toHaveLength(1);
  });

  it("trims answered log lines past the limit but never unanswered ones", async () => {
    const store = createMemoryStore();
    const old = record("unsent", 0);
    await store.recordScan({ scan: scanOf(old), record: old, arrival: null });
    for (let i = 1; i <= LOG_LIMIT + 5; i++) {
      const r = record(`s${i}`, i, { synced: true });
      await store.recordScan({ scan: scanOf(r), record: r, arrival: null });
    }
    const recent = await store.recentScans(FORUM_ID, 1000);
    expect(recent).toHaveLength(LOG_LIMIT);
    expect(recent.at(-1)?.scanId).toBe("unsent");
  });
});
