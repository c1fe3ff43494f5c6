import { ed25519 } from "@noble/curves/ed25519.js";
import { concatBytes, utf8ToBytes } from "@noble/hashes/utils.js";
import { isBadgeCode } from "./badge-code";
import { decodeBase64Url, encodeBase64Url } from "./base64url";

export type BadgeClaims = { forumId: string; code: string };
export type BadgeVerdict = { ok: true; code: string } | { ok: false; reason: "malformed" | "bad_signature" };

const PREFIX = "HK1";
const DOMAIN = utf8ToBytes("hamkori/badge-token/v1\0");
// HK1 + code + 86 signature characters is ~100; anything far longer is not ours and is not parsed.
const MAX_TOKEN_LENGTH = 256;

/**
 * What is signed: a domain tag (so the key can never be tricked into signing something that is
 * valid elsewhere), then the forum id with its length (so "ab"+"c…" and "a"+"bc…" differ), then
 * the code. The forum id is signed but not carried: the scanner supplies the forum it serves, so
 * a badge from another forum fails the signature check.
 */
export function signedBadgeMessage(forumId: string, code: string): Uint8Array {
  const forum = utf8ToBytes(forumId);
  const length = new Uint8Array(4);
  new DataView(length.buffer).setUint32(0, forum.length);
  return concatBytes(DOMAIN, length, forum, utf8ToBytes(code));
}

/** Compact enough for a QR code of version 6 at error correction M: `HK1.<code>.<signature>`. */
export function formatBadgeToken(code: string, signature: Uint8Array): string {
  if (!isBadgeCode(code)) throw new RangeError("code must be a canonical badge code (see normalizeBadgeCode)");
  return `${PREFIX}.${code}.${encodeBase64Url(signature)}`;
}

/** Signs in pure JavaScript (browsers too); a server may sign `signedBadgeMessage` natively and format it the same way. */
export function signBadgeToken(privateKey: Uint8Array, claims: BadgeClaims): string {
  if (!isBadgeCode(claims.code)) throw new RangeError("code must be a canonical badge code (see normalizeBadgeCode)");
  return formatBadgeToken(claims.code, ed25519.sign(signedBadgeMessage(claims.forumId, claims.code), privateKey));
}

/** The code and signature of a well-formed token, or null. Never throws: scanners feed it anything. */
export function parseBadgeToken(token: string): { code: string; signature: Uint8Array } | null {
  if (typeof token !== "string" || token.length > MAX_TOKEN_LENGTH) return null;
  // Some handheld scanners append a line break to what they read.
  const parts = token.trim().split(".");
  if (parts.length !== 3 || parts[0] !== PREFIX || !isBadgeCode(parts[1])) return null;
  const signature = decodeBase64Url(parts[2]);
  if (signature === null || signature.length !== 64) return null;
  return { code: parts[1], signature };
}

/** Never throws: a door scanner feeds it whatever a camera read. */
export function verifyBadgeToken(publicKey: Uint8Array, forumId: string, token: string): BadgeVerdict {
  const parsed = parseBadgeToken(token);
  if (!parsed) return { ok: false, reason: "malformed" };
  try {
    // zip215: false is strict RFC 8032, so no second encoding of the same signature verifies.
    const valid = ed25519.verify(parsed.signature, signedBadgeMessage(forumId, parsed.code), publicKey, { zip215: false });
    return valid ? { ok: true, code: parsed.code } : { ok: false, reason: "bad_signature" };
  } catch {
    return { ok: false, reason: "bad_signature" };
  }
}
