import { describe, expect, it } from "vitest";
import type { TMeeting, TParticipant } from "../../../../../contracts/matchmaking";
import { counterpartOf, groupByVenueDay, placeOf, spotHostAndGuest } from "./agenda-days";

const participant = (organizationId: string, booth: TParticipant["booth"] = null): TParticipant => ({
  organizationId,
  name: { en: organizationId },
  country: "TJ",
  region: null,
  sectors: [],
  languages: [],
  category: "buyer",
  booth,
  profileCount: 0,
  joinedAt: "2031-01-01T00:00:00Z",
});

const meeting = (id: string, startsAt: string | null, patch: Partial<TMeeting> = {}): TMeeting => ({
  id,
  forumId: "f",
  requestId: null,
  host: participant("host"),
  guest: participant("guest"),
  startsAt,
  endsAt: null,
  place: "table",
  tableNumber: null,
  placeLabel: null,
  videoUrl: null,
  attendance: "planned",
  outcomes: [],
  publishedAt: null,
  ...patch,
});

describe("groupByVenueDay", () => {
  it("groups by the venue's day in time order and leaves out meetings without a time", () => {
    const days = groupByVenueDay(
      [
        meeting("late", "2031-07-09T12:00:00Z"),
        meeting("none", null),
        meeting("early", "2031-07-09T04:00:00Z"),
        // 21:00 UTC on the 9th is already the 10th in Dushanbe (UTC+5).
        meeting("next", "2031-07-09T21:00:00Z"),
      ],
      "Asia/Dushanbe",
    );
    expect(days.map((day) => [day.date, day.items.map((m) => m.id)])).toEqual([
      ["2031-07-09", ["early", "late"]],
      ["2031-07-10", ["next"]],
    ]);
  });
});

describe("counterpartOf", () => {
  it("is the other side", () => {
    expect(counterpartOf(meeting("m", null), "host").organizationId).toBe("guest");
    expect(counterpartOf(meeting("m", null), "guest").organizationId).toBe("host");
  });
});

describe("placeOf", () => {
  it("prefers the server's words", () => {
    expect(placeOf(meeting("m", null, { tableNumber: 12, placeLabel: { en: "Table 12 · Meeting area" } }))).toEqual({
      label: { en: "Table 12 · Meeting area" },
    });
  });
  it("tells a table by its number", () => {
    expect(placeOf(meeting("m", null, { tableNumber: 12 }))).toEqual({ key: "matchmaking.where.tableNumber", params: { number: "12" } });
  });
  it("finds the booth of whoever has one", () => {
    const guest = participant("guest", { id: "b", number: "A-14", hallName: { en: "Hall 1" } });
    expect(placeOf(meeting("m", null, { place: "booth", guest }))).toEqual({ key: "matchmaking.where.boothNumber", params: { number: "A-14" } });
  });
  it("says online", () => {
    expect(placeOf(meeting("m", null, { place: "online" }))).toEqual({ key: "matchmaking.where.online", params: {} });
  });
});

describe("spotHostAndGuest", () => {
  const booth = { id: "b", number: "A-14", hallName: { en: "Hall 1" } };
  it("lets the side with a booth host a booth meeting", () => {
    expect(spotHostAndGuest(participant("me"), participant("them", booth), "booth")).toEqual({ hostOrganizationId: "them", guestOrganizationId: "me" });
  });
  it("otherwise has the one booking host", () => {
    expect(spotHostAndGuest(participant("me"), participant("them", booth), "table")).toEqual({ hostOrganizationId: "me", guestOrganizationId: "them" });
  });
});
