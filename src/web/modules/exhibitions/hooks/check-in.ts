import { useCallback, useEffect, useRef, useState } from "react";
import type { TCheckInBundle } from "../../../../contracts/exhibitions";
import { api } from "../../../api/client";
import { type CheckInDesk, createCheckInDesk, type DeskScan } from "../offline/desk";
import { openIdbStore } from "../offline/idb-store";
import { sendScans } from "../offline/send-scans";
import { type CheckInStore, createMemoryStore } from "../offline/store";
import { createSyncLoop, type SyncLoop, type SyncStatus } from "../offline/sync";
import type { CachedBundle, ForumSummary, ScanRecord } from "../offline/types";

const DEVICE_KEY = "hamkori.checkInDevice";
/** The badge list is refreshed this often while online, so late registrations reach the door. */
const BUNDLE_REFRESH_MS = 3 * 60_000;
const RECENT_COUNT = 30;

/** A stable name for this device in the scan log, kept across reloads. */
function deviceId(): string {
  try {
    const known = localStorage.getItem(DEVICE_KEY);
    if (known) return known;
    const made = `door-${crypto.randomUUID().slice(0, 8)}`;
    localStorage.setItem(DEVICE_KEY, made);
    return made;
  } catch {
    return "unknown";
  }
}

async function openStore(): Promise<{ store: CheckInStore; persistent: boolean }> {
  try {
    return { store: await openIdbStore(), persistent: true };
  } catch {
    // Some private modes refuse IndexedDB; scanning still works while the page stays open.
    return { store: createMemoryStore(), persistent: false };
  }
}

/**
 * Whether the device has a network, listened to from the first render: the network may come back
 * while the page is still opening its store, and that must not be missed.
 */
function useOnline(): boolean {
  const [online, setOnline] = useState(() => navigator.onLine);
  useEffect(() => {
    const up = () => setOnline(true);
    const down = () => setOnline(false);
    window.addEventListener("online", up);
    window.addEventListener("offline", down);
    setOnline(navigator.onLine);
    return () => {
      window.removeEventListener("online", up);
      window.removeEventListener("offline", down);
    };
  }, []);
  return online;
}

/** The forum's badge list on this device: read at once, refreshed while online. */
function useBundle(forumId: string, desk: CheckInDesk | null, forum: ForumSummary | null) {
  const [bundle, setBundle] = useState<CachedBundle | undefined>();
  const [error, setError] = useState<unknown>(null);
  const [loading, setLoading] = useState(false);
  const forumRef = useRef(forum);
  forumRef.current = forum;

  const refresh = useCallback(async () => {
    if (!desk || !navigator.onLine) return;
    setLoading(true);
    try {
      const fresh = await api.get<TCheckInBundle>(`/api/v1/forums/${forumId}/check-in/bundle`);
      const cached: CachedBundle = { ...fresh, fetchedAt: new Date().toISOString(), forum: forumRef.current ?? desk.bundle()?.forum ?? null };
      await desk.saveBundle(cached);
      setBundle(cached);
      setError(null);
    } catch (failure) {
      setError(failure);
    } finally {
      setLoading(false);
    }
  }, [desk, forumId]);

  useEffect(() => {
    if (!desk) return;
    setBundle(desk.bundle());
    void refresh();
    const timer = setInterval(() => void refresh(), BUNDLE_REFRESH_MS);
    window.addEventListener("online", refresh);
    return () => {
      clearInterval(timer);
      window.removeEventListener("online", refresh);
    };
  }, [desk, refresh]);

  // The forum's name and time zone are kept with the list, so an offline reload can show them.
  useEffect(() => {
    const current = desk?.bundle();
    if (!desk || !current || !forum || JSON.stringify(current.forum) === JSON.stringify(forum)) return;
    const updated = { ...current, forum };
    void desk.saveBundle(updated).then(() => setBundle(updated));
  }, [desk, forum]);

  return { bundle, error, loading, refresh };
}

const IDLE: SyncStatus = { state: "idle", pending: 0, lastError: null, retryAt: null, lastSyncedAt: null };

/**
 * Everything the check-in page does with data: the local desk that judges scans, the badge list
 * and the loop that sends the queue to the server.
 */
export function useCheckInDesk(forumId: string, forum: ForumSummary | null) {
  const [setup, setSetup] = useState<{ desk: CheckInDesk; store: CheckInStore; persistent: boolean } | null>(null);
  const [recent, setRecent] = useState<ScanRecord[]>([]);
  const [sync, setSync] = useState<SyncStatus>(IDLE);
  const online = useOnline();
  const loop = useRef<SyncLoop | null>(null);
  const bundle = useBundle(forumId, setup?.desk ?? null, forum);

  useEffect(() => {
    let live = true;
    void openStore().then(async ({ store, persistent }) => {
      const desk = createCheckInDesk({ forumId, store, deviceId: deviceId() });
      await desk.load();
      const kept = await store.recentScans(forumId, RECENT_COUNT);
      if (!live) return;
      setRecent(kept);
      setSetup({ desk, store, persistent });
    });
    return () => {
      live = false;
    };
  }, [forumId]);

  useEffect(() => {
    if (!setup) return;
    const { desk, store } = setup;
    const showRecent = async () => setRecent(await store.recentScans(forumId, RECENT_COUNT));
    const current = createSyncLoop({
      forumId,
      store,
      send: sendScans,
      isOnline: () => navigator.onLine,
      onChange: (status, settled) => {
        setSync(status);
        if (settled.length > 0) void desk.refreshArrivals().then(showRecent);
      },
    });
    loop.current = current;
    void current.syncNow();
    return () => current.stop();
  }, [setup, forumId]);

  // Declared after the loop's effect, so a new loop exists before it hears the network's state.
  useEffect(() => {
    if (!setup) return;
    if (online) void loop.current?.wentOnline();
    else void loop.current?.wentOffline();
  }, [online, setup]);

  const scan = useCallback(
    async (text: string): Promise<DeskScan> => {
      if (!setup) return { verdict: null, record: null };
      const result = await setup.desk.scan(text);
      const { record } = result;
      if (record) {
        setRecent((previous) => [record, ...previous].slice(0, RECENT_COUNT));
        const pending = await setup.store.countPending(forumId);
        setSync((previous) => ({ ...previous, pending }));
        void loop.current?.syncNow();
      }
      return result;
    },
    [setup, forumId],
  );

  return {
    ready: setup !== null,
    persistent: setup?.persistent ?? true,
    bundle: bundle.bundle,
    bundleError: bundle.error,
    bundleLoading: bundle.loading,
    refreshBundle: bundle.refresh,
    recent,
    sync,
    online,
    scan,
    syncNow: () => loop.current?.syncNow(),
  };
}

export type CheckInDeskState = ReturnType<typeof useCheckInDesk>;
