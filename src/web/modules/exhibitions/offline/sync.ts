import type { CheckInStore } from "./store";
import type { QueuedScan, ScanSettlement } from "./types";

/** Sends one batch; answers only about the scans the server took a position on. */
export type SendScans = (forumId: string, scans: QueuedScan[]) => Promise<ScanSettlement[]>;

export type SyncState = "idle" | "syncing" | "waiting" | "offline";
export type SyncStatus = { state: SyncState; pending: number; lastError: unknown; retryAt: number | null; lastSyncedAt: number | null };

type Timers = { set: (run: () => void, ms: number) => unknown; clear: (handle: unknown) => void };

export type SyncOptions = {
  forumId: string;
  store: CheckInStore;
  send: SendScans;
  isOnline?: () => boolean;
  onChange?: (status: SyncStatus, settled: ScanSettlement[]) => void;
  /** The server takes up to 500 per request; smaller batches answer sooner on a weak network. */
  batchSize?: number;
  baseDelayMs?: number;
  maxDelayMs?: number;
  timers?: Timers;
  random?: () => number;
  now?: () => number;
};

const defaultTimers: Timers = { set: (run, ms) => setTimeout(run, ms), clear: (handle) => clearTimeout(handle as ReturnType<typeof setTimeout>) };

/**
 * Empties the scan queue into the server. Failures wait longer each time (with jitter, so the
 * doors of a venue do not all retry at the same instant when the network returns); coming back
 * online retries at once. A scan leaves the queue only when the server has answered for it, and
 * resending is harmless because the server keeps the first answer per scan id.
 */
export function createSyncLoop(options: SyncOptions) {
  const { forumId, store, send, onChange } = options;
  const isOnline = options.isOnline ?? (() => true);
  const batchSize = options.batchSize ?? 200;
  const base = options.baseDelayMs ?? 2_000;
  const max = options.maxDelayMs ?? 60_000;
  const timers = options.timers ?? defaultTimers;
  const random = options.random ?? Math.random;
  const now = options.now ?? Date.now;

  const status: SyncStatus = { state: "idle", pending: 0, lastError: null, retryAt: null, lastSyncedAt: null };
  let failures = 0;
  let timer: unknown = null;
  let running: Promise<void> | null = null;
  let again = false;
  let stopped = false;

  const emit = async (changes: Partial<SyncStatus>, settled: ScanSettlement[] = []) => {
    Object.assign(status, changes, { pending: await store.countPending(forumId) });
    onChange?.({ ...status }, settled);
  };

  const clearTimer = () => {
    if (timer !== null) timers.clear(timer);
    timer = null;
  };

  const retryLater = (delay: number) => {
    clearTimer();
    if (stopped) return null;
    timer = timers.set(() => {
      timer = null;
      void syncNow();
    }, delay);
    return now() + delay;
  };

  const backoff = () => Math.round(Math.min(max, base * 2 ** Math.min(failures - 1, 20)) * (0.75 + random() * 0.5));

  async function drain(): Promise<void> {
    clearTimer();
    if (!isOnline()) {
      // navigator.onLine is only a hint; an occasional try costs little and catches a wrong one.
      await emit({ state: "offline", retryAt: retryLater(max) });
      return;
    }
    for (;;) {
      const batch = await store.pendingScans(forumId, batchSize);
      if (batch.length === 0) {
        failures = 0;
        await emit({ state: "idle", lastError: null, retryAt: null, lastSyncedAt: now() });
        return;
      }
      await emit({ state: "syncing" });
      let answers: ScanSettlement[];
      try {
        const ids = new Set(batch.map((scan) => scan.scanId));
        answers = (await send(forumId, batch)).filter((answer) => ids.has(answer.scanId));
        if (answers.length === 0) throw new Error("The server answered none of the scans sent");
      } catch (error) {
        failures++;
        await emit({ state: isOnline() ? "waiting" : "offline", lastError: error, retryAt: retryLater(backoff()) });
        return;
      }
      await store.settleScans(forumId, answers);
      failures = 0;
      await emit({ lastError: null }, answers);
      if (stopped) return;
    }
  }

  function syncNow(): Promise<void> {
    if (stopped) return Promise.resolve();
    if (running) {
      again = true;
      return running;
    }
    running = (async () => {
      try {
        do {
          again = false;
          await drain();
        } while (again && !stopped);
      } finally {
        running = null;
      }
    })();
    return running;
  }

  return {
    syncNow,
    /** The browser says the network is back: no reason to sit out the backoff. */
    wentOnline(): Promise<void> {
      failures = 0;
      return syncNow();
    },
    wentOffline(): Promise<void> {
      return syncNow();
    },
    status: (): SyncStatus => ({ ...status }),
    stop(): void {
      stopped = true;
      clearTimer();
    },
  };
}

export type SyncLoop = ReturnType<typeof createSyncLoop>;
