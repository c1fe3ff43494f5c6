import { describe, expect, it } from "vitest";
import { compactLocalized, pickLocalized } from "./localized";

describe("pickLocalized", () => {
  const helicopter = { en: "Two-seat helicopter", ru: "Двухместный вертолёт", ky: "Эки орундуу тик учак" };

  it("uses the reader's own language when written", () => {
    expect(pickLocalized(helicopter, "ky")).toBe("Эки орундуу тик учак");
  });

  it("falls back to Russian for Tajik readers and to English for English readers", () => {
    expect(pickLocalized(helicopter, "tg")).toBe("Двухместный вертолёт");
    expect(pickLocalized({ ru: "Пряжа", tg: "Ресмон" }, "en")).toBe("Пряжа");
    expect(pickLocalized({ tg: "Ресмон" }, "ky")).toBe("Ресмон");
  });

  it("skips blank texts", () => {
    expect(pickLocalized({ ru: "  ", en: "Yarn" }, "tg")).toBe("Yarn");
    expect(pickLocalized(undefined, "en")).toBe("");
  });
});

describe("compactLocalized", () => {
  it("keeps only the languages that were written, trimmed", () => {
    expect(compactLocalized({ en: " Silk ", ru: "", tg: "Абрешим" })).toEqual({ en: "Silk", tg: "Абрешим" });
  });
});
