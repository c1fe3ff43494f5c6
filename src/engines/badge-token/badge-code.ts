/**
 * Badge codes: 10 characters of Crockford base32 (50 random bits), short enough to read out and
 * type when a QR code will not scan, with no letters that look like digits (I, L, O) or that
 * spell words by accident (U).
 */
export const BADGE_CODE_ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
export const BADGE_CODE_LENGTH = 10;

const CANONICAL = /^[0-9A-HJKMNP-TV-Z]{10}$/;

// Door staff in Dushanbe and Bishkek often type on a Cyrillic layout; these letters look the
// same as the Latin ones printed on the badge, so accept them rather than reject a valid code.
const LOOKALIKES: Record<string, string> = {
  O: "0",
  I: "1",
  L: "1",
  А: "A",
  В: "B",
  С: "C",
  Е: "E",
  Н: "H",
  К: "K",
  М: "M",
  О: "0",
  Р: "P",
  Т: "T",
  Х: "X",
};

export type RandomBytes = (n: number) => Uint8Array;

const cryptoRandomBytes: RandomBytes = (n) => globalThis.crypto.getRandomValues(new Uint8Array(n));

export function newBadgeCode(randomBytes: RandomBytes = cryptoRandomBytes): string {
  const bytes = randomBytes(BADGE_CODE_LENGTH);
  if (bytes.length < BADGE_CODE_LENGTH) throw new RangeError(`randomBytes returned ${bytes.length} bytes, need ${BADGE_CODE_LENGTH}`);
  let code = "";
  // 256 is a multiple of 32, so the low five bits of a uniform byte are uniform: no bias.
  for (let i = 0; i < BADGE_CODE_LENGTH; i++) code += BADGE_CODE_ALPHABET[bytes[i] & 31];
  return code;
}

/** True only for the canonical form that `newBadgeCode` produces and tokens carry. */
export function isBadgeCode(code: string): boolean {
  return CANONICAL.test(code);
}

/** Turns what a person typed ("7k3m-q 9x2rt", "7К3М…" on a Cyrillic keyboard) into the canonical code. */
export function normalizeBadgeCode(typed: string): string | null {
  if (typed.length > 100) return null;
  const compact = typed.toUpperCase().replace(/[\s\-‐‑‒–—_]/g, "");
  let code = "";
  for (const char of compact) code += LOOKALIKES[char] ?? char;
  return isBadgeCode(code) ? code : null;
}

/** The printed form, XXXXX-XXXXX: two groups of five are easier to read out and compare. */
export function formatBadgeCode(code: string): string {
  const canonical = normalizeBadgeCode(code);
  if (canonical === null) throw new RangeError(`not a badge code: ${JSON.stringify(code.slice(0, 40))}`);
  return `${canonical.slice(0, 5)}-${canonical.slice(5)}`;
}
