import { type BadgeVerdict, normalizeBadgeCode, verifyBadgeToken } from "../../../../engines/badge-token";
import type { BundleBadge, ScanOutcome } from "./types";

/** What the camera read or the door staff typed, once recognised. */
export type ScanText = { kind: "token"; token: string } | { kind: "code"; code: string } | { kind: "unreadable" };

// The server takes tokens of up to 200 characters; anything longer is not one of our badges.
const MAX_TOKEN = 200;

/**
 * A badge QR code holds a signed token (HK1.<code>.<signature>); a person types the printed
 * code. Any other longer text (a URL from another system's QR code) is treated as a token, so
 * it is verified and refused as not ours rather than ignored.
 */
export function readScanText(text: string): ScanText {
  const trimmed = text.trim();
  if (!trimmed) return { kind: "unreadable" };
  const code = normalizeBadgeCode(trimmed);
  if (code) return { kind: "code", code };
  if (trimmed.length > 20 && trimmed.length <= MAX_TOKEN) return { kind: "token", token: trimmed };
  return { kind: "unreadable" };
}

export type LocalVerdict = {
  outcome: ScanOutcome;
  /** The badge code the scan names; null when a token did not verify. */
  code: string | null;
  badge: BundleBadge | null;
  /** For a repeat: when the badge first entered (by the badge list or this device). */
  firstCheckedInAt: string | null;
};

export type VerdictContext = {
  forumId: string;
  publicKey: Uint8Array;
  badges: ReadonlyMap<string, BundleBadge>;
  /** Badges this device has let in, with the time. */
  arrivals: ReadonlyMap<string, string>;
  verify?: (publicKey: Uint8Array, forumId: string, token: string) => BadgeVerdict;
};

const earliest = (a: string | null | undefined, b: string | null | undefined): string | null => {
  if (!a) return b ?? null;
  if (!b) return a;
  return Date.parse(a) <= Date.parse(b) ? a : b;
};

/**
 * The door's answer without the network. A forged token is final (the signature proves it);
 * the other answers rest on the badge list and this device's own scans, and the server may
 * correct them once the scan reaches it (another door may have let the badge in first).
 */
export function judgeScan(scan: Exclude<ScanText, { kind: "unreadable" }>, context: VerdictContext): LocalVerdict {
  let code = scan.kind === "code" ? scan.code : null;
  if (scan.kind === "token") {
    const verdict = (context.verify ?? verifyBadgeToken)(context.publicKey, context.forumId, scan.token);
    if (!verdict.ok) return { outcome: "forged", code: null, badge: null, firstCheckedInAt: null };
    code = verdict.code;
  }
  if (!code) return { outcome: "forged", code: null, badge: null, firstCheckedInAt: null };
  const badge = context.badges.get(code) ?? null;
  if (!badge) return { outcome: "unknown_badge", code, badge: null, firstCheckedInAt: null };
  if (badge.cancelled) return { outcome: "cancelled", code, badge, firstCheckedInAt: null };
  const firstIn = earliest(badge.checkedInAt, context.arrivals.get(code));
  if (firstIn) return { outcome: "repeat", code, badge, firstCheckedInAt: firstIn };
  return { outcome: "accepted", code, badge, firstCheckedInAt: null };
}
