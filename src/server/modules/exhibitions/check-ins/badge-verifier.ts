import { createPublicKey, type KeyObject, verify } from "node:crypto";
import { parseBadgeToken, publicKeyToText, signedBadgeMessage, verifyBadgeToken } from "../../../../engines/badge-token";

export type TokenVerdict = { ok: true; code: string } | { ok: false };

/*
 * The engine verifies with @noble/curves, which runs in browsers too but manages ~800 tokens/s on
 * one core here; a busy entrance syncs ~2,000 scans/s. OpenSSL verifies ~9,000/s, so the server
 * tries it first on the message and signature the engine parses out. The fast path can only say
 * yes: its signature check is real, and
 * the forum's key signs nothing but badges, so a yes cannot be a forgery. Anything it does not
 * accept goes to the engine, which stays the authority (and the test proves both agree).
 */

const keyObjects = new Map<string, KeyObject>();
const KEY_CACHE_LIMIT = 500;

function keyObjectOf(publicKey: Uint8Array): KeyObject {
  const x = publicKeyToText(publicKey);
  let key = keyObjects.get(x);
  if (!key) {
    if (keyObjects.size >= KEY_CACHE_LIMIT) keyObjects.clear();
    key = createPublicKey({ key: { kty: "OKP", crv: "Ed25519", x }, format: "jwk" });
    keyObjects.set(x, key);
  }
  return key;
}

function verifyNatively(publicKey: Uint8Array, forumId: string, token: string): string | null {
  const parsed = parseBadgeToken(token);
  if (!parsed) return null;
  return verify(null, signedBadgeMessage(forumId, parsed.code), keyObjectOf(publicKey), parsed.signature) ? parsed.code : null;
}

/** The badge code a scanned QR token carries, if the forum's key signed it. */
export function verifyScannedToken(publicKey: Uint8Array, forumId: string, token: string): TokenVerdict {
  const fast = verifyNatively(publicKey, forumId, token);
  if (fast !== null) return { ok: true, code: fast };
  const verdict = verifyBadgeToken(publicKey, forumId, token);
  return verdict.ok ? { ok: true, code: verdict.code } : { ok: false };
}

/** For the test that keeps the fast path honest: true when OpenSSL alone accepted the token. */
export const acceptedByFastPath = (publicKey: Uint8Array, forumId: string, token: string): boolean => verifyNatively(publicKey, forumId, token) !== null;
