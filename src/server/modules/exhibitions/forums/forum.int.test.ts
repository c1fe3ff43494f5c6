import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createForum, forumInput, setUpForum } from "../../../testing/expo-fixtures";
import { createOrganization, createTestApp, invite, signUp, type TestApp } from "../../../testing/test-app";

let t: TestApp;
let organiser: string;
let organizerId: string;
let forumId: string;
let stranger: string;

beforeAll(async () => {
  t = await createTestApp();
  ({ organiser, organizerId, forumId } = await setUpForum(t));
  stranger = await signUp(t, "stranger@example.org");
});
afterAll(() => t.close());

const get = (url: string, cookie?: string) => t.app.inject({ method: "GET", url, headers: cookie ? { cookie } : {} });

describe("forums", () => {
  it("creates a published forum that anyone can read, with the organiser's access", async () => {
    const anonymous = await get(`/api/v1/forums/${forumId}`);
    expect(anonymous.statusCode).toBe(200);
    expect(anonymous.json()).toMatchObject({
      startsOn: "2031-07-09",
      timeZone: "Asia/Dushanbe",
      status: "published",
      access: { manage: false, checkIn: false },
    });
    expect(anonymous.json().organizer.name.en).toBe("Dushanbe Expo Services");
    expect(anonymous.json().parties[0]).toMatchObject({ role: "backer", name: { en: "Ministry of Industry and New Technologies" } });
    expect((await get(`/api/v1/forums/${forumId}`, organiser)).json().access).toEqual({ manage: true, checkIn: true });
  });

  it("keeps drafts to their organisers and lists what each viewer may see", async () => {
    const draft = await createForum(t, organiser, organizerId, { status: "draft", name: { en: "Draft fair" } });
    expect((await get(`/api/v1/forums/${draft.id}`)).statusCode).toBe(404);
    expect((await get(`/api/v1/forums/${draft.id}`, stranger)).statusCode).toBe(404);
    const publicList = (await get("/api/v1/forums")).json();
    expect(publicList.items.map((f: { id: string }) => f.id)).toEqual([forumId]);
    const mine = (await get("/api/v1/forums?mine=true", organiser)).json();
    expect(mine.items.map((f: { id: string }) => f.id).sort()).toEqual([forumId, draft.id].sort());
    expect((await get("/api/v1/forums?when=past")).json().total).toBe(0);
  });

  it("lets only owners and admins of an organisation create forums for it", async () => {
    const response = await t.app.inject({ method: "POST", url: "/api/v1/forums", headers: { cookie: stranger }, payload: forumInput(organizerId) });
    expect(response.statusCode).toBe(403);
    const ownOrg = await createOrganization(t, stranger, { legalName: { en: "Chamber" }, country: "KG" });
    const own = await t.app.inject({ method: "POST", url: "/api/v1/forums", headers: { cookie: stranger }, payload: forumInput(ownOrg.id) });
    expect(own.statusCode).toBe(201);
  });

  it("refuses bad dates, time zones and countries, naming the field, and saves nothing", async () => {
    const before = (await get("/api/v1/forums?mine=true", organiser)).json().total;
    const cases: [Record<string, unknown>, string][] = [
      [{ endsOn: "2031-07-01" }, "endsOn"],
      [{ startsOn: "2031-02-30" }, "body.startsOn"],
      [{ timeZone: "Mars/Olympus" }, "body.timeZone"],
      [{ venue: { name: { en: "X" }, city: "Y", country: "XX" } }, "venue.country"],
      [{ name: { en: "<b>Expo</b>" } }, "body.name.en"],
    ];
    for (const [override, field] of cases) {
      const response = await t.app.inject({
        method: "POST",
        url: "/api/v1/forums",
        headers: { cookie: organiser },
        payload: forumInput(organizerId, override),
      });
      expect(response.statusCode, field).toBe(400);
      expect(response.json().errors.map((e: { field: string }) => e.field.replace(/^body\./, ""))).toContain(field.replace(/^body\./, ""));
    }
    expect((await get("/api/v1/forums?mine=true", organiser)).json().total).toBe(before);
  });

  it("lets door staff check in but not manage, and strangers do neither", async () => {
    const staff = await signUp(t, "door@expo.example");
    const invitation = await invite(t, organiser, organizerId, "door@expo.example", "member");
    await t.app.inject({ method: "POST", url: `/api/v1/invitations/${invitation.id}/accept`, headers: { cookie: staff } });
    expect((await get(`/api/v1/forums/${forumId}`, staff)).json().access).toEqual({ manage: false, checkIn: true });
    const edit = await t.app.inject({ method: "PATCH", url: `/api/v1/forums/${forumId}`, headers: { cookie: staff }, payload: { registrationOpen: false } });
    expect(edit.statusCode).toBe(403);
  });

  it("refuses to delete a published forum, deletes a draft", async () => {
    expect((await t.app.inject({ method: "DELETE", url: `/api/v1/forums/${forumId}`, headers: { cookie: organiser } })).statusCode).toBe(409);
    const draft = await createForum(t, organiser, organizerId, { status: "draft" });
    expect((await t.app.inject({ method: "DELETE", url: `/api/v1/forums/${draft.id}`, headers: { cookie: organiser } })).statusCode).toBe(204);
  });
});

describe("programme", () => {
  const session = (overrides: Record<string, unknown> = {}) => ({
    title: { en: "Opening ceremony", ru: "Церемония открытия" },
    room: "Conference hall",
    startsAt: "2031-07-09T10:00:00+05:00",
    endsAt: "2031-07-09T11:00:00+05:00",
    speakers: ["Minister of Industry"],
    language: "tg",
    ...overrides,
  });
  const add = (payload: Record<string, unknown>, cookie = organiser) =>
    t.app.inject({ method: "POST", url: `/api/v1/forums/${forumId}/programme`, headers: { cookie }, payload });

  it("adds sessions in time order and refuses a clash in the same room", async () => {
    expect((await add(session())).statusCode).toBe(201);
    expect((await add(session({ room: "Hall B", startsAt: "2031-07-09T09:00:00+05:00", endsAt: "2031-07-09T09:45:00+05:00" }))).statusCode).toBe(201);
    const clash = await add(session({ startsAt: "2031-07-09T10:30:00+05:00", endsAt: "2031-07-09T12:00:00+05:00", room: "conference HALL" }));
    expect(clash.statusCode).toBe(409);
    expect(clash.json()).toMatchObject({ code: "room_taken", errors: [{ field: "room" }] });
    const programme = (await get(`/api/v1/forums/${forumId}/programme`)).json();
    expect(programme.items.map((s: { room: string }) => s.room)).toEqual(["Hall B", "Conference hall"]);
  });

  it("refuses sessions outside the forum's days (venue time) or ending before they start", async () => {
    // 23:30 on 11 July in Dushanbe is still the forum's last day; 00:30 on 12 July is not.
    expect((await add(session({ room: "Late", startsAt: "2031-07-11T18:30:00Z", endsAt: "2031-07-11T18:45:00Z" }))).statusCode).toBe(201);
    const after = await add(session({ room: "Late", startsAt: "2031-07-11T19:30:00Z", endsAt: "2031-07-11T20:00:00Z" }));
    expect(after.json().errors[0].field).toBe("startsAt");
    const backwards = await add(session({ room: "X", endsAt: "2031-07-09T09:00:00+05:00" }));
    expect(backwards.json().errors[0].field).toBe("endsAt");
    expect((await add(session({ room: "Y" }), stranger)).statusCode).toBe(403);
  });
});
