import { type DBSchema, deleteDB, type IDBPDatabase, openDB } from "idb";
import { type CheckInStore, LOG_LIMIT, settledArrival, settledRecord } from "./store";
import type { Arrival, CachedBundle, QueuedScan, ScanRecord } from "./types";

type Schema = DBSchema & {
  bundles: { key: string; value: CachedBundle };
  queue: { key: string; value: QueuedScan; indexes: { byForumTime: [string, string] } };
  log: { key: string; value: ScanRecord; indexes: { byForumTime: [string, string] } };
  arrivals: { key: [string, string]; value: Arrival; indexes: { byForum: string } };
};

const DB_NAME = "hamkori-check-in";
const DB_VERSION = 1;

/** Every key of one forum in a [forumId, scannedAt] index, in time order. */
const forumRange = (forumId: string) => IDBKeyRange.bound([forumId, ""], [forumId, "\uffff"]);

function open(): Promise<IDBPDatabase<Schema>> {
  return openDB<Schema>(DB_NAME, DB_VERSION, {
    upgrade(db) {
      db.createObjectStore("bundles", { keyPath: "forumId" });
      db.createObjectStore("queue", { keyPath: "scanId" }).createIndex("byForumTime", ["forumId", "scannedAt"]);
      db.createObjectStore("log", { keyPath: "scanId" }).createIndex("byForumTime", ["forumId", "scannedAt"]);
      db.createObjectStore("arrivals", { keyPath: ["forumId", "code"] }).createIndex("byForum", "forumId");
    },
  });
}

/** The device's badge list and scans in IndexedDB, where they survive reloads, crashes and days offline. */
export async function openIdbStore(): Promise<CheckInStore> {
  const db = await open();
  return {
    readBundle: (forumId) => db.get("bundles", forumId),
    saveBundle: async (bundle) => void (await db.put("bundles", bundle)),
    readArrivals: (forumId) => db.getAllFromIndex("arrivals", "byForum", forumId),
    recordScan: async ({ scan, record, arrival }) => {
      const tx = db.transaction(["queue", "log", "arrivals"], "readwrite");
      await tx.objectStore("queue").put(scan);
      const log = tx.objectStore("log");
      await log.put(record);
      if (arrival) await tx.objectStore("arrivals").put(arrival);
      // The log is for the door staff's eyes; answered lines beyond the limit go, oldest first.
      let excess = (await log.index("byForumTime").count(forumRange(record.forumId))) - LOG_LIMIT;
      let cursor = excess > 0 ? await log.index("byForumTime").openCursor(forumRange(record.forumId)) : null;
      while (cursor && excess > 0) {
        if (cursor.value.synced) {
          await cursor.delete();
          excess--;
        }
        cursor = await cursor.continue();
      }
      await tx.done;
    },
    pendingScans: (forumId, limit) => db.getAllFromIndex("queue", "byForumTime", forumRange(forumId), limit),
    countPending: (forumId) => db.countFromIndex("queue", "byForumTime", forumRange(forumId)),
    settleScans: async (forumId, settlements) => {
      const tx = db.transaction(["queue", "log", "arrivals"], "readwrite");
      const [queue, log, arrivals] = [tx.objectStore("queue"), tx.objectStore("log"), tx.objectStore("arrivals")];
      for (const settlement of settlements) {
        await queue.delete(settlement.scanId);
        const record = await log.get(settlement.scanId);
        if (!record || record.forumId !== forumId) continue;
        await log.put(settledRecord(record, settlement));
        if (!record.code) continue;
        const next = settledArrival(await arrivals.get([forumId, record.code]), record, settlement);
        if (next === null) await arrivals.delete([forumId, record.code]);
        else if (next) await arrivals.put(next);
      }
      await tx.done;
    },
    recentScans: async (forumId, limit) => {
      const records: ScanRecord[] = [];
      let cursor = await db.transaction("log").store.index("byForumTime").openCursor(forumRange(forumId), "prev");
      while (cursor && records.length < limit) {
        records.push(cursor.value);
        cursor = await cursor.continue();
      }
      return records;
    },
  };
}

/**
 * Removes the badge lists (names of visitors) from a device when its user signs out, unless
 * scans are still waiting to be sent: losing those would lose entries, so they stay until synced.
 */
export async function forgetCheckInData(): Promise<void> {
  if (!("indexedDB" in globalThis)) return;
  const db = await open();
  const waiting = await db.count("queue");
  db.close();
  if (waiting === 0) await deleteDB(DB_NAME);
}
