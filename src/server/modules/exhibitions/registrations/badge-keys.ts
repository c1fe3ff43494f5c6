import { createPrivateKey, type KeyObject, sign } from "node:crypto";
import { deriveForumKeys, type ForumKeys, formatBadgeToken, publicKeyToText, signedBadgeMessage } from "../../../../engines/badge-token";
import type { AppContext } from "../../../platform/context";

type Ctx = Pick<AppContext, "config">;

// Deriving a key pair costs an HKDF and a point multiplication; lists and batches sign hundreds
// of badges of one forum, so the pair is kept. Bounded, since forum ids come from requests.
// The private key is also kept as an OpenSSL key: signing there takes ~40 µs instead of ~600 µs in
// JavaScript, and every registration list signs each row's token. Ed25519 is deterministic, so
// both give the same token.
type CachedKeys = ForumKeys & { signingKey: KeyObject };
const cache = new Map<string, CachedKeys>();
const CACHE_LIMIT = 500;

const base64url = (bytes: Uint8Array) => Buffer.from(bytes).toString("base64url");

function cachedKeysOf(ctx: Ctx, forumId: string): CachedKeys {
  const key = `${ctx.config.secret}\u0000${forumId}`;
  let keys = cache.get(key);
  if (!keys) {
    if (cache.size >= CACHE_LIMIT) cache.clear();
    const pair = deriveForumKeys(ctx.config.secret, forumId);
    const jwk = { kty: "OKP", crv: "Ed25519", d: base64url(pair.privateKey), x: base64url(pair.publicKey) };
    keys = { ...pair, signingKey: createPrivateKey({ key: jwk, format: "jwk" }) };
    cache.set(key, keys);
  }
  return keys;
}

/** The forum's badge key pair, derived from the server secret: registrations sign, check-in verifies. */
export const badgeKeysOf = (ctx: Ctx, forumId: string): ForumKeys => cachedKeysOf(ctx, forumId);

/** The QR content of a badge. */
export const badgeTokenOf = (ctx: Ctx, forumId: string, code: string): string =>
  formatBadgeToken(code, sign(null, signedBadgeMessage(forumId, code), cachedKeysOf(ctx, forumId).signingKey));

/** The public key as door devices receive it. */
export const badgePublicKeyText = (ctx: Ctx, forumId: string): string => publicKeyToText(badgeKeysOf(ctx, forumId).publicKey);
