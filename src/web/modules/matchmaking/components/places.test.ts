import { describe, expect, it } from "vitest";
import { allowedPlaces } from "./places";

const booth = { id: "b", number: "A-14", hallName: { en: "Hall 1" } };
const rules = { tables: 20, boothMeetings: true, onlineMeetings: false };

describe("allowedPlaces", () => {
  it("offers tables, and a booth only when one side has one", () => {
    expect(allowedPlaces(rules, { booth: null }, { booth: null })).toEqual(["table"]);
    expect(allowedPlaces(rules, { booth: null }, { booth })).toEqual(["table", "booth"]);
  });
  it("follows the forum's switches", () => {
    expect(allowedPlaces({ tables: 0, boothMeetings: false, onlineMeetings: true }, { booth }, { booth })).toEqual(["online"]);
    expect(allowedPlaces(undefined, { booth }, null)).toEqual([]);
  });
});
