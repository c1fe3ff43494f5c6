import { describe, expect, it } from "vitest";
import { perVenueDay } from "./chart-options";

describe("registrations per venue day", () => {
  it("keeps hours while the figures span a few days", () => {
    const items = [
      { hour: "2025-07-09T10:00:00+05:00", category: "buyer", count: 2 },
      { hour: "2025-07-11T17:00:00+05:00", category: "buyer", count: 1 },
    ];
    expect(perVenueDay(items)).toBeNull();
  });

  it("adds hours into venue days, per category, once they span weeks", () => {
    const items = [
      { hour: "2025-06-01T23:00:00+05:00", category: "buyer", count: 2 },
      { hour: "2025-06-01T09:00:00+05:00", category: "buyer", count: 3 },
      { hour: "2025-06-01T09:00:00+05:00", category: "press", count: 1 },
      { hour: "2025-07-08T10:00:00+05:00", category: "buyer", count: 4 },
    ];
    expect(perVenueDay(items)).toEqual([
      { hour: "2025-06-01", category: "buyer", count: 5 },
      { hour: "2025-06-01", category: "press", count: 1 },
      { hour: "2025-07-08", category: "buyer", count: 4 },
    ]);
  });
});
