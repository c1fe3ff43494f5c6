import { describe, expect, it } from "vitest";
import type { TMeetingSlot } from "../../../../contracts/matchmaking";
import { groupSlots, instantSet, sameInstant, upcomingSlots } from "./slots";

// Dushanbe is UTC+5 all year.
const slot = (index: number, session: number, startsAt: string, minutes = 30): TMeetingSlot => ({
  index,
  session,
  startsAt,
  endsAt: new Date(Date.parse(startsAt) + minutes * 60_000).toISOString(),
});

describe("groupSlots", () => {
  const sessions = [
    { date: "2031-07-10", start: "10:00", end: "11:00", label: { en: "Day 2" } },
    { date: "2031-07-09", start: "14:00", end: "15:00", label: { en: "Afternoon" } },
    { date: "2031-07-09", start: "10:00", end: "11:00", label: { en: "Morning" } },
  ];
  // Numbered in date-and-start order, as the server does: 0 = 9 July morning, 1 = afternoon, 2 = 10 July.
  const slots = [
    slot(4, 2, "2031-07-10T05:00:00.000Z"),
    slot(0, 0, "2031-07-09T05:00:00.000Z"),
    slot(1, 0, "2031-07-09T05:30:00.000Z"),
    slot(2, 1, "2031-07-09T09:00:00.000Z"),
    slot(3, 1, "2031-07-09T09:30:00.000Z"),
  ];

  it("groups by venue day, then session, in time order", () => {
    const days = groupSlots(slots, sessions, "Asia/Dushanbe");
    expect(days.map((day) => day.date)).toEqual(["2031-07-09", "2031-07-10"]);
    expect(days[0].sessions.map((s) => s.label.en)).toEqual(["Morning", "Afternoon"]);
    expect(days[0].sessions[0].slots.map((s) => s.index)).toEqual([0, 1]);
    expect(days[0].sessions[1]).toMatchObject({ start: "14:00", end: "15:00" });
    expect(days[1].sessions[0].slots.map((s) => s.index)).toEqual([4]);
  });

  it("falls back to the venue date when a session is unknown", () => {
    const days = groupSlots([slot(0, 7, "2031-07-09T20:00:00.000Z")], [], "Asia/Dushanbe");
    // 20:00 UTC is 01:00 the next day in Dushanbe.
    expect(days[0].date).toBe("2031-07-10");
  });
});

describe("instants", () => {
  it("are equal whatever offset they carry", () => {
    expect(sameInstant("2031-07-09T05:00:00Z", "2031-07-09T10:00:00+05:00")).toBe(true);
    expect(instantSet(["2031-07-09T10:00:00+05:00"]).has(Date.parse("2031-07-09T05:00:00.000Z"))).toBe(true);
  });

  it("drop slots already over", () => {
    const now = Date.parse("2031-07-09T05:40:00Z");
    expect(upcomingSlots([slot(0, 0, "2031-07-09T05:00:00Z"), slot(1, 0, "2031-07-09T05:30:00Z")], now).map((s) => s.index)).toEqual([1]);
  });
});
