import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { BADGE_CODE_ALPHABET, formatBadgeCode, isBadgeCode, newBadgeCode, normalizeBadgeCode } from "./badge-code";

describe("newBadgeCode", () => {
  it("makes 10 Crockford characters without I, L, O, U", () => {
    for (let i = 0; i < 200; i++) {
      const code = newBadgeCode();
      expect(code).toMatch(/^[0-9A-Z]{10}$/);
      expect(code).not.toMatch(/[ILOU]/);
    }
  });

  it("uses the random source it is given, five bits per byte", () => {
    const bytes = Uint8Array.from([0, 1, 9, 10, 17, 31, 32, 255, 224, 18]);
    expect(newBadgeCode(() => bytes)).toBe("019AHZ0Z0J");
  });

  it("reaches every letter of the alphabet", () => {
    const seen = new Set<string>();
    for (let i = 0; i < 100; i++) for (const char of newBadgeCode()) seen.add(char);
    expect([...seen].sort().join("")).toBe(BADGE_CODE_ALPHABET);
  });

  it("refuses a random source that returns too few bytes", () => {
    expect(() => newBadgeCode(() => new Uint8Array(3))).toThrow(RangeError);
  });
});

describe("normalizeBadgeCode", () => {
  it.each([
    ["7K3MQ-9X2RT", "7K3MQ9X2RT"],
    ["7k3mq 9x2rt", "7K3MQ9X2RT"],
    [" 7k3mq—9x2rt\n", "7K3MQ9X2RT"],
    ["O1LI0-ABCDE", "01110ABCDE"],
    ["ol1io-abcde", "01110ABCDE"],
    ["7К3МQ-9Х2РТ", "7K3MQ9X2PT"], // typed on a Cyrillic layout
  ])("%j → %s", (typed, expected) => {
    expect(normalizeBadgeCode(typed)).toBe(expected);
  });

  it.each(["", "7K3MQ9X2R", "7K3MQ9X2RTT", "7K3MQ9X2RU", "7K3MQ.9X2RT", "ҲҚҒҶӢӮ1234", "7K3MQ9X2R💥"])("rejects %j", (typed) => {
    expect(normalizeBadgeCode(typed)).toBeNull();
  });

  it("keeps every generated code as it is, whatever the spacing", () => {
    fc.assert(
      fc.property(fc.uint8Array({ minLength: 10, maxLength: 10 }), (bytes) => {
        const code = newBadgeCode(() => bytes);
        expect(normalizeBadgeCode(code)).toBe(code);
        expect(normalizeBadgeCode(formatBadgeCode(code).toLowerCase())).toBe(code);
      }),
    );
  });

  it("returns either null or a canonical code for any text", () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 40 }), (typed) => {
        const code = normalizeBadgeCode(typed);
        expect(code === null || isBadgeCode(code)).toBe(true);
      }),
    );
  });
});

describe("formatBadgeCode", () => {
  it("groups five and five", () => {
    expect(formatBadgeCode("7K3MQ9X2RT")).toBe("7K3MQ-9X2RT");
  });

  it("refuses what is not a code", () => {
    expect(() => formatBadgeCode("hello")).toThrow(RangeError);
  });
});
