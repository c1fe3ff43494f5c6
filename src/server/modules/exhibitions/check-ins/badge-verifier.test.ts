import { describe, expect, it } from "vitest";
import { deriveForumKeys, newBadgeCode, signBadgeToken, verifyBadgeToken } from "../../../../engines/badge-token";
import { acceptedByFastPath, verifyScannedToken } from "./badge-verifier";

const forumId = "8f6c1d2e-forum";
const keys = deriveForumKeys("test-secret", forumId);
const tokens = Array.from({ length: 40 }, () => signBadgeToken(keys.privateKey, { forumId, code: newBadgeCode() }));

const flip = (token: string, at: number) => `${token.slice(0, at)}${token[at] === "A" ? "B" : "A"}${token.slice(at + 1)}`;

describe("verifyScannedToken", () => {
  it("accepts the engine's tokens on the fast path, with the code the engine reads", () => {
    for (const token of tokens) {
      expect(acceptedByFastPath(keys.publicKey, forumId, token)).toBe(true);
      expect(verifyScannedToken(keys.publicKey, forumId, token)).toEqual(verifyBadgeToken(keys.publicKey, forumId, token));
    }
  });

  it("agrees with the engine on everything that is not a genuine badge of this forum", () => {
    const other = deriveForumKeys("test-secret", "another-forum");
    const token = tokens[0];
    const bad = [
      flip(token, token.length - 5),
      flip(token, 6),
      signBadgeToken(other.privateKey, { forumId: "another-forum", code: token.split(".")[1] }),
      signBadgeToken(keys.privateKey, { forumId: "another-forum", code: token.split(".")[1] }),
      `${token}A`,
      token.replace("HK1", "HK2"),
      "",
      "HK1..",
    ];
    for (const candidate of bad) {
      expect(acceptedByFastPath(keys.publicKey, forumId, candidate)).toBe(false);
      expect(verifyScannedToken(keys.publicKey, forumId, candidate)).toEqual({ ok: false });
      expect(verifyBadgeToken(keys.publicKey, forumId, candidate).ok).toBe(false);
    }
  });

  it("reads a token with the line break some scanners append", () => {
    expect(verifyScannedToken(keys.publicKey, forumId, `${tokens[1]}\n`)).toEqual({ ok: true, code: tokens[1].split(".")[1] });
  });
});
