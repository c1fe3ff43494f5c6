export { BADGE_CODE_ALPHABET, BADGE_CODE_LENGTH, formatBadgeCode, isBadgeCode, newBadgeCode, normalizeBadgeCode, type RandomBytes } from "./badge-code";
export { isHexColor, textColorOn } from "./badge-colors";
export { deriveForumKeys, type ForumKeys, publicKeyFromText, publicKeyToText } from "./badge-keys";
export { type BadgeClaims, type BadgeVerdict, formatBadgeToken, parseBadgeToken, signBadgeToken, signedBadgeMessage, verifyBadgeToken } from "./badge-token";
