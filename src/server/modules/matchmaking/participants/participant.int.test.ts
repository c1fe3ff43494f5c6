import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  addCompany,
  addMember,
  approveExhibitor,
  type Company,
  joinMatchmaking,
  type MatchmakingForum,
  requestMeeting,
  setUpMatchmaking,
  slotStart,
} from "../../../testing/matchmaking-fixtures";
import { createTestApp, type TestApp } from "../../../testing/test-app";

let t: TestApp;
let forum: MatchmakingForum;
let looms: Company; // approved exhibitor at A-02, never joins by hand
let kazan: Company;
let ministry: Company;

beforeAll(async () => {
  t = await createTestApp();
  forum = await setUpMatchmaking(t);
  looms = await addCompany(t, "Ткацкая фабрика Худжанд", { sectors: ["textiles"] });
  await approveExhibitor(t, forum, looms, forum.booths[1].id);
  kazan = await addCompany(t, "Kazan Textiles", { country: "RU", region: "RU-TA", languages: ["ru", "tt"] });
  ministry = await addCompany(t, "Ministry of Industry");
});
afterAll(() => t.close());

const url = (suffix = "") => `/api/v1/forums/${forum.forumId}/participants${suffix}`;
const join = (cookie: string, organizationId: string, category: string) =>
  t.app.inject({ method: "POST", url: url(), headers: { cookie }, payload: { organizationId, category } });
const listed = async (query = "") => (await t.app.inject({ url: url(`?${query}`) })).json();
const namesOf = (page: { items: { name: { en: string } }[] }) => page.items.map((p) => p.name.en);

describe("joining", () => {
  it("makes approved exhibitors participants without joining, with their booth", async () => {
    const page = await listed();
    expect(page.total).toBe(1);
    expect(page.items[0]).toMatchObject({
      organizationId: looms.organizationId,
      category: "exhibitor",
      booth: { number: "A-02", hallName: { en: "Hall A" } },
      profileCount: 0,
    });
    expect((await listed()).total).toBe(1);
  });

  it("lets an organisation's admin join it as a buyer, investor or trade visitor, once", async () => {
    const joined = await join(kazan.cookie, kazan.organizationId, "buyer");
    expect(joined.statusCode, joined.body).toBe(201);
    expect(joined.json()).toMatchObject({
      organizationId: kazan.organizationId,
      category: "buyer",
      country: "RU",
      region: "RU-TA",
      languages: ["ru", "tt"],
      booth: null,
    });
    const twice = await join(kazan.cookie, kazan.organizationId, "investor");
    expect([twice.statusCode, twice.json().code]).toEqual([409, "already_participant"]);
  });

  it("refuses plain members, other companies, self-made officials and exhibitors without an approved application", async () => {
    const clerk = await addMember(t, ministry, "clerk@ministry.example", "member");
    expect((await join(clerk, ministry.organizationId, "buyer")).statusCode).toBe(403);
    expect((await join(kazan.cookie, ministry.organizationId, "buyer")).statusCode).toBe(403);
    expect((await join(ministry.cookie, ministry.organizationId, "official")).statusCode).toBe(403);
    const notExhibitor = await join(ministry.cookie, ministry.organizationId, "exhibitor");
    expect([notExhibitor.statusCode, notExhibitor.json().code, notExhibitor.json().errors[0].field]).toEqual([409, "not_an_exhibitor", "category"]);
    const badCategory = await join(ministry.cookie, ministry.organizationId, "vip");
    expect([badCategory.statusCode, badCategory.json().errors[0].field]).toEqual([400, "category"]);
    expect((await listed()).total).toBe(2);
  });

  it("lets organisers add anyone, officials included", async () => {
    const added = await join(forum.organiser, ministry.organizationId, "official");
    expect([added.statusCode, added.json().category]).toEqual([201, "official"]);
    expect((await join(forum.organiser, "no-such-organisation", "buyer")).statusCode).toBe(404);
  });
});

describe("listing", () => {
  it("searches names in any script and filters by category and country, page by page", async () => {
    expect(namesOf(await listed(`q=${encodeURIComponent("худжанд")}`))).toEqual(["Ткацкая фабрика Худжанд"]);
    expect(namesOf(await listed("q=zzyzx"))).toEqual([]);
    const latin = await listed(`q=${encodeURIComponent("khudzhand")}`);
    expect(latin.items.map((p: { organizationId: string }) => p.organizationId)).toEqual([looms.organizationId]);
    expect(namesOf(await listed("q=kazan"))).toEqual(["Kazan Textiles"]);
    expect(namesOf(await listed("category=official"))).toEqual(["Ministry of Industry"]);
    expect(namesOf(await listed("country=RU"))).toEqual(["Kazan Textiles"]);
    const first = await listed("limit=2");
    expect(first).toMatchObject({ total: 3, nextCursor: expect.any(String) });
    const second = await listed(`limit=2&cursor=${first.nextCursor}`);
    expect(second).toMatchObject({ total: 3, nextCursor: null });
    expect(new Set([...first.items, ...second.items].map((p: { organizationId: string }) => p.organizationId)).size).toBe(3);
    expect((await t.app.inject({ url: url("?cursor=nonsense") })).json().errors[0].field).toBe("cursor");
  });
});

describe("changing and leaving", () => {
  it("lets organisers, and only them, change a category", async () => {
    const patch = (cookie: string, category: string) =>
      t.app.inject({ method: "PATCH", url: url(`/${kazan.organizationId}`), headers: { cookie }, payload: { category } });
    expect((await patch(kazan.cookie, "investor")).statusCode).toBe(403);
    expect((await patch(forum.organiser, "investor")).json().category).toBe("investor");
    expect((await patch(forum.organiser, "exhibitor")).json().code).toBe("not_an_exhibitor");
    expect((await patch(forum.organiser, "buyer")).json().category).toBe("buyer");
  });

  it("lets an organisation's admin leave, withdrawing its requests; not others, and not exhibitors", async () => {
    const request = await requestMeeting(t, forum.forumId, kazan, looms);
    expect(request.status).toBe("pending");
    const leave = (cookie: string, organizationId: string) => t.app.inject({ method: "DELETE", url: url(`/${organizationId}`), headers: { cookie } });
    expect((await leave(ministry.cookie, kazan.organizationId)).statusCode).toBe(403);
    const exhibitor = await leave(looms.cookie, looms.organizationId);
    expect([exhibitor.statusCode, exhibitor.json().code]).toEqual([409, "exhibitor_participant"]);
    expect((await leave(kazan.cookie, kazan.organizationId)).statusCode).toBe(204);
    expect(namesOf(await listed("q=kazan"))).toEqual([]);
    const incoming = await t.app.inject({
      url: `/api/v1/forums/${forum.forumId}/meeting-requests?organization=${looms.organizationId}`,
      headers: { cookie: looms.cookie },
    });
    expect(incoming.json().total).toBe(0);
    expect((await leave(kazan.cookie, kazan.organizationId)).statusCode).toBe(404);
    await joinMatchmaking(t, forum.forumId, kazan, "buyer");
  });
});

describe("unavailable slots", () => {
  const put = (cookie: string, organizationId: string, slots: string[]) =>
    t.app.inject({ method: "PUT", url: url(`/${organizationId}/unavailability`), headers: { cookie }, payload: { slots } });
  const get = (cookie: string, organizationId: string) => t.app.inject({ url: url(`/${organizationId}/unavailability`), headers: { cookie } });

  it("stores slots written with any offset as the forum's slot starts", async () => {
    const saved = await put(kazan.cookie, kazan.organizationId, ["2031-07-09T14:00:00+05:00", slotStart(0), slotStart(0)]);
    expect(saved.statusCode, saved.body).toBe(200);
    expect(saved.json()).toEqual({ slots: [slotStart(0), slotStart(4)] });
    expect((await get(kazan.cookie, kazan.organizationId)).json()).toEqual({ slots: [slotStart(0), slotStart(4)] });
    expect((await get(forum.organiser, kazan.organizationId)).statusCode).toBe(200);
  });

  it("refuses a time that is not a slot, naming it, and keeps the stored slots", async () => {
    const bad = await put(kazan.cookie, kazan.organizationId, [slotStart(1), "2031-07-09T12:00:00+05:00"]);
    expect([bad.statusCode, bad.json().errors[0].field]).toEqual([400, "slots.1"]);
    const malformed = await put(kazan.cookie, kazan.organizationId, ["tomorrow"]);
    expect([malformed.statusCode, malformed.json().errors[0].field]).toEqual([400, "slots.0"]);
    expect((await get(kazan.cookie, kazan.organizationId)).json().slots).toEqual([slotStart(0), slotStart(4)]);
  });

  it("is for the organisation's members and the organisers only", async () => {
    expect((await put(ministry.cookie, kazan.organizationId, [])).statusCode).toBe(403);
    expect((await get(looms.cookie, kazan.organizationId)).statusCode).toBe(403);
    expect((await put(forum.organiser, kazan.organizationId, [])).json()).toEqual({ slots: [] });
  });
});
