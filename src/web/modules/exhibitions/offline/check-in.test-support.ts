import { deriveForumKeys, newBadgeCode, publicKeyToText, signBadgeToken } from "../../../../engines/badge-token";
import type { BundleBadge, CachedBundle } from "./types";

export const FORUM_ID = "forum-1";
export const keys = deriveForumKeys("test-secret", FORUM_ID);
export const tokenOf = (code: string, forumId = FORUM_ID) => signBadgeToken(keys.privateKey, { forumId, code });

export function badge(overrides: Partial<BundleBadge> = {}): BundleBadge {
  return {
    code: newBadgeCode(),
    fullName: "Aziz Karimov",
    organizationName: "Tajik Aluminium",
    category: "buyer",
    checkedInAt: null,
    cancelled: false,
    ...overrides,
  };
}

export function bundleOf(badges: BundleBadge[], forumId = FORUM_ID): CachedBundle {
  return {
    forumId,
    publicKey: publicKeyToText(deriveForumKeys("test-secret", forumId).publicKey),
    generatedAt: "2031-07-09T04:00:00.000Z",
    fetchedAt: "2031-07-09T04:00:01.000Z",
    badges,
    forum: { name: { en: "Joint Industrial Exhibition" }, timeZone: "Asia/Dushanbe" },
  };
}
