import { describe, expect, it } from "vitest";
import { clockMinutes, overlappingSessions, previewSlots, slotsInSession } from "./slot-preview";

describe("clockMinutes", () => {
  it("reads venue clock times and refuses anything else", () => {
    expect(clockMinutes("09:30")).toBe(570);
    expect(clockMinutes("00:00")).toBe(0);
    expect(clockMinutes("24:00")).toBeNull();
    expect(clockMinutes("9:30")).toBeNull();
    expect(clockMinutes("")).toBeNull();
  });
});

describe("slotsInSession", () => {
  it("cuts a session into whole slots and reports the minutes left over", () => {
    expect(slotsInSession({ date: "2025-07-10", start: "14:00", end: "15:10" }, 30)).toEqual({ slots: 2, spareMinutes: 10 });
    expect(slotsInSession({ date: "2025-07-10", start: "09:00", end: "12:00" }, 20)).toEqual({ slots: 9, spareMinutes: 0 });
  });

  it("counts nothing for a session that is unfinished or ends before it starts", () => {
    expect(slotsInSession({ date: "2025-07-10", start: "12:00", end: "11:00" }, 30)).toEqual({ slots: 0, spareMinutes: 0 });
    expect(slotsInSession({ date: "2025-07-10", start: "", end: "11:00" }, 30)).toEqual({ slots: 0, spareMinutes: 0 });
    expect(slotsInSession({ date: "2025-07-10", start: "09:00", end: "11:00" }, 0)).toEqual({ slots: 0, spareMinutes: 0 });
    expect(slotsInSession({ date: "2025-07-10", start: "09:00", end: "11:00" }, 7.5)).toEqual({ slots: 0, spareMinutes: 0 });
  });

  it("gives no slot to a session shorter than one slot", () => {
    expect(slotsInSession({ date: "2025-07-10", start: "09:00", end: "09:20" }, 30)).toEqual({ slots: 0, spareMinutes: 20 });
  });
});

describe("previewSlots", () => {
  it("keeps the written order of sessions and adds them up", () => {
    const sessions = [
      { date: "2025-07-10", start: "14:00", end: "15:10" },
      { date: "2025-07-10", start: "09:00", end: "10:00" },
    ];
    expect(previewSlots(sessions, 30)).toEqual({
      perSession: [
        { slots: 2, spareMinutes: 10 },
        { slots: 2, spareMinutes: 0 },
      ],
      total: 4,
    });
    expect(previewSlots([], 30)).toEqual({ perSession: [], total: 0 });
  });
});

describe("overlappingSessions", () => {
  it("names the later of two sessions that share time on the same day", () => {
    const sessions = [
      { date: "2025-07-10", start: "09:00", end: "12:00" },
      { date: "2025-07-10", start: "12:00", end: "13:00" },
      { date: "2025-07-10", start: "11:30", end: "12:30" },
      { date: "2025-07-11", start: "09:00", end: "12:00" },
    ];
    expect(overlappingSessions(sessions)).toEqual([2]);
  });
});
