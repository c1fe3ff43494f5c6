import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { deriveForumKeys, newBadgeCode, publicKeyFromText, publicKeyToText, signBadgeToken, verifyBadgeToken } from "./index";

const SECRET = "test-secret-with-enough-entropy-0123456789";
const forumA = deriveForumKeys(SECRET, "forum-dushanbe-2026");
const forumB = deriveForumKeys(SECRET, "forum-bishkek-2026");
const code = "7K3MQ9X2RT";
const token = signBadgeToken(forumA.privateKey, { forumId: "forum-dushanbe-2026", code });

function replaceAt(text: string, index: number, char: string): string {
  return text.slice(0, index) + char + text.slice(index + 1);
}

describe("deriveForumKeys", () => {
  it("gives the same pair for the same secret and forum", () => {
    const again = deriveForumKeys(SECRET, "forum-dushanbe-2026");
    expect(again.privateKey).toEqual(forumA.privateKey);
    expect(again.publicKey).toEqual(forumA.publicKey);
    expect(forumA.privateKey).toHaveLength(32);
    expect(forumA.publicKey).toHaveLength(32);
  });

  it("gives other forums and other secrets unrelated pairs", () => {
    expect(forumB.publicKey).not.toEqual(forumA.publicKey);
    expect(forumB.privateKey).not.toEqual(forumA.privateKey);
    expect(deriveForumKeys(`${SECRET}x`, "forum-dushanbe-2026").publicKey).not.toEqual(forumA.publicKey);
  });

  it("refuses an empty secret or forum id", () => {
    expect(() => deriveForumKeys("", "f")).toThrow(RangeError);
    expect(() => deriveForumKeys(SECRET, "")).toThrow(RangeError);
  });

  it("carries the public key as base64url text", () => {
    const text = publicKeyToText(forumA.publicKey);
    expect(text).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(publicKeyFromText(text)).toEqual(forumA.publicKey);
    expect(() => publicKeyFromText("not a key")).toThrow(RangeError);
    expect(() => publicKeyFromText(text.slice(0, 40))).toThrow(RangeError);
  });
});

describe("signBadgeToken / verifyBadgeToken", () => {
  it("round-trips and is compact", () => {
    expect(token).toMatch(/^HK1\.7K3MQ9X2RT\.[A-Za-z0-9_-]{86}$/);
    expect(verifyBadgeToken(forumA.publicKey, "forum-dushanbe-2026", token)).toEqual({ ok: true, code });
    expect(verifyBadgeToken(forumA.publicKey, "forum-dushanbe-2026", `${token}\r\n`)).toEqual({ ok: true, code });
  });

  it("round-trips any generated code", () => {
    fc.assert(
      fc.property(fc.uint8Array({ minLength: 10, maxLength: 10 }), fc.string({ minLength: 1, maxLength: 30 }), (bytes, forumId) => {
        const keys = deriveForumKeys(SECRET, forumId);
        const badgeCode = newBadgeCode(() => bytes);
        const signed = signBadgeToken(keys.privateKey, { forumId, code: badgeCode });
        expect(verifyBadgeToken(keys.publicKey, forumId, signed)).toEqual({ ok: true, code: badgeCode });
      }),
      { numRuns: 30 },
    );
  });

  it("refuses a changed code", () => {
    const forged = token.replace(code, "7K3MQ9X2RV");
    expect(verifyBadgeToken(forumA.publicKey, "forum-dushanbe-2026", forged)).toEqual({ ok: false, reason: "bad_signature" });
  });

  it("refuses a changed signature, whichever character changes", () => {
    const start = "HK1.7K3MQ9X2RT.".length;
    for (let i = start; i < token.length - 1; i += 7) {
      const forged = replaceAt(token, i, token[i] === "A" ? "B" : "A");
      expect(verifyBadgeToken(forumA.publicKey, "forum-dushanbe-2026", forged).ok).toBe(false);
    }
  });

  it("refuses a badge of another forum, signed or checked there", () => {
    expect(verifyBadgeToken(forumB.publicKey, "forum-bishkek-2026", token)).toEqual({ ok: false, reason: "bad_signature" });
    // The right key but the wrong forum: the forum id is part of what was signed.
    expect(verifyBadgeToken(forumA.publicKey, "forum-bishkek-2026", token)).toEqual({ ok: false, reason: "bad_signature" });
    expect(verifyBadgeToken(forumB.publicKey, "forum-dushanbe-2026", token)).toEqual({ ok: false, reason: "bad_signature" });
  });

  it("refuses to sign a code that is not canonical", () => {
    expect(() => signBadgeToken(forumA.privateKey, { forumId: "f", code: "7k3mq-9x2rt" })).toThrow(RangeError);
  });

  it.each([
    "",
    "HK1",
    "HK1..",
    `HK2${token.slice(3)}`,
    token.replace(code, "7k3mq9x2rt"),
    token.replace(code, "7K3MQ9X2RU"),
    `${token}A`,
    `${token}.x`,
    token.slice(0, -2),
    `${token.slice(0, -1)}=`,
    "x".repeat(10_000),
  ])("calls %j malformed", (garbage) => {
    expect(verifyBadgeToken(forumA.publicKey, "forum-dushanbe-2026", garbage)).toEqual({ ok: false, reason: "malformed" });
  });

  it("never throws on garbage, and never accepts it", () => {
    const tokenLike = fc.tuple(fc.constantFrom("HK1", "HK2", ""), fc.string({ maxLength: 12 }), fc.string({ maxLength: 90 })).map((parts) => parts.join("."));
    // Well-formed but unsigned: drives random bytes into the curve code, which must not throw either.
    const base64UrlChar = fc.constantFrom(..."ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_");
    const wellFormed = fc.string({ unit: base64UrlChar, minLength: 86, maxLength: 86 }).map((signature) => `HK1.${code}.${signature}`);
    fc.assert(
      fc.property(fc.oneof(fc.string({ maxLength: 10_000 }), fc.string({ unit: "binary", maxLength: 300 }), tokenLike, wellFormed), (garbage) => {
        expect(verifyBadgeToken(forumA.publicKey, "forum-dushanbe-2026", garbage).ok).toBe(false);
      }),
      { numRuns: 500 },
    );
  });

  it("answers bad_signature, not an exception, when the public key itself is broken", () => {
    expect(verifyBadgeToken(new Uint8Array(5), "forum-dushanbe-2026", token)).toEqual({ ok: false, reason: "bad_signature" });
    expect(verifyBadgeToken(new Uint8Array(32), "forum-dushanbe-2026", token)).toEqual({ ok: false, reason: "bad_signature" });
  });
});
