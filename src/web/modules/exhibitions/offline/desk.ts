import { publicKeyFromText } from "../../../../engines/badge-token";
import type { CheckInStore } from "./store";
import type { Arrival, BundleBadge, CachedBundle, QueuedScan, ScanRecord } from "./types";
import { judgeScan, type LocalVerdict, readScanText } from "./verdict";

export type DeskScan = { verdict: LocalVerdict; record: ScanRecord } | { verdict: null; record: null };

export type DeskOptions = {
  forumId: string;
  store: CheckInStore;
  deviceId: string;
  now?: () => Date;
  newId?: () => string;
};

/**
 * One door device's check-in desk: judges each scan against the cached badge list and its own
 * arrivals, then queues it for the server in the same step, so a scan shown green is never lost.
 */
export function createCheckInDesk({ forumId, store, deviceId, now = () => new Date(), newId = () => crypto.randomUUID() }: DeskOptions) {
  let bundle: CachedBundle | undefined;
  let publicKey: Uint8Array | null = null;
  let badges = new Map<string, BundleBadge>();
  const arrivals = new Map<string, string>();

  const adoptBundle = (next: CachedBundle | undefined) => {
    bundle = next;
    badges = new Map((next?.badges ?? []).map((badge) => [badge.code, badge]));
    try {
      publicKey = next ? publicKeyFromText(next.publicKey) : null;
    } catch {
      publicKey = null;
    }
  };

  const rememberArrivals = (list: Arrival[]) => {
    arrivals.clear();
    for (const arrival of list) arrivals.set(arrival.code, arrival.at);
  };

  return {
    /** Reads what the device kept from earlier visits. */
    async load(): Promise<CachedBundle | undefined> {
      adoptBundle(await store.readBundle(forumId));
      rememberArrivals(await store.readArrivals(forumId));
      return bundle;
    },
    async saveBundle(next: CachedBundle): Promise<void> {
      await store.saveBundle(next);
      adoptBundle(next);
    },
    /** After the server answered scans, its view of who is in replaces the device's guesses. */
    async refreshArrivals(): Promise<void> {
      rememberArrivals(await store.readArrivals(forumId));
    },
    bundle: () => bundle,
    /** Null verdict: the text was neither a badge code nor a token, so nothing was recorded. */
    async scan(text: string): Promise<DeskScan> {
      const read = readScanText(text);
      if (read.kind === "unreadable" || !publicKey) return { verdict: null, record: null };
      const verdict = judgeScan(read, { forumId, publicKey, badges, arrivals });
      const scannedAt = now().toISOString();
      const scanId = newId();
      const scan: QueuedScan = { scanId, forumId, scannedAt, deviceId, ...(read.kind === "token" ? { token: read.token } : { code: read.code }) };
      const badge = verdict.badge;
      const record: ScanRecord = {
        scanId,
        forumId,
        code: verdict.code,
        scannedAt,
        outcome: verdict.outcome,
        person: badge ? { fullName: badge.fullName, organizationName: badge.organizationName, category: badge.category } : null,
        firstCheckedInAt: verdict.firstCheckedInAt,
        synced: false,
      };
      const arrival: Arrival | null = verdict.outcome === "accepted" && verdict.code ? { forumId, code: verdict.code, at: scannedAt, scanId } : null;
      await store.recordScan({ scan, record, arrival });
      if (arrival) arrivals.set(arrival.code, arrival.at);
      return { verdict, record };
    },
  };
}

export type CheckInDesk = ReturnType<typeof createCheckInDesk>;
