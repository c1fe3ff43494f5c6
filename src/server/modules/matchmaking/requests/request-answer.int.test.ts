import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  addParticipant,
  type Company,
  letRequestLapse,
  type MatchmakingForum,
  mailsTo,
  requestMeeting,
  setUpMatchmaking,
  slotStart,
} from "../../../testing/matchmaking-fixtures";
import { createTestApp, type TestApp } from "../../../testing/test-app";

let t: TestApp;
let forum: MatchmakingForum;
let looms: Company; // exhibitor at booth A-01
let fabrics: Company; // exhibitor without a booth
let buyer: Company;
let investor: Company;
let visitor: Company;

beforeAll(async () => {
  t = await createTestApp();
  forum = await setUpMatchmaking(t);
  looms = await addParticipant(t, forum, "Khujand Looms", "exhibitor", { boothId: forum.booths[0].id });
  fabrics = await addParticipant(t, forum, "Dushanbe Fabrics", "exhibitor");
  buyer = await addParticipant(t, forum, "Kazan Textiles", "buyer", { country: "RU" });
  investor = await addParticipant(t, forum, "Silk Road Fund", "investor", { country: "KZ" });
  visitor = await addParticipant(t, forum, "Osh Traders", "trade_visitor", { country: "KG" });
});
afterAll(() => t.close());

const act = (who: Company, requestId: string, action: string, payload?: Record<string, unknown>) =>
  t.app.inject({ method: "POST", url: `/api/v1/meeting-requests/${requestId}/${action}`, headers: { cookie: who.cookie }, payload: payload ?? {} });
const requestOf = async (id: string) => {
  const all = (await t.app.inject({ url: `/api/v1/forums/${forum.forumId}/meeting-requests?limit=100`, headers: { cookie: forum.organiser } })).json();
  return all.items.find((r: { id: string }) => r.id === id);
};
const meetingOf = (id: string) => t.ctx.database.db.query.meeting.findFirst({ where: (m, { eq }) => eq(m.id, id) });

describe("accepting", () => {
  it("creates the meeting at the exhibitor's booth, hosted by the exhibitor, and tells the requester", async () => {
    const request = await requestMeeting(t, forum.forumId, buyer, looms, { message: "Looms for Kazan" });
    const accepted = await act(looms, request.id, "accept", { message: "See you at the booth" });
    expect(accepted.statusCode, accepted.body).toBe(200);
    expect(accepted.json()).toMatchObject({ status: "accepted", meetingId: expect.any(String), respondedAt: expect.any(String) });
    const meeting = await meetingOf(accepted.json().meetingId);
    expect(meeting).toMatchObject({
      requestId: request.id,
      hostOrganizationId: looms.organizationId,
      guestOrganizationId: buyer.organizationId,
      place: "booth",
      boothId: forum.booths[0].id,
      agreedStartsAt: null,
      attendance: "planned",
    });
    const mail = (await mailsTo(t, buyer.email)).find((m) => m.subject.includes("accepted"));
    expect(mail?.subject).toBe("Khujand Looms accepted your meeting");
    expect(mail?.text).toContain("See you at the booth");
  });

  it("lets the recipient host when neither or both sides exhibit, at a table unless asked otherwise", async () => {
    const both = await requestMeeting(t, forum.forumId, looms, fabrics);
    const bothMeeting = await meetingOf((await act(fabrics, both.id, "accept")).json().meetingId);
    expect(bothMeeting).toMatchObject({ hostOrganizationId: fabrics.organizationId, place: "table", boothId: null });
    const neither = await requestMeeting(t, forum.forumId, investor, buyer);
    const bare = await t.app.inject({ method: "POST", url: `/api/v1/meeting-requests/${neither.id}/accept`, headers: { cookie: buyer.cookie } });
    expect(bare.statusCode, bare.body).toBe(200);
    const neitherMeeting = await meetingOf(bare.json().meetingId);
    expect(neitherMeeting).toMatchObject({ hostOrganizationId: buyer.organizationId, guestOrganizationId: investor.organizationId, place: "table" });
    const atTable = await requestMeeting(t, forum.forumId, visitor, looms);
    expect((await meetingOf((await act(looms, atTable.id, "accept", { place: "table" })).json().meetingId))?.place).toBe("table");
  });

  it("refuses a place the forum does not allow, naming the field, and changes nothing", async () => {
    const request = await requestMeeting(t, forum.forumId, visitor, investor);
    for (const place of ["online", "booth"]) {
      const refused = await act(investor, request.id, "accept", { place });
      expect([refused.statusCode, refused.json().errors[0].field]).toEqual([400, "place"]);
    }
    expect((await requestOf(request.id)).status).toBe("pending");
  });

  it("answers a mutual pair with one meeting, and refuses to accept twice", async () => {
    const first = await requestMeeting(t, forum.forumId, visitor, fabrics);
    const second = await requestMeeting(t, forum.forumId, fabrics, visitor);
    expect(second.mutual).toBe(true);
    const accepted = await act(visitor, second.id, "accept");
    expect(accepted.statusCode, accepted.body).toBe(200);
    const twin = await requestOf(first.id);
    expect(twin).toMatchObject({ status: "accepted", mutual: true, meetingId: accepted.json().meetingId });
    const again = await act(fabrics, first.id, "accept");
    expect([again.statusCode, again.json().code]).toEqual([409, "request_not_pending"]);
    expect((await act(visitor, second.id, "accept")).json().code).toBe("request_not_pending");
    const meetings = await t.ctx.database.db.query.meeting.findMany({ where: (m, { eq }) => eq(m.requestId, second.id) });
    expect(meetings).toHaveLength(1);
  });

  it("refuses an expired request", async () => {
    const request = await requestMeeting(t, forum.forumId, investor, fabrics);
    await letRequestLapse(t, request.id);
    const late = await act(fabrics, request.id, "accept");
    expect([late.statusCode, late.json().code]).toEqual([409, "request_not_pending"]);
    expect((await requestOf(request.id)).status).toBe("expired");
  });

  it("lets neither the requester nor a stranger accept", async () => {
    const request = await requestMeeting(t, forum.forumId, investor, looms);
    expect((await act(investor, request.id, "accept")).statusCode).toBe(403);
    expect((await act(visitor, request.id, "accept")).statusCode).toBe(403);
    expect((await requestOf(request.id)).status).toBe("pending");
  });
});

describe("proposing a time", () => {
  let requestId: string;

  it("lets the recipient propose a free slot and tells the requester", async () => {
    requestId = (await requestMeeting(t, forum.forumId, fabrics, investor)).id;
    const proposed = await act(investor, requestId, "propose", { startsAt: "2031-07-09T14:30:00+05:00", message: "After lunch?" });
    expect(proposed.statusCode, proposed.body).toBe(200);
    expect(proposed.json()).toMatchObject({ status: "pending", proposedStartsAt: slotStart(5), proposedByOrganizationId: investor.organizationId });
    const mail = (await mailsTo(t, fabrics.email)).find((m) => m.subject.includes("proposed"));
    expect(mail?.subject).toBe("Silk Road Fund proposed a time for your meeting");
    expect(mail?.text).toContain("After lunch?");
  });

  it("refuses a time that is no slot, or when either side is busy, and proposals from the requester", async () => {
    const notSlot = await act(investor, requestId, "propose", { startsAt: "2031-07-09T13:00:00+05:00" });
    expect([notSlot.statusCode, notSlot.json().errors[0].field]).toEqual([400, "startsAt"]);
    const busy = await t.app.inject({
      method: "PUT",
      url: `/api/v1/forums/${forum.forumId}/participants/${fabrics.organizationId}/unavailability`,
      headers: { cookie: fabrics.cookie },
      payload: { slots: [slotStart(6)] },
    });
    expect(busy.statusCode, busy.body).toBe(200);
    const taken = await act(investor, requestId, "propose", { startsAt: slotStart(6) });
    expect([taken.statusCode, taken.json().code, taken.json().errors[0].field]).toEqual([409, "slot_taken", "startsAt"]);
    expect((await act(fabrics, requestId, "propose", { startsAt: slotStart(7) })).statusCode).toBe(403);
    expect((await requestOf(requestId)).proposedStartsAt).toBe(slotStart(5));
  });

  it("lets the requester, not the recipient, accept the proposal: the meeting keeps the agreed slot", async () => {
    expect((await act(investor, requestId, "accept")).statusCode).toBe(403);
    const accepted = await act(fabrics, requestId, "accept");
    expect(accepted.statusCode, accepted.body).toBe(200);
    const meeting = await meetingOf(accepted.json().meetingId);
    expect(meeting?.agreedStartsAt?.toISOString()).toBe(slotStart(5));
    expect(meeting?.hostOrganizationId).toBe(fabrics.organizationId);
    expect((await mailsTo(t, investor.email)).some((m) => m.subject === "Dushanbe Fabrics accepted your meeting")).toBe(true);
  });

  it("does not offer a slot already agreed for either side", async () => {
    const newcomer = await addParticipant(t, forum, "Late Comer", "buyer");
    const request = await requestMeeting(t, forum.forumId, newcomer, investor);
    const clash = await act(investor, request.id, "propose", { startsAt: slotStart(5) });
    expect([clash.statusCode, clash.json().code]).toEqual([409, "slot_taken"]);
  });

  it("lets the requester decline a counter-proposal, with a reason sent to the recipient", async () => {
    const request = await requestMeeting(t, forum.forumId, visitor, buyer);
    expect((await act(visitor, request.id, "decline", { reason: "No" })).statusCode).toBe(403);
    await act(buyer, request.id, "propose", { startsAt: slotStart(8) });
    const declined = await act(visitor, request.id, "decline", { reason: "We leave on day 1" });
    expect(declined.statusCode, declined.body).toBe(200);
    expect(declined.json()).toMatchObject({ status: "declined", declineReason: "We leave on day 1" });
    const mail = (await mailsTo(t, buyer.email)).find((m) => m.subject === "Osh Traders declined the meeting");
    expect(mail?.text).toContain("We leave on day 1");
  });
});

describe("declining and cancelling", () => {
  it("lets the recipient decline with a reason (required) and mails it to the requester", async () => {
    const request = await requestMeeting(t, forum.forumId, investor, visitor);
    const empty = await act(visitor, request.id, "decline", { reason: "" });
    expect([empty.statusCode, empty.json().errors[0].field]).toEqual([400, "reason"]);
    const declined = await act(visitor, request.id, "decline", { reason: "Not investing this year" });
    expect(declined.json()).toMatchObject({ status: "declined", declineReason: "Not investing this year" });
    const mail = (await mailsTo(t, investor.email)).find((m) => m.subject === "Osh Traders declined the meeting");
    expect(mail?.text).toContain("Not investing this year");
    expect((await act(visitor, request.id, "decline", { reason: "Again" })).json().code).toBe("request_not_pending");
    expect((await act(investor, request.id, "cancel")).json().code).toBe("request_closed");
  });

  it("cancels a pending request, or an accepted one with its meeting, from either side, and not from outside", async () => {
    const guest = await addParticipant(t, forum, "Termez Cotton", "buyer", { country: "UZ" });
    const pending = await requestMeeting(t, forum.forumId, guest, looms);
    expect((await act(guest, pending.id, "cancel")).json().status).toBe("cancelled");
    const again = await requestMeeting(t, forum.forumId, guest, looms);
    const meetingId = (await act(looms, again.id, "accept")).json().meetingId;
    expect((await act(buyer, again.id, "cancel")).statusCode).toBe(403);
    expect((await meetingOf(meetingId))?.attendance).toBe("planned");
    const cancelled = await act(looms, again.id, "cancel");
    expect(cancelled.json()).toMatchObject({ status: "cancelled", meetingId });
    expect((await meetingOf(meetingId))?.attendance).toBe("cancelled");
    // The pair may ask again once the meeting is off.
    expect((await requestMeeting(t, forum.forumId, guest, looms)).status).toBe("pending");
  });

  it("cancels both requests of a mutual pair with their one meeting", async () => {
    const first = await requestMeeting(t, forum.forumId, buyer, fabrics);
    const second = await requestMeeting(t, forum.forumId, fabrics, buyer);
    const meetingId = (await act(fabrics, first.id, "accept")).json().meetingId;
    expect((await act(buyer, second.id, "cancel")).json()).toMatchObject({ status: "cancelled", meetingId });
    expect((await requestOf(first.id)).status).toBe("cancelled");
    expect((await meetingOf(meetingId))?.attendance).toBe("cancelled");
  });

  it("withdrawing one of a mutual pair leaves the other pending and no longer mutual", async () => {
    const other = await addParticipant(t, forum, "Andijan Textiles", "buyer", { country: "UZ" });
    const first = await requestMeeting(t, forum.forumId, other, looms);
    expect(first.mutual).toBe(false);
    const second = await requestMeeting(t, forum.forumId, looms, other);
    expect(second.mutual).toBe(true);
    await act(looms, second.id, "cancel");
    expect(await requestOf(first.id)).toMatchObject({ status: "pending", mutual: false });
  });

  it("refuses to let a participant with meetings leave the matchmaking", async () => {
    const leave = await t.app.inject({
      method: "DELETE",
      url: `/api/v1/forums/${forum.forumId}/participants/${investor.organizationId}`,
      headers: { cookie: investor.cookie },
    });
    expect([leave.statusCode, leave.json().code]).toEqual([409, "has_meetings"]);
  });
});
