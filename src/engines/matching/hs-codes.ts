import type { HsLevel } from "./types";

/**
 * An HS code reduced to 2, 4 or 6 digits, or null when it has fewer than 2. National codes
 * (8–10 digits) are cut to the international 6, and an odd digit is dropped, because only the
 * chapter, heading and subheading are shared by every country's tariff.
 */
export function normalizeHsCode(code: string): string | null {
  const digits = code.replace(/[^0-9]/g, "");
  if (digits.length < 2) return null;
  const length = Math.min(6, digits.length - (digits.length % 2));
  return digits.slice(0, length);
}

/** 3 for the same subheading, 2 for the same heading, 1 for the same chapter, 0 otherwise. */
export function hsLevelRank(a: string, b: string): number {
  if (a.slice(0, 2) !== b.slice(0, 2)) return 0;
  if (a.length < 4 || b.length < 4 || a.slice(0, 4) !== b.slice(0, 4)) return 1;
  if (a.length < 6 || b.length < 6 || a !== b) return 2;
  return 3;
}

export const HS_LEVELS: readonly (HsLevel | null)[] = [null, "chapter", "heading", "subheading"];
