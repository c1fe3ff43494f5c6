import { describe, expect, it } from "vitest";
import { textColorOn } from "./badge-colors";

describe("textColorOn", () => {
  it.each([
    ["#d4af37", "#000000"], // VIP gold
    ["#ffe600", "#000000"], // staff yellow
    ["#ffffff", "#000000"],
    ["#1d4ed8", "#ffffff"], // press blue
    ["#15803d", "#ffffff"], // buyer green
    ["#000000", "#ffffff"],
  ])("writes on %s in %s", (band, text) => {
    expect(textColorOn(band)).toBe(text);
  });
});
