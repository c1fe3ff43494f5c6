import { describe, expect, it } from "vitest";
import { hsLevelRank, normalizeHsCode } from "./hs-codes";

describe("normalizeHsCode", () => {
  it("keeps 2, 4 and 6 digits, cuts national codes to 6 and drops separators", () => {
    expect(normalizeHsCode("50")).toBe("50");
    expect(normalizeHsCode("5002")).toBe("5002");
    expect(normalizeHsCode("5002.00")).toBe("500200");
    expect(normalizeHsCode("5007100000")).toBe("500710");
    expect(normalizeHsCode("50021")).toBe("5002");
    expect(normalizeHsCode("5")).toBeNull();
  });
});

describe("hsLevelRank", () => {
  it("ranks subheading above heading above chapter", () => {
    expect(hsLevelRank("500200", "500200")).toBe(3);
    expect(hsLevelRank("520811", "520812")).toBe(2);
    expect(hsLevelRank("5002", "500200")).toBe(2);
    expect(hsLevelRank("5002", "5002")).toBe(2);
    expect(hsLevelRank("500200", "500710")).toBe(1);
    expect(hsLevelRank("50", "500710")).toBe(1);
    expect(hsLevelRank("500200", "520100")).toBe(0);
  });
});
