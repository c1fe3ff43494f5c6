import { deriveForumKeys, type ForumKeys, publicKeyToText, signBadgeToken } from "../../../../engines/badge-token";
import type { AppContext } from "../../../platform/context";

type Ctx = Pick<AppContext, "config">;

// Deriving a key pair costs an HKDF and a point multiplication; lists and batches sign hundreds
// of badges of one forum, so the pair is kept. Bounded, since forum ids come from requests.
const cache = new Map<string, ForumKeys>();
const CACHE_LIMIT = 500;

/** The forum's badge key pair, derived from the server secret: registrations sign, check-in verifies. */
export function badgeKeysOf(ctx: Ctx, forumId: string): ForumKeys {
  const key = `${ctx.config.secret}\u0000${forumId}`;
  let keys = cache.get(key);
  if (!keys) {
    if (cache.size >= CACHE_LIMIT) cache.clear();
    keys = deriveForumKeys(ctx.config.secret, forumId);
    cache.set(key, keys);
  }
  return keys;
}

/** The QR content of a badge. */
export const badgeTokenOf = (ctx: Ctx, forumId: string, code: string): string => signBadgeToken(badgeKeysOf(ctx, forumId).privateKey, { forumId, code });

/** The public key as door devices receive it. */
export const badgePublicKeyText = (ctx: Ctx, forumId: string): string => publicKeyToText(badgeKeysOf(ctx, forumId).publicKey);
