import { describe, expect, it } from "vitest";
import { newBadgeCode, signBadgeToken, verifyBadgeToken } from "../../../../engines/badge-token";
import { badgeKeysOf, badgeTokenOf } from "./badge-keys";

const ctx = { config: { secret: "a-secret-of-thirty-two-characters!" } } as Parameters<typeof badgeKeysOf>[0];

describe("badge tokens signed on the server", () => {
  it("are the very tokens the engine signs, and verify with the forum's public key", () => {
    for (let i = 0; i < 20; i++) {
      const code = newBadgeCode();
      const token = badgeTokenOf(ctx, "forum-1", code);
      expect(token).toBe(signBadgeToken(badgeKeysOf(ctx, "forum-1").privateKey, { forumId: "forum-1", code }));
      expect(verifyBadgeToken(badgeKeysOf(ctx, "forum-1").publicKey, "forum-1", token)).toEqual({ ok: true, code });
      expect(verifyBadgeToken(badgeKeysOf(ctx, "forum-2").publicKey, "forum-2", token).ok).toBe(false);
    }
  });
});
