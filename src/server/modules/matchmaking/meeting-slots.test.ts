import { describe, expect, it } from "vitest";
import { meetingSlotsOf, slotStartingAt, venueInstant } from "./meeting-slots";

describe("venueInstant", () => {
  it("reads a venue clock in the venue's zone", () => {
    expect(venueInstant("2025-07-09", "09:00", "Asia/Dushanbe").toISOString()).toBe("2025-07-09T04:00:00.000Z");
    expect(venueInstant("2025-07-09", "09:00", "Europe/Moscow").toISOString()).toBe("2025-07-09T06:00:00.000Z");
  });

  it("follows daylight saving in zones that have it", () => {
    expect(venueInstant("2025-01-15", "09:00", "Europe/Berlin").toISOString()).toBe("2025-01-15T08:00:00.000Z");
    expect(venueInstant("2025-07-15", "09:00", "Europe/Berlin").toISOString()).toBe("2025-07-15T07:00:00.000Z");
  });
});

describe("meetingSlotsOf", () => {
  const sessions = [
    { date: "2025-07-10", start: "14:00", end: "15:10" },
    { date: "2025-07-10", start: "09:00", end: "10:00" },
  ];

  it("numbers whole slots in time order across sessions and drops a short remainder", () => {
    const slots = meetingSlotsOf(sessions, 30, "Asia/Dushanbe");
    expect(slots.map((slot) => [slot.index, slot.session, slot.startsAt])).toEqual([
      [0, 0, "2025-07-10T04:00:00.000Z"],
      [1, 0, "2025-07-10T04:30:00.000Z"],
      [2, 1, "2025-07-10T09:00:00.000Z"],
      [3, 1, "2025-07-10T09:30:00.000Z"],
    ]);
    expect(slots[3]?.endsAt).toBe("2025-07-10T10:00:00.000Z");
  });

  it("finds a slot by its start written with any offset", () => {
    const slots = meetingSlotsOf(sessions, 30, "Asia/Dushanbe");
    expect(slotStartingAt(slots, "2025-07-10T14:30:00+05:00")?.index).toBe(3);
    expect(slotStartingAt(slots, "2025-07-10T14:10:00+05:00")).toBeUndefined();
  });
});
