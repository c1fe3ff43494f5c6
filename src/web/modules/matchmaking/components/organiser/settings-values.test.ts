import { describe, expect, it } from "vitest";
import { ZMatchmakingSettingsInput } from "../../../../../contracts/matchmaking";
import { nextSession, renameSettingsField, toSettingsFormValues, toSettingsInput, validateSettings } from "./settings-values";

const t = (key: string) => key;
const forum = { startsOn: "2025-07-09", endsOn: "2025-07-11" };
const stored = {
  forumId: "f1",
  requestsOpen: true,
  requestExpiryHours: 48,
  slotMinutes: 20,
  sessions: [{ date: "2025-07-10", start: "09:00", end: "12:00", label: { en: "Morning" } }],
  tables: 30,
  meetingArea: { ru: "Зал B" },
  boothMeetings: true,
  onlineMeetings: true,
  videoLinkTemplate: "https://meet.example.org/{meeting}",
  receiveCaps: { exhibitor: 40 },
  mayRequest: { trade_visitor: ["exhibitor" as const] },
  crossBorderWeight: 0.7,
  slots: [],
};

describe("settings form values", () => {
  it("round-trips stored settings into what the contract accepts", () => {
    const input = toSettingsInput(toSettingsFormValues(stored));
    const { forumId: _, slots: __, ...expected } = stored;
    expect(input).toEqual(expected);
    expect(ZMatchmakingSettingsInput.safeParse(input).success).toBe(true);
  });

  it("reads an absent category as 'may request anyone' and leaves it absent again", () => {
    const values = toSettingsFormValues(stored);
    expect(values.mayRequest.buyer).toEqual(["exhibitor", "buyer", "investor", "trade_visitor", "official"]);
    expect(values.receiveCaps.buyer).toBe("");
    values.mayRequest.buyer = ["exhibitor", "official"];
    values.receiveCaps.investor = 0;
    const input = toSettingsInput(values);
    expect(input.mayRequest).toEqual({ buyer: ["exhibitor", "official"], trade_visitor: ["exhibitor"] });
    expect(input.receiveCaps).toEqual({ exhibitor: 40, investor: 0 });
  });

  it("keeps a category that may request no one as an empty list", () => {
    const values = toSettingsFormValues(stored);
    values.mayRequest.official = [];
    expect(toSettingsInput(values).mayRequest.official).toEqual([]);
  });

  it("starts from defaults the contract accepts when nothing was saved", () => {
    expect(ZMatchmakingSettingsInput.safeParse(toSettingsInput(toSettingsFormValues(null))).success).toBe(true);
  });
});

describe("validateSettings", () => {
  it("accepts stored settings", () => {
    expect(validateSettings(toSettingsFormValues(stored), forum, t)).toEqual({});
  });

  it("names the field of each mistake", () => {
    const values = toSettingsFormValues(stored);
    values.slotMinutes = 3;
    values.tables = "";
    values.receiveCaps.buyer = 501;
    values.videoLinkTemplate = "";
    values.sessions = [
      { ...values.sessions[0], date: "2025-07-12" },
      { ...values.sessions[0], start: "13:00", end: "12:00" },
      { ...values.sessions[0] },
      { ...values.sessions[0], start: "11:00", end: "13:00" },
    ];
    expect(validateSettings(values, forum, t)).toEqual({
      slotMinutes: "matchmakingAdmin.settings.range",
      tables: "matchmakingAdmin.settings.range",
      "receiveCaps.buyer": "matchmakingAdmin.settings.range",
      "sessions.0.date": "matchmakingAdmin.settings.dateOutside",
      "sessions.1.end": "matchmakingAdmin.settings.endAfterStart",
      "sessions.3.start": "matchmakingAdmin.settings.overlap",
      videoLinkTemplate: "matchmakingAdmin.settings.videoLinkRequired",
    });
  });
});

describe("renameSettingsField", () => {
  it("puts list and session errors on the inputs that show them", () => {
    expect(renameSettingsField("mayRequest.buyer.1")).toBe("mayRequest.buyer");
    expect(renameSettingsField("sessions.2")).toBe("sessions.2.start");
    expect(renameSettingsField("sessions.2.end")).toBe("sessions.2.end");
    expect(renameSettingsField("videoLinkTemplate")).toBe("videoLinkTemplate");
  });
});

describe("nextSession", () => {
  const label = { en: "", ru: "", tg: "", ky: "" };
  it("starts with the forum's first morning, then an afternoon, then the next day", () => {
    expect(nextSession([], forum)).toEqual({ date: "2025-07-09", start: "09:00", end: "12:00", label });
    const morning = { date: "2025-07-09", start: "09:00", end: "12:30", label };
    expect(nextSession([morning], forum)).toMatchObject({ date: "2025-07-09", start: "14:00", end: "17:00" });
    expect(nextSession([morning, { ...morning, start: "14:00", end: "17:00" }], forum)).toMatchObject({ date: "2025-07-10", start: "09:00" });
  });

  it("stays within the forum's days", () => {
    expect(nextSession([{ date: "2025-07-11", start: "14:00", end: "17:00", label }], forum)).toMatchObject({ date: "2025-07-11", start: "09:00" });
  });
});
