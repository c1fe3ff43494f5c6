import type { TLocalizedText } from "../../../../contracts/common";
import type { SCAN_OUTCOMES, TCheckInBundle, TVisitorCategory } from "../../../../contracts/exhibitions";

export type ScanOutcome = (typeof SCAN_OUTCOMES)[number];
export type BundleBadge = TCheckInBundle["badges"][number];

/** What the page needs to show the forum with no network: its name and the venue's clock. */
export type ForumSummary = { name: TLocalizedText; timeZone: string };

/** The badge list as downloaded, with when this device got it. */
export type CachedBundle = TCheckInBundle & { fetchedAt: string; forum: ForumSummary | null };

/** One scan as the server receives it; kept in the queue until the server has answered it. */
export type QueuedScan = {
  scanId: string;
  forumId: string;
  token?: string;
  code?: string;
  scannedAt: string;
  deviceId: string;
};

export type ScanPerson = { fullName: string; organizationName: string | null; category: TVisitorCategory };

/**
 * One line of the recent-scans list. `outcome` is the device's own verdict until the server has
 * answered; then it is the server's, which wins (another door may have scanned the badge first).
 */
export type ScanRecord = {
  scanId: string;
  forumId: string;
  code: string | null;
  scannedAt: string;
  outcome: ScanOutcome;
  person: ScanPerson | null;
  /** When the badge first entered, for repeats. */
  firstCheckedInAt: string | null;
  synced: boolean;
  /** Why the server refused to record the scan at all (e.g. the device clock was days off). */
  rejection?: string;
};

/** A badge this device knows to be in, by its own scans or the server's answers. */
export type Arrival = { forumId: string; code: string; at: string; scanId: string };

/**
 * The server's answer about one scan, reduced to what the device keeps: its outcome, or the
 * reason it refused to record the scan at all.
 */
export type ScanSettlement =
  | { scanId: string; outcome: ScanOutcome; person: ScanPerson | null; firstCheckedInAt: string | null }
  | { scanId: string; rejection: string };
