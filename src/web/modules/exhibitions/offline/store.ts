import type { Arrival, CachedBundle, QueuedScan, ScanRecord, ScanSettlement } from "./types";

/**
 * Where a door device keeps its badge list and scans. The browser keeps it in IndexedDB
 * (`idb-store.ts`); tests and browsers without IndexedDB use the in-memory one.
 */
export type CheckInStore = {
  readBundle(forumId: string): Promise<CachedBundle | undefined>;
  saveBundle(bundle: CachedBundle): Promise<void>;
  readArrivals(forumId: string): Promise<Arrival[]>;
  /** Queues the scan, logs it and records the arrival together, so a crash cannot keep one without the others. */
  recordScan(entry: { scan: QueuedScan; record: ScanRecord; arrival: Arrival | null }): Promise<void>;
  /** The oldest scans still waiting for the server. */
  pendingScans(forumId: string, limit: number): Promise<QueuedScan[]>;
  countPending(forumId: string): Promise<number>;
  /** Applies the server's answers: the scans leave the queue, their log lines and arrivals follow the server. */
  settleScans(forumId: string, settlements: ScanSettlement[]): Promise<void>;
  /** Newest first. */
  recentScans(forumId: string, limit: number): Promise<ScanRecord[]>;
};

/** How many answered scans the log keeps per forum; unanswered ones are never dropped. */
export const LOG_LIMIT = 200;

export function settledRecord(record: ScanRecord, settlement: ScanSettlement): ScanRecord {
  if ("rejection" in settlement) return { ...record, synced: true, rejection: settlement.rejection };
  return {
    ...record,
    outcome: settlement.outcome,
    person: settlement.person ?? record.person,
    firstCheckedInAt: settlement.firstCheckedInAt,
    synced: true,
  };
}

/**
 * The arrival to keep for a badge after the server answered one of its scans: an entry the
 * server knows of is kept at the server's (earliest) time; an entry this device assumed and the
 * server refused (cancelled meanwhile, or not a badge of the forum) is forgotten. A scan the
 * server would not record changes nothing: the person at the door is in either way.
 */
export function settledArrival(existing: Arrival | undefined, record: ScanRecord, settlement: ScanSettlement): Arrival | null | undefined {
  if (!record.code || "rejection" in settlement) return undefined;
  if (settlement.outcome === "accepted" || settlement.outcome === "repeat") {
    const at = settlement.firstCheckedInAt ?? record.scannedAt;
    if (existing && Date.parse(existing.at) <= Date.parse(at)) return undefined;
    return { forumId: record.forumId, code: record.code, at, scanId: existing?.scanId ?? record.scanId };
  }
  if (existing && existing.scanId === record.scanId) return null;
  return undefined;
}

const byTime = (a: { scannedAt: string }, b: { scannedAt: string }) => Date.parse(a.scannedAt) - Date.parse(b.scannedAt);

/** Keeps everything in memory: for tests, and for browsers that refuse IndexedDB (private modes). */
export function createMemoryStore(): CheckInStore {
  const bundles = new Map<string, CachedBundle>();
  const queue = new Map<string, QueuedScan>();
  const log = new Map<string, ScanRecord>();
  const arrivals = new Map<string, Arrival>();
  const arrivalKey = (forumId: string, code: string) => `${forumId}\u0000${code}`;
  const logOf = (forumId: string) => [...log.values()].filter((r) => r.forumId === forumId).sort(byTime);

  return {
    readBundle: async (forumId) => bundles.get(forumId),
    saveBundle: async (bundle) => void bundles.set(bundle.forumId, bundle),
    readArrivals: async (forumId) => [...arrivals.values()].filter((a) => a.forumId === forumId),
    recordScan: async ({ scan, record, arrival }) => {
      queue.set(scan.scanId, scan);
      log.set(record.scanId, record);
      if (arrival) arrivals.set(arrivalKey(arrival.forumId, arrival.code), arrival);
      const records = logOf(record.forumId);
      let excess = records.length - LOG_LIMIT;
      for (const old of records) {
        if (excess <= 0) break;
        if (!old.synced) continue;
        log.delete(old.scanId);
        excess--;
      }
    },
    pendingScans: async (forumId, limit) =>
      [...queue.values()]
        .filter((s) => s.forumId === forumId)
        .sort(byTime)
        .slice(0, limit),
    countPending: async (forumId) => [...queue.values()].filter((s) => s.forumId === forumId).length,
    settleScans: async (forumId, settlements) => {
      for (const settlement of settlements) {
        queue.delete(settlement.scanId);
        const record = log.get(settlement.scanId);
        if (!record || record.forumId !== forumId) continue;
        log.set(record.scanId, settledRecord(record, settlement));
        if (!record.code) continue;
        const key = arrivalKey(forumId, record.code);
        const next = settledArrival(arrivals.get(key), record, settlement);
        if (next === null) arrivals.delete(key);
        else if (next) arrivals.set(key, next);
      }
    },
    recentScans: async (forumId, limit) => logOf(forumId).reverse().slice(0, limit),
  };
}
