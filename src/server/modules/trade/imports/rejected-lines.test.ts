import { describe, expect, it } from "vitest";
import { lineOfKeptRow } from "./rejected-lines";

describe("line numbers of rejected rows", () => {
  it("counts the header as line 1", () => {
    expect(lineOfKeptRow(0, [])).toBe(2);
    expect(lineOfKeptRow(9, [])).toBe(11);
  });

  it("skips lines set aside before the row", () => {
    // lines: 1 header, 2 kept(0), 3 set aside, 4 kept(1), 5 set aside, 6 set aside, 7 kept(2)
    expect(lineOfKeptRow(0, [3, 5, 6])).toBe(2);
    expect(lineOfKeptRow(1, [3, 5, 6])).toBe(4);
    expect(lineOfKeptRow(2, [3, 5, 6])).toBe(7);
  });

  it("ignores lines set aside after the row", () => {
    expect(lineOfKeptRow(1, [10, 20])).toBe(3);
  });
});
