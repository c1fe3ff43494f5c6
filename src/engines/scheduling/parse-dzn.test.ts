import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { parseDzn } from "./parse-dzn";

const sample = `% a tiny forum
nBusiness = 4;
nMeetings = 3;
nTables = 2;
nTotalSlots = 4;
nMorningSlots = 2;

requested = [|1, 2,1,
|3, 4,2,
|2, 3,3,
|];

meetingsxBusiness = [{1,2},{1,2,4},{1,3,4},{1,3}];
nMeetingsBusiness = [1,2,2,1];
forbidden = [{0},{4},{},{1,2}];
fixed = [0,0,3];
precedences = [{},{},{}];
`;

describe("parseDzn", () => {
  it("reads a Girona forum file into 0-based participants, slots and sessions", () => {
    const problem = parseDzn(sample);
    expect(problem.participants).toBe(4);
    expect(problem.slots).toBe(4);
    expect(problem.tables).toBe(2);
    expect(problem.sessionOfSlot).toEqual([0, 0, 1, 1]);
    expect(problem.meetings).toEqual([
      { a: 0, b: 1, place: "table", allowedSlots: [0, 1] },
      { a: 2, b: 3, place: "table", allowedSlots: [2, 3] },
      { a: 1, b: 2, place: "table", fixedSlot: 2 },
    ]);
    expect(problem.forbidden).toEqual([[], [3], [], [0, 1]]);
  });

  it("names the field and line of bad input", () => {
    expect(() => parseDzn(sample.replace("|3, 4,2,", "|3, 9,2,"))).toThrow("Field requested, meeting 2 at line 9 names participant 9, outside 1..4");
    expect(() => parseDzn(sample.replace("|3, 4,2,", "|3, 4,7,"))).toThrow(/meeting 2 at line 9 has session 7/);
    expect(() => parseDzn(sample.replace("nMeetings = 3;", "nMeetings = 5;"))).toThrow("Field requested at line 8 has 3 rows but nMeetings is 5");
    expect(() => parseDzn(sample.replace("nTables = 2;\n", ""))).toThrow("Field nTables is missing");
    expect(() => parseDzn(sample.replace("fixed = [0,0,3];", "fixed = [0,0,9];"))).toThrow(
      "Field fixed at line 16: meeting 3 is fixed to slot 9, outside 1..4",
    );
    expect(() => parseDzn(sample.replace("{1,2}];", "{1,7}];"))).toThrow("Field forbidden at line 15: participant 4 has slot 7, outside 1..4");
    expect(() => parseDzn(sample.replace("[1,2,2,1]", "[1,2,2,2]"))).toThrow(
      "Field nMeetingsBusiness at line 14: participant 4 has 1 requested meetings, not 2",
    );
    expect(() => parseDzn(sample.replace("nTables = 2;", "nTables = 2"))).toThrow(/Expected ";" at line 5/);
    expect(() => parseDzn(sample.replace("[{},{},{}]", "[{},{1},{}]"))).toThrow("Field precedences at line 17: meeting precedences are not supported");
  });

  it("reads all twenty published instances", () => {
    const dir = path.resolve(import.meta.dirname, "../../../data/b2b-scheduling");
    const files = fs.readdirSync(dir).filter((f) => f.endsWith(".dzn"));
    expect(files).toHaveLength(20);
    const forum14 = parseDzn(fs.readFileSync(path.join(dir, "forum-14.original.dzn"), "utf8"));
    expect(forum14.meetings).toHaveLength(302);
    expect(forum14.participants).toBe(78);
    expect(forum14.sessionOfSlot.filter((s) => s === 0)).toHaveLength(12);
  });
});
