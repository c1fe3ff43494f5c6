import { describe, expect, it } from "vitest";
import { parsePlanJson } from "./parse-plan-json";

const sample = {
  width: 60,
  height: 40,
  entrances: [{ x: 30, y: 40 }],
  booths: [
    { number: "A1", x: 2, y: 2, width: 3, height: 3, price: 1200, currency: "USD", type: "corner", pavilion: "Tajikistan" },
    { number: 12, x: 5, y: 2, width: 3, height: 3 },
  ],
  obstacles: [{ x: 20, y: 20, width: 1, height: 1 }],
};

describe("parsePlanJson", () => {
  it("reads the import format", () => {
    const { plan, problems } = parsePlanJson(JSON.stringify(sample));
    expect(problems).toEqual([]);
    expect(plan?.booths[0]).toEqual({ number: "A1", x: 2, y: 2, width: 3, height: 3, price: 1200, currency: "USD", type: "corner", pavilion: "Tajikistan" });
    expect(plan?.booths[1].number).toBe("12");
    expect(plan?.obstacles).toEqual([{ x: 20, y: 20, width: 1, height: 1 }]);
  });

  it("names the line and column of a syntax error", () => {
    const text = '{\n  "width": 60,\n  "height" 40\n}';
    expect(parsePlanJson(text)).toEqual({ plan: null, problems: [{ path: "", message: 'Not valid JSON: expected ":" at line 3, column 12' }] });
    expect(parsePlanJson('{"width": 60,}').problems[0].message).toContain("line 1, column 14");
    expect(parsePlanJson("").problems[0].message).toContain("line 1, column 1");
  });

  it("names the path of every value of the wrong type", () => {
    const broken = {
      ...sample,
      width: "60",
      entrances: [{ x: 30 }],
      booths: [{ ...sample.booths[0], price: -5, type: "round", currency: "dollars" }, "B2"],
    };
    const { plan, problems } = parsePlanJson(JSON.stringify(broken));
    expect(plan).toBeNull();
    expect(problems.map((p) => p.path)).toEqual(["width", "entrances[0].y", "booths[0].type", "booths[0].price", "booths[0].currency", "booths[1]"]);
    expect(problems[2].message).toContain("Booth A1");
  });

  it("rejects a root that is not an object", () => {
    expect(parsePlanJson("[1, 2]").problems).toEqual([{ path: "", message: "Expected a plan object, got a list" }]);
  });

  it("runs the plan validation and returns no plan when it fails", () => {
    const overlapping = { ...sample, booths: [...sample.booths, { number: "A3", x: 3, y: 3, width: 3, height: 3 }] };
    const { plan, problems } = parsePlanJson(JSON.stringify(overlapping));
    expect(plan).toBeNull();
    expect(problems.map((p) => p.message)).toEqual([expect.stringMatching(/A1 and A3 overlap/), expect.stringMatching(/12 and A3 overlap/)]);
  });
});
