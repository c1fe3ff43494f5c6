import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { TMeeting } from "../../../../contracts/matchmaking";
import {
  addCompany,
  addParticipant,
  type Company,
  type MatchmakingForum,
  meetingBetween,
  setUpMatchmaking,
  slotStart,
} from "../../../testing/matchmaking-fixtures";
import { createTestApp, invite, type TestApp } from "../../../testing/test-app";

let t: TestApp;
let forum: MatchmakingForum;
let silk: Company;
let kazan: Company;
let fund: Company;
let looms: Company; // exhibitor at A-01
let pairA: Company;
let pairB: Company;
let outsider: Company; // not taking part
let waiting: string; // silk–kazan, accepted, not yet scheduled
let boothMeeting: string; // Khujand Looms and Tajik Silk at A-01, booked below

beforeAll(async () => {
  t = await createTestApp();
  forum = await setUpMatchmaking(t, { settings: { tables: 2, onlineMeetings: true, videoLinkTemplate: "https://meet.example.org/{meeting}" } });
  silk = await addParticipant(t, forum, "Tajik Silk", "buyer");
  kazan = await addParticipant(t, forum, "Kazan Textiles", "buyer", { country: "RU" });
  fund = await addParticipant(t, forum, "Silk Road Fund", "investor", { country: "KZ" });
  looms = await addParticipant(t, forum, "Khujand Looms", "exhibitor", { boothId: forum.booths[0].id });
  pairA = await addParticipant(t, forum, "Pair A", "buyer");
  pairB = await addParticipant(t, forum, "Pair B", "buyer");
  outsider = await addCompany(t, "Outsider Ltd");
  waiting = (await meetingBetween(t, forum.forumId, silk, kazan)).meetingId;
});
afterAll(() => t.close());

const book = (cookie: string, host: Company, guest: Company, slot: number, place = "table", extra: Record<string, unknown> = {}) =>
  t.app.inject({
    method: "POST",
    url: `/api/v1/forums/${forum.forumId}/meetings`,
    headers: { cookie },
    payload: { hostOrganizationId: host.organizationId, guestOrganizationId: guest.organizationId, startsAt: slotStart(slot), place, ...extra },
  });
const getMeeting = (id: string, cookie: string) => t.app.inject({ url: `/api/v1/meetings/${id}`, headers: { cookie } });
const attend = (id: string, cookie: string, attendance: string) =>
  t.app.inject({ method: "POST", url: `/api/v1/meetings/${id}/attendance`, headers: { cookie }, payload: { attendance } });
const outcome = (id: string, cookie: string, payload: Record<string, unknown>) =>
  t.app.inject({ method: "POST", url: `/api/v1/meetings/${id}/outcome`, headers: { cookie }, payload });
const meetingCount = async () => (await t.ctx.database.db.query.meeting.findMany()).length;
const fieldsOf = (body: { errors?: { field: string }[] }) => body.errors?.map((e) => e.field);

describe("reading a meeting", () => {
  it("is for the two sides and the organisers", async () => {
    for (const cookie of [silk.cookie, kazan.cookie, forum.organiser]) {
      const res = await getMeeting(waiting, cookie);
      expect(res.statusCode, res.body).toBe(200);
      expect(res.json()).toMatchObject({ id: waiting, startsAt: null, publishedAt: null, attendance: "planned", outcomes: [] });
    }
    for (const cookie of [fund.cookie, outsider.cookie]) expect((await getMeeting(waiting, cookie)).statusCode).toBe(403);
    expect((await getMeeting("no-such-meeting", forum.organiser)).statusCode).toBe(404);
  });
});

describe("booking a free slot on the spot", () => {
  let first: TMeeting;

  it("places the pair's waiting meeting at the lowest free table, published at once", async () => {
    const res = await book(silk.cookie, kazan, silk, 0);
    expect(res.statusCode, res.body).toBe(201);
    first = res.json();
    expect(first).toMatchObject({ id: waiting, startsAt: slotStart(0), endsAt: slotStart(1), place: "table", tableNumber: 1, attendance: "planned" });
    expect(first.publishedAt).not.toBeNull();
    expect(first.placeLabel?.en).toBe("Table 1, Meeting area B");
  });

  it("gives the next pair the next table and creates a new meeting (organisers may book too)", async () => {
    const res = await book(forum.organiser, fund, looms, 0);
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json()).toMatchObject({ tableNumber: 2, requestId: null });
    expect(res.json().id).not.toBe(waiting);
  });

  it("refuses when every table is taken, or a side is busy or unavailable, and books nothing", async () => {
    const before = await meetingCount();
    const full = await book(pairA.cookie, pairA, pairB, 0);
    expect(full.statusCode).toBe(409);
    expect(full.json().code).toBe("no_free_table");
    const busy = await book(silk.cookie, silk, pairA, 0, "online");
    expect(busy.statusCode).toBe(409);
    expect(busy.json()).toMatchObject({ code: "participant_busy", detail: "Tajik Silk already has a meeting at that time" });
    const marked = await t.app.inject({
      method: "PUT",
      url: `/api/v1/forums/${forum.forumId}/participants/${pairB.organizationId}/unavailability`,
      headers: { cookie: pairB.cookie },
      payload: { slots: [slotStart(1)] },
    });
    expect(marked.statusCode, marked.body).toBe(200);
    const unavailable = await book(pairA.cookie, pairA, pairB, 1);
    expect(unavailable.statusCode).toBe(409);
    expect(unavailable.json().code).toBe("participant_unavailable");
    expect(await meetingCount()).toBe(before);
  });

  it("names the field of bad input", async () => {
    const before = await meetingCount();
    const offSlot = await book(silk.cookie, silk, fund, 0, "table", { startsAt: "2031-07-09T10:10:00+05:00" });
    expect(offSlot.statusCode).toBe(400);
    expect(fieldsOf(offSlot.json())).toEqual(["startsAt"]);
    const stranger = await book(silk.cookie, silk, outsider, 2);
    expect(fieldsOf(stranger.json())).toEqual(["guestOrganizationId"]);
    const self = await book(silk.cookie, silk, silk, 2);
    expect(fieldsOf(self.json())).toEqual(["guestOrganizationId"]);
    const noBooth = await book(silk.cookie, silk, fund, 2, "booth");
    expect(fieldsOf(noBooth.json())).toEqual(["place"]);
    const unknown = await book(silk.cookie, silk, fund, 2, "garden");
    expect(fieldsOf(unknown.json())).toEqual(["place"]);
    expect(await meetingCount()).toBe(before);
  });

  it("lets only the two sides and the organisers book", async () => {
    const before = await meetingCount();
    for (const cookie of [outsider.cookie, fund.cookie]) {
      const res = await book(cookie, silk, kazan, 3);
      expect(res.statusCode).toBe(403);
    }
    expect(await meetingCount()).toBe(before);
  });

  it("meets at the host's booth or online", async () => {
    const booth = await book(looms.cookie, looms, silk, 2, "booth");
    expect(booth.statusCode, booth.body).toBe(201);
    expect(booth.json()).toMatchObject({ tableNumber: null, videoUrl: null });
    expect(booth.json().placeLabel.en).toBe("Booth A-01, Hall A");
    boothMeeting = booth.json().id;
    const online = await book(kazan.cookie, kazan, fund, 2, "online");
    expect(online.statusCode, online.body).toBe(201);
    expect(online.json().videoUrl).toBe(`https://meet.example.org/${online.json().id}`);
    expect(online.json().placeLabel).toMatchObject({ en: "Online", tg: "Онлайн" });
  });

  it("frees the table of a cancelled meeting, which comes back only while its table is free", async () => {
    expect((await attend(first.id, kazan.cookie, "cancelled")).json().attendance).toBe("cancelled");
    const res = await book(pairA.cookie, pairA, pairB, 0);
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json().tableNumber).toBe(1);
    const back = await attend(first.id, silk.cookie, "planned");
    expect(back.statusCode).toBe(409);
    expect(back.json().code).toBe("table_taken");
    expect((await getMeeting(first.id, silk.cookie)).json().attendance).toBe("cancelled");
    // Once the newcomers give the table back, the meeting may return to it.
    expect((await attend(res.json().id, pairA.cookie, "cancelled")).statusCode).toBe(200);
    expect((await attend(first.id, silk.cookie, "planned")).json().attendance).toBe("planned");
  });
});

describe("attendance", () => {
  it("is marked by either side or the organisers, once the meeting is scheduled", async () => {
    const unscheduled = (await meetingBetween(t, forum.forumId, fund, pairA)).meetingId;
    const early = await attend(unscheduled, fund.cookie, "held");
    expect(early.statusCode).toBe(409);
    expect(early.json().code).toBe("meeting_not_scheduled");
    expect((await attend(waiting, forum.organiser, "no_show")).json().attendance).toBe("no_show");
    expect((await attend(waiting, silk.cookie, "held")).json().attendance).toBe("held");
  });

  it("refuses others and bad values, changing nothing", async () => {
    for (const cookie of [outsider.cookie, fund.cookie]) {
      const res = await attend(waiting, cookie, "cancelled");
      expect(res.statusCode).toBe(403);
    }
    const bad = await attend(waiting, silk.cookie, "maybe");
    expect(bad.statusCode).toBe(400);
    expect(fieldsOf(bad.json())).toEqual(["attendance"]);
    expect((await getMeeting(waiting, silk.cookie)).json().attendance).toBe("held");
  });
});

describe("outcomes", () => {
  it("are recorded once per side; recording again replaces that side's", async () => {
    const first = await outcome(waiting, silk.cookie, { organizationId: silk.organizationId, outcome: "follow_up", note: "Send samples" });
    expect(first.statusCode, first.body).toBe(200);
    const again = await outcome(waiting, silk.cookie, { organizationId: silk.organizationId, outcome: "deal_expected", value: 50000, currency: "USD" });
    const other = await outcome(waiting, kazan.cookie, { organizationId: kazan.organizationId, outcome: "no_interest" });
    expect(other.statusCode, other.body).toBe(200);
    const outcomes = other.json().outcomes as TMeeting["outcomes"];
    expect(outcomes).toHaveLength(2);
    expect(outcomes.find((o) => o.organizationId === silk.organizationId)).toMatchObject({
      outcome: "deal_expected",
      value: 50000,
      currency: "USD",
      note: null,
    });
    expect(again.json().outcomes).toHaveLength(1);
  });

  it("marks a planned meeting held", async () => {
    const res = await outcome(boothMeeting, looms.cookie, { organizationId: looms.organizationId, outcome: "follow_up" });
    expect(res.json().attendance).toBe("held");
  });

  it("may be recorded only by the side's own members, for a side of the meeting", async () => {
    const before = (await getMeeting(waiting, silk.cookie)).json().outcomes;
    for (const cookie of [outsider.cookie, fund.cookie, forum.organiser]) {
      const res = await outcome(waiting, cookie, { organizationId: silk.organizationId, outcome: "no_interest" });
      expect(res.statusCode).toBe(403);
    }
    // Silk's owner also belongs to the fund, which is not a side of this meeting.
    const invitation = await invite(t, fund.cookie, fund.organizationId, silk.email, "member");
    expect((await t.app.inject({ method: "POST", url: `/api/v1/invitations/${invitation.id}/accept`, headers: { cookie: silk.cookie } })).statusCode).toBe(200);
    const notASide = await outcome(waiting, silk.cookie, { organizationId: fund.organizationId, outcome: "no_interest" });
    expect(notASide.statusCode).toBe(400);
    expect(fieldsOf(notASide.json())).toEqual(["organizationId"]);
    const noCurrency = await outcome(waiting, silk.cookie, { organizationId: silk.organizationId, outcome: "deal_expected", value: 10 });
    expect(fieldsOf(noCurrency.json())).toEqual(["currency"]);
    expect((await getMeeting(waiting, silk.cookie)).json().outcomes).toEqual(before);
  });
});
