import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { findUserByEmail, updateUserPreferences } from "../../../platform/users.repository";
import {
  addCompany,
  addMember,
  addParticipant,
  type Company,
  letRequestLapse,
  type MatchmakingForum,
  mailsTo,
  putMatchmakingSettings,
  setUpMatchmaking,
} from "../../../testing/matchmaking-fixtures";
import { createTestApp, type TestApp } from "../../../testing/test-app";

let t: TestApp;
let forum: MatchmakingForum;
let looms: Company; // exhibitor at A-01
let buyer: Company; // Russian buyer
let investor: Company;
let visitor: Company; // trade visitor: may ask exhibitors only
let ministry: Company; // official, receives at most 2 requests
let outsider: Company; // not taking part

const settings = { receiveCaps: { official: 2 }, mayRequest: { trade_visitor: ["exhibitor"] } };

beforeAll(async () => {
  t = await createTestApp();
  forum = await setUpMatchmaking(t, { settings });
  looms = await addParticipant(t, forum, "Khujand Looms", "exhibitor", { boothId: forum.booths[0].id });
  buyer = await addParticipant(t, forum, "Kazan Textiles", "buyer", { country: "RU", region: "RU-TA" });
  investor = await addParticipant(t, forum, "Silk Road Fund", "investor", { country: "KZ" });
  visitor = await addParticipant(t, forum, "Curious Visitor", "trade_visitor");
  ministry = await addParticipant(t, forum, "Ministry of Industry", "official");
  outsider = await addCompany(t, "Outsider Ltd");
  const owner = await findUserByEmail(t.ctx.database.db, looms.email);
  await updateUserPreferences(t.ctx.database.db, owner.id, { preferredLanguage: "ru" });
});
afterAll(() => t.close());

const ask = (who: Company | string, payload: Record<string, unknown>) =>
  t.app.inject({
    method: "POST",
    url: "/api/v1/meeting-requests",
    headers: { cookie: typeof who === "string" ? who : who.cookie },
    payload: { forumId: forum.forumId, message: "Shall we meet?", preferredStartsAt: null, ...payload },
  });
const between = (from: Company, to: Company, extra: Record<string, unknown> = {}) =>
  ask(from, { fromOrganizationId: from.organizationId, toOrganizationId: to.organizationId, ...extra });
const list = (cookie: string, query = "") => t.app.inject({ url: `/api/v1/forums/${forum.forumId}/meeting-requests?${query}`, headers: { cookie } });
const statuses = async (cookie: string, query: string) =>
  (await list(cookie, query))
    .json()
    .items.map((r: { from: { name: { en: string } }; to: { name: { en: string } }; status: string }) => `${r.from.name.en} → ${r.to.name.en}: ${r.status}`);

describe("asking for a meeting", () => {
  it("creates a pending request that expires after the forum's hours and mails the recipient in their language", async () => {
    const before = Date.now();
    const created = await between(buyer, looms, { preferredStartsAt: "2031-07-09T10:30:00+05:00", message: "We need 40 looms" });
    expect(created.statusCode, created.body).toBe(201);
    const request = created.json();
    expect(request).toMatchObject({
      status: "pending",
      mutual: false,
      priority: 0,
      meetingId: null,
      from: { organizationId: buyer.organizationId, category: "buyer", country: "RU" },
      to: { organizationId: looms.organizationId, category: "exhibitor", booth: { number: "A-01" } },
    });
    const hours = (Date.parse(request.expiresAt) - before) / 3_600_000;
    expect(hours).toBeGreaterThanOrEqual(71.99);
    expect(hours).toBeLessThan(72.1);
    const mail = (await mailsTo(t, looms.email)).find((m) => m.subject.startsWith("Запрос на встречу"));
    expect(mail?.subject).toBe("Запрос на встречу от Kazan Textiles");
    expect(mail?.text).toContain("We need 40 looms");
    expect(mail?.text).toContain("10:30");
    expect(mail?.text).toContain(`/forums/${forum.forumId}/meetings/requests`);
  });

  it("refuses a second live request in the same direction", async () => {
    const again = await between(buyer, looms);
    expect(again.statusCode).toBe(409);
    expect(again.json()).toMatchObject({ code: "already_requested", errors: [{ field: "toOrganizationId" }] });
  });

  it("marks a request mutual, on both sides, when the other side has already asked", async () => {
    const back = await between(looms, buyer);
    expect(back.statusCode, back.body).toBe(201);
    expect(back.json().mutual).toBe(true);
    const buyerView = (await list(buyer.cookie, `organization=${buyer.organizationId}`)).json().items;
    expect(buyerView.map((r: { mutual: boolean }) => r.mutual)).toEqual([true, true]);
  });

  it("names the field for bad input and stores nothing", async () => {
    const count = async () => (await list(forum.organiser)).json().total;
    const before = await count();
    const self = await between(buyer, buyer);
    expect([self.statusCode, self.json().errors[0].field]).toEqual([400, "toOrganizationId"]);
    const notASlot = await between(investor, looms, { preferredStartsAt: "2031-07-09T10:10:00+05:00" });
    expect([notASlot.statusCode, notASlot.json().errors[0].field]).toEqual([400, "preferredStartsAt"]);
    const empty = await between(investor, looms, { message: "" });
    expect([empty.statusCode, empty.json().errors[0].field]).toEqual([400, "message"]);
    const stranger = await between(investor, outsider);
    expect([stranger.statusCode, stranger.json().code, stranger.json().errors[0].field]).toEqual([409, "not_a_participant", "toOrganizationId"]);
    const fromStranger = await between(outsider, investor);
    expect([fromStranger.statusCode, fromStranger.json().errors[0].field]).toEqual([409, "fromOrganizationId"]);
    expect(await count()).toBe(before);
  });

  it("lets only members of the asking organisation ask in its name", async () => {
    const impostor = await ask(investor, { fromOrganizationId: buyer.organizationId, toOrganizationId: ministry.organizationId });
    expect(impostor.statusCode).toBe(403);
    const clerk = await addMember(t, investor, "clerk@silk-road-fund.example", "member");
    const byClerk = await ask(clerk, { fromOrganizationId: investor.organizationId, toOrganizationId: visitor.organizationId });
    expect(byClerk.statusCode, byClerk.body).toBe(201);
    expect((await list(forum.organiser, `organization=${buyer.organizationId}&box=outgoing`)).json().total).toBe(1);
  });

  it("follows the forum's rule on which categories may ask which", async () => {
    const refused = await between(visitor, buyer);
    expect(refused.statusCode).toBe(403);
    expect(refused.json()).toMatchObject({ code: "request_not_allowed", errors: [{ field: "toOrganizationId" }] });
    expect((await between(visitor, looms)).statusCode).toBe(201);
  });

  it("stops at the recipient's receive cap with cap_reached; expired requests stop counting", async () => {
    const first = await between(buyer, ministry);
    expect((await between(investor, ministry)).statusCode).toBe(201);
    const third = await between(looms, ministry);
    expect(third.statusCode).toBe(409);
    expect(third.json().code).toBe("cap_reached");
    await letRequestLapse(t, first.json().id);
    expect((await between(looms, ministry)).statusCode).toBe(201);
    expect(await statuses(ministry.cookie, `organization=${ministry.organizationId}&box=incoming&status=expired`)).toEqual([
      "Kazan Textiles → Ministry of Industry: expired",
    ]);
    // The expired request no longer blocks asking again, but the cap is full once more.
    expect((await between(buyer, ministry)).json().code).toBe("cap_reached");
  });

  it("refuses requests while the organisers have closed them", async () => {
    await putMatchmakingSettings(t, forum.organiser, forum.forumId, { ...settings, requestsOpen: false });
    const closed = await between(investor, buyer);
    expect([closed.statusCode, closed.json().code]).toEqual([409, "requests_closed"]);
    await putMatchmakingSettings(t, forum.organiser, forum.forumId, settings);
  });
});

describe("listing requests", () => {
  it("shows an organisation's members its incoming and outgoing requests, filtered by status", async () => {
    expect(await statuses(looms.cookie, `organization=${looms.organizationId}&box=incoming`)).toEqual([
      "Curious Visitor → Khujand Looms: pending",
      "Kazan Textiles → Khujand Looms: pending",
    ]);
    expect(await statuses(looms.cookie, `organization=${looms.organizationId}&box=outgoing`)).toEqual([
      "Khujand Looms → Ministry of Industry: pending",
      "Khujand Looms → Kazan Textiles: pending",
    ]);
    expect((await list(looms.cookie, `organization=${looms.organizationId}&status=declined`)).json().total).toBe(0);
    const page = (await list(looms.cookie, `organization=${looms.organizationId}&limit=3`)).json();
    expect(page).toMatchObject({ total: 4, nextCursor: expect.any(String) });
    expect((await list(looms.cookie, `organization=${looms.organizationId}&limit=3&cursor=${page.nextCursor}`)).json().items).toHaveLength(1);
  });

  it("shows organisers every request, and others only their own", async () => {
    expect((await list(forum.organiser)).json().total).toBe(7);
    const missing = await list(buyer.cookie);
    expect([missing.statusCode, missing.json().errors[0].field]).toEqual([400, "organization"]);
    expect((await list(buyer.cookie, `organization=${looms.organizationId}`)).statusCode).toBe(403);
  });

  it("lets organisers, and only them, set a request's priority", async () => {
    const [request] = (await list(forum.organiser, `organization=${visitor.organizationId}&box=outgoing`)).json().items;
    const byBuyer = await t.app.inject({
      method: "PATCH",
      url: `/api/v1/meeting-requests/${request.id}`,
      headers: { cookie: looms.cookie },
      payload: { priority: 9 },
    });
    expect(byBuyer.statusCode).toBe(403);
    const set = await t.app.inject({
      method: "PATCH",
      url: `/api/v1/meeting-requests/${request.id}`,
      headers: { cookie: forum.organiser },
      payload: { priority: 7 },
    });
    expect([set.statusCode, set.json().priority]).toEqual([200, 7]);
    const tooHigh = await t.app.inject({
      method: "PATCH",
      url: `/api/v1/meeting-requests/${request.id}`,
      headers: { cookie: forum.organiser },
      payload: { priority: 10 },
    });
    expect([tooHigh.statusCode, tooHigh.json().errors[0].field]).toEqual([400, "priority"]);
  });
});

describe("where an organisation can be asked for a meeting", () => {
  const forumsWith = (target: Company | string, cookie?: string) =>
    t.app.inject({
      url: `/api/v1/organizations/${typeof target === "string" ? target : target.organizationId}/meeting-forums`,
      headers: cookie ? { cookie } : {},
    });
  const askers = async (target: Company, cookie?: string) => {
    const response = await forumsWith(target, cookie);
    expect(response.statusCode, response.body).toBe(200);
    return response.json().items.map((i: { forum: { id: string }; to: { organizationId: string }; from: { organizationId: string }[] }) => ({
      forum: i.forum.id,
      to: i.to.organizationId,
      from: i.from.map((f) => f.organizationId),
    }));
  };

  it("lists the forum with the viewer's organisations that may ask there", async () => {
    expect(await askers(looms, visitor.cookie)).toEqual([{ forum: forum.forumId, to: looms.organizationId, from: [visitor.organizationId] }]);
    // A trade visitor may ask exhibitors only: the forum is there, but nobody to ask from.
    expect(await askers(buyer, visitor.cookie)).toEqual([{ forum: forum.forumId, to: buyer.organizationId, from: [] }]);
  });

  it("still names the forum to someone who does not take part, or is not signed in", async () => {
    expect(await askers(looms, outsider.cookie)).toEqual([{ forum: forum.forumId, to: looms.organizationId, from: [] }]);
    expect(await askers(looms)).toEqual([{ forum: forum.forumId, to: looms.organizationId, from: [] }]);
  });

  it("is empty for an organisation in no forum, and 404 for one that does not exist", async () => {
    expect(await askers(outsider, buyer.cookie)).toEqual([]);
    expect((await forumsWith("org_missing", buyer.cookie)).statusCode).toBe(404);
  });
});
