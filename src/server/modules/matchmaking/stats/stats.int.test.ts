import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  addCompany,
  addParticipant,
  type Company,
  type MatchmakingForum,
  meetingBetween,
  requestMeeting,
  setUpMatchmaking,
  slotStart,
} from "../../../testing/matchmaking-fixtures";
import { createTestApp, type TestApp } from "../../../testing/test-app";
import { venueDateOf } from "../../exhibitions";

let t: TestApp;
let forum: MatchmakingForum;
let silk: Company;
let kazan: Company;
let fund: Company;
let looms: Company;
let outsider: Company;

const post = (url: string, cookie: string, payload: Record<string, unknown>) => t.app.inject({ method: "POST", url, headers: { cookie }, payload });

beforeAll(async () => {
  t = await createTestApp();
  forum = await setUpMatchmaking(t);
  silk = await addParticipant(t, forum, "Tajik Silk", "buyer");
  kazan = await addParticipant(t, forum, "Kazan Textiles", "buyer", { country: "RU" });
  fund = await addParticipant(t, forum, "Silk Road Fund", "investor", { country: "KZ" });
  looms = await addParticipant(t, forum, "Khujand Looms", "exhibitor", { boothId: forum.booths[0].id });
  outsider = await addCompany(t, "Outsider Ltd");

  // Requests: two accepted, one declined, one pending.
  const held = (await meetingBetween(t, forum.forumId, silk, kazan)).meetingId;
  await meetingBetween(t, forum.forumId, silk, fund);
  const declined = await requestMeeting(t, forum.forumId, kazan, fund);
  expect((await post(`/api/v1/meeting-requests/${declined.id}/decline`, fund.cookie, { reason: "Not our field" })).statusCode).toBe(200);
  await requestMeeting(t, forum.forumId, looms, silk);

  // Meetings: the accepted one held with outcomes on both sides; one booked on the spot and missed.
  const placed = await post(`/api/v1/forums/${forum.forumId}/meetings`, silk.cookie, {
    hostOrganizationId: kazan.organizationId,
    guestOrganizationId: silk.organizationId,
    startsAt: slotStart(0),
    place: "table",
  });
  expect(placed.json().id).toBe(held);
  await post(`/api/v1/meetings/${held}/outcome`, silk.cookie, { organizationId: silk.organizationId, outcome: "deal_expected", value: 40000, currency: "USD" });
  await post(`/api/v1/meetings/${held}/outcome`, kazan.cookie, {
    organizationId: kazan.organizationId,
    outcome: "deal_expected",
    value: 50000,
    currency: "USD",
  });
  const spot = await post(`/api/v1/forums/${forum.forumId}/meetings`, forum.organiser, {
    hostOrganizationId: looms.organizationId,
    guestOrganizationId: fund.organizationId,
    startsAt: slotStart(1),
    place: "booth",
  });
  expect(spot.statusCode, spot.body).toBe(201);
  await post(`/api/v1/meetings/${spot.json().id}/attendance`, forum.organiser, { attendance: "no_show" });
});
afterAll(() => t.close());

const stats = (cookie: string) => t.app.inject({ url: `/api/v1/forums/${forum.forumId}/matchmaking/stats`, headers: { cookie } });

describe("matchmaking stats", () => {
  it("counts participants, requests, meetings, outcomes and expected value for the organisers", async () => {
    const res = await stats(forum.organiser);
    expect(res.statusCode, res.body).toBe(200);
    expect(res.headers["cache-control"]).toBe("no-store");
    expect(res.json()).toEqual({
      participants: 4,
      profiles: 0,
      requests: { total: 4, pending: 1, accepted: 2, declined: 1, cancelled: 0, expired: 0 },
      acceptanceRate: 2 / 3,
      meetings: { total: 3, scheduled: 2, held: 1, cancelled: 0, noShow: 1 },
      outcomes: { noInterest: 0, followUp: 0, dealExpected: 2 },
      // Both sides expect the same deal: it counts once, at the larger figure.
      expectedValue: [{ currency: "USD", value: 50000 }],
      requestsByDay: [{ date: venueDateOf(new Date(), "Asia/Dushanbe"), requests: 4 }],
    });
  });

  it("is for the organisers only", async () => {
    for (const who of [silk, outsider]) {
      const res = await stats(who.cookie);
      expect(res.statusCode).toBe(403);
    }
    expect((await t.app.inject({ url: `/api/v1/forums/${forum.forumId}/matchmaking/stats` })).statusCode).toBe(401);
  });
});
