import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { decodeBase64Url, encodeBase64Url } from "./base64url";

describe("base64url", () => {
  it("matches RFC 4648 test vectors without padding", () => {
    const vectors = ["", "Zg", "Zm8", "Zm9v", "Zm9vYg", "Zm9vYmE", "Zm9vYmFy"];
    vectors.forEach((encoded, n) => {
      const bytes = new TextEncoder().encode("foobar".slice(0, n));
      expect(encodeBase64Url(bytes)).toBe(encoded);
      expect(decodeBase64Url(encoded)).toEqual(bytes);
    });
    expect(encodeBase64Url(Uint8Array.from([0xfb, 0xff]))).toBe("-_8");
  });

  it("round-trips any bytes", () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 100 }), (bytes) => {
        expect(decodeBase64Url(encodeBase64Url(bytes))).toEqual(bytes);
      }),
    );
  });

  it("accepts only the canonical text of some bytes", () => {
    expect(decodeBase64Url("Zh")).toBeNull(); // stray low bits: "Zg" is the canonical form
    expect(decodeBase64Url("Zg==")).toBeNull();
    expect(decodeBase64Url("Z")).toBeNull();
    expect(decodeBase64Url("Zm+v")).toBeNull();
    fc.assert(
      fc.property(fc.string({ maxLength: 50 }), (text) => {
        const bytes = decodeBase64Url(text);
        if (bytes !== null) expect(encodeBase64Url(bytes)).toBe(text);
      }),
    );
  });
});
