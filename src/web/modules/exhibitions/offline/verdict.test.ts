import { describe, expect, it } from "vitest";
import { deriveForumKeys, formatBadgeCode, signBadgeToken } from "../../../../engines/badge-token";
import { badge, FORUM_ID, keys, tokenOf } from "./check-in.test-support";
import { judgeScan, readScanText, type VerdictContext } from "./verdict";

const inside = badge({ checkedInAt: "2031-07-09T05:00:00.000Z" });
const cancelled = badge({ cancelled: true });
const fresh = badge();
const context = (arrivals: Record<string, string> = {}): VerdictContext => ({
  forumId: FORUM_ID,
  publicKey: keys.publicKey,
  badges: new Map([inside, cancelled, fresh].map((b) => [b.code, b])),
  arrivals: new Map(Object.entries(arrivals)),
});

describe("readScanText", () => {
  it("recognises typed codes however they were typed, tokens, and nonsense", () => {
    expect(readScanText(` ${formatBadgeCode(fresh.code).toLowerCase()} `)).toEqual({ kind: "code", code: fresh.code });
    expect(readScanText(tokenOf(fresh.code))).toEqual({ kind: "token", token: tokenOf(fresh.code) });
    expect(readScanText("https://example.com/some/other/qr")).toMatchObject({ kind: "token" });
    expect(readScanText("12345")).toEqual({ kind: "unreadable" });
    expect(readScanText("   ")).toEqual({ kind: "unreadable" });
    expect(readScanText("x".repeat(201))).toEqual({ kind: "unreadable" });
  });
});

describe("judgeScan", () => {
  it("accepts a badge seen for the first time, by token or by typed code", () => {
    expect(judgeScan({ kind: "token", token: tokenOf(fresh.code) }, context())).toEqual({
      outcome: "accepted",
      code: fresh.code,
      badge: fresh,
      firstCheckedInAt: null,
    });
    expect(judgeScan({ kind: "code", code: fresh.code }, context()).outcome).toBe("accepted");
  });

  it("refuses a forged token, one of another forum, and a foreign QR code, with no badge named", () => {
    const token = tokenOf(fresh.code);
    const flipped = `${token.slice(0, -3)}${token.at(-3) === "A" ? "B" : "A"}${token.slice(-2)}`;
    const otherForum = signBadgeToken(deriveForumKeys("test-secret", "forum-2").privateKey, { forumId: "forum-2", code: fresh.code });
    for (const forged of [flipped, otherForum, "https://example.com/some/other/qr"]) {
      expect(judgeScan({ kind: "token", token: forged }, context())).toEqual({ outcome: "forged", code: null, badge: null, firstCheckedInAt: null });
    }
  });

  it("flags a badge already in by the list or by this device, with the earlier time", () => {
    expect(judgeScan({ kind: "code", code: inside.code }, context())).toMatchObject({ outcome: "repeat", firstCheckedInAt: inside.checkedInAt });
    const earlier = "2031-07-09T04:30:00.000Z";
    expect(judgeScan({ kind: "code", code: inside.code }, context({ [inside.code]: earlier })).firstCheckedInAt).toBe(earlier);
    expect(judgeScan({ kind: "code", code: fresh.code }, context({ [fresh.code]: earlier }))).toMatchObject({ outcome: "repeat", firstCheckedInAt: earlier });
  });

  it("refuses cancelled badges and names codes the list does not know", () => {
    expect(judgeScan({ kind: "token", token: tokenOf(cancelled.code) }, context())).toMatchObject({ outcome: "cancelled", badge: cancelled });
    expect(judgeScan({ kind: "code", code: "0000000000" }, context())).toEqual({
      outcome: "unknown_badge",
      code: "0000000000",
      badge: null,
      firstCheckedInAt: null,
    });
  });
});
