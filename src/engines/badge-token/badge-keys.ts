import { ed25519 } from "@noble/curves/ed25519.js";
import { hkdf } from "@noble/hashes/hkdf.js";
import { sha256 } from "@noble/hashes/sha2.js";
import { utf8ToBytes } from "@noble/hashes/utils.js";
import { decodeBase64Url, encodeBase64Url } from "./base64url";

export type ForumKeys = { privateKey: Uint8Array; publicKey: Uint8Array };

// Versioned so that a future change of scheme yields unrelated keys instead of colliding ones.
const KEY_SALT = utf8ToBytes("hamkori/badge-token/forum-key/v1");

/**
 * Each forum's key pair is derived from the server secret, so nothing per forum is stored and a
 * leaked check-in page (which holds only the public key) says nothing about other forums.
 */
export function deriveForumKeys(secret: string, forumId: string): ForumKeys {
  if (secret.length === 0) throw new RangeError("badge secret is empty");
  if (forumId.length === 0) throw new RangeError("forumId is empty");
  const privateKey = hkdf(sha256, utf8ToBytes(secret), KEY_SALT, utf8ToBytes(`forum:${forumId}`), 32);
  return { privateKey, publicKey: ed25519.getPublicKey(privateKey) };
}

export function publicKeyToText(key: Uint8Array): string {
  return encodeBase64Url(key);
}

/** Throws on text that is not a 32-byte base64url key: a bad key is a configuration error, not input. */
export function publicKeyFromText(text: string): Uint8Array {
  const key = decodeBase64Url(text.trim());
  if (key === null || key.length !== 32) throw new RangeError("not an Ed25519 public key in base64url");
  return key;
}
