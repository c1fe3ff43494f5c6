import { describe, expect, it, vi } from "vitest";
import { FORUM_ID } from "./check-in.test-support";
import { createMemoryStore } from "./store";
import { createSyncLoop, type SendScans } from "./sync";
import type { QueuedScan, ScanSettlement } from "./types";

async function storeWith(count: number) {
  const store = createMemoryStore();
  for (let i = 0; i < count; i++) {
    const scannedAt = new Date(Date.UTC(2031, 6, 9, 5, 0, i)).toISOString();
    const scan: QueuedScan = { scanId: `s${i}`, forumId: FORUM_ID, code: "7K3MQ9X2RT", scannedAt, deviceId: "gate-1" };
    await store.recordScan({
      scan,
      record: {
        scanId: scan.scanId,
        forumId: FORUM_ID,
        code: "7K3MQ9X2RT",
        scannedAt,
        outcome: "accepted",
        person: null,
        firstCheckedInAt: null,
        synced: false,
      },
      arrival: null,
    });
  }
  return store;
}

const answerAll: SendScans = async (_forum, scans) =>
  scans.map((s): ScanSettlement => ({ scanId: s.scanId, outcome: "accepted", person: null, firstCheckedInAt: null }));

/** Timers the test fires by hand, so backoff is checked without waiting. */
function manualTimers() {
  const pending: { run: () => void; ms: number }[] = [];
  return {
    pending,
    timers: { set: (run: () => void, ms: number) => pending.push({ run, ms }), clear: () => pending.splice(0) },
    fire: () => {
      for (const timer of pending.splice(0)) timer.run();
    },
  };
}

describe("the sync loop", () => {
  it("sends the queue in batches of at most 200 until it is empty", async () => {
    const store = await storeWith(450);
    const send = vi.fn(answerAll);
    const loop = createSyncLoop({ forumId: FORUM_ID, store, send });
    await loop.syncNow();
    expect(send.mock.calls.map(([, scans]) => scans.length)).toEqual([200, 200, 50]);
    expect(send.mock.calls[0][1][0].scanId).toBe("s0");
    expect(loop.status()).toMatchObject({ state: "idle", pending: 0 });
  });

  it("removes only the scans the server answered for", async () => {
    const store = await storeWith(3);
    let calls = 0;
    const send: SendScans = async (forum, scans) => (++calls === 1 ? (await answerAll(forum, scans)).slice(0, 1) : answerAll(forum, scans));
    const loop = createSyncLoop({ forumId: FORUM_ID, store, send });
    await loop.syncNow();
    expect(calls).toBe(2);
    expect(await store.countPending(FORUM_ID)).toBe(0);
  });

  it("backs off longer after each failure, keeps the queue, and retries at once when the network returns", async () => {
    const store = await storeWith(2);
    const { pending, timers, fire } = manualTimers();
    let failing = true;
    const send: SendScans = async (forum, scans) => {
      if (failing) throw new Error("network down");
      return answerAll(forum, scans);
    };
    const changes: string[] = [];
    const loop = createSyncLoop({
      forumId: FORUM_ID,
      store,
      send,
      timers,
      random: () => 0.5,
      baseDelayMs: 1000,
      maxDelayMs: 8000,
      onChange: (s) => changes.push(s.state),
    });
    await loop.syncNow();
    const delays = [pending[0].ms];
    for (let i = 0; i < 4; i++) {
      fire();
      await vi.waitFor(() => expect(pending).toHaveLength(1));
      delays.push(pending[0].ms);
    }
    expect(delays).toEqual([1000, 2000, 4000, 8000, 8000]);
    expect(loop.status()).toMatchObject({ state: "waiting", pending: 2 });
    failing = false;
    await loop.wentOnline();
    expect(loop.status()).toMatchObject({ state: "idle", pending: 0 });
    expect(changes).toContain("syncing");
  });

  it("does not call the server while the browser is offline, and checks again later", async () => {
    const store = await storeWith(1);
    const { pending, timers } = manualTimers();
    const send = vi.fn(answerAll);
    let online = false;
    const loop = createSyncLoop({ forumId: FORUM_ID, store, send, timers, isOnline: () => online, maxDelayMs: 30_000 });
    await loop.syncNow();
    expect(send).not.toHaveBeenCalled();
    expect(loop.status()).toMatchObject({ state: "offline", pending: 1 });
    expect(pending[0].ms).toBe(30_000);
    online = true;
    await loop.wentOnline();
    expect(send).toHaveBeenCalledOnce();
    expect(loop.status().pending).toBe(0);
  });

  it("runs one sync at a time and another after it when asked meanwhile", async () => {
    const store = await storeWith(1);
    let release: () => void = () => {};
    const send = vi.fn(async (forum: string, scans: QueuedScan[]) => {
      await new Promise<void>((resolve) => {
        release = resolve;
      });
      return answerAll(forum, scans);
    });
    const loop = createSyncLoop({ forumId: FORUM_ID, store, send });
    const first = loop.syncNow();
    const second = loop.syncNow();
    await vi.waitFor(() => expect(send).toHaveBeenCalledOnce());
    release();
    await Promise.all([first, second]);
    expect(send).toHaveBeenCalledOnce();
  });
});
