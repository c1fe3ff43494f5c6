import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { deriveForumKeys, formatBadgeCode, verifyBadgeToken } from "../../../../engines/badge-token";
import { createForum, setUpForum } from "../../../testing/expo-fixtures";
import { createTestApp, signUp, type TestApp } from "../../../testing/test-app";
import { outboxOf, register, visitorInput } from "./registration.test-support";

let t: TestApp;
let organiser: string;
let organizerId: string;
let forumId: string;
let visitor: string;
let stranger: string;

beforeAll(async () => {
  t = await createTestApp();
  ({ organiser, organizerId, forumId } = await setUpForum(t));
  visitor = await signUp(t, "visitor@example.org", "Visitor");
  stranger = await signUp(t, "stranger@example.org", "Stranger");
});
afterAll(() => t.close());

const list = (query: string, cookie = organiser) => t.app.inject({ url: `/api/v1/forums/${forumId}/registrations?${query}`, headers: { cookie } });

describe("self-registration", () => {
  it("registers a signed-out visitor with a signed badge and e-mails the badge", async () => {
    const res = await register(t, forumId, visitorInput("Buyer@Example.org"));
    expect(res.statusCode).toBe(201);
    const r = res.json();
    expect(r).toMatchObject({ forumId, email: "buyer@example.org", category: "buyer", source: "self", applicationId: null, cancelledAt: null });
    expect(r.forumName.en).toBe("Joint Industrial Exhibition");
    expect(r.badgeCode).toMatch(/^[0-9A-Z]{10}$/);
    expect(r.badgeUrl).toMatch(new RegExp(`^/api/v1/registrations/${r.id}/badge\\.pdf\\?key=[A-Za-z0-9_-]{43}$`));
    const { publicKey } = deriveForumKeys(t.ctx.config.secret, forumId);
    expect(verifyBadgeToken(publicKey, forumId, r.badgeToken)).toEqual({ ok: true, code: r.badgeCode });
    expect(verifyBadgeToken(deriveForumKeys(t.ctx.config.secret, "another-forum").publicKey, forumId, r.badgeToken).ok).toBe(false);

    const [mail] = await outboxOf(t, "buyer@example.org");
    expect(mail.subject).toBe("Your badge for Joint Industrial Exhibition");
    expect(mail.text).toContain(formatBadgeCode(r.badgeCode));
    expect(mail.text).toContain(`${t.ctx.config.publicUrl}${r.badgeUrl}`);
    expect(mail.text).toMatch(/9\s*–\s*11 July 2031 · Dushanbe/);
    expect(mail.text).toContain(`[Attached: badge-${formatBadgeCode(r.badgeCode)}.pdf]`);
  });

  it("writes to the visitor in the language they chose", async () => {
    const res = await register(t, forumId, visitorInput("ru@example.org", { language: "ru", fullName: "Иван Петров" }));
    expect(res.statusCode).toBe(201);
    const [mail] = await outboxOf(t, "ru@example.org");
    expect(mail.subject).toBe("Ваш бейдж: Совместная промышленная выставка");
    expect(mail.text).toContain("Здравствуйте, Иван Петров!");
  });

  it("links the registration to the signed-in user, who then sees it under /me", async () => {
    const res = await register(t, forumId, visitorInput("work-address@example.org"), visitor);
    expect(res.statusCode).toBe(201);
    const mine = await t.app.inject({ url: "/api/v1/me/registrations", headers: { cookie: visitor } });
    expect(mine.statusCode).toBe(200);
    expect(mine.json().items.map((r: { id: string }) => r.id)).toEqual([res.json().id]);
  });

  it("refuses a second registration with the same e-mail, naming the field", async () => {
    const res = await register(t, forumId, visitorInput("BUYER@example.org "));
    expect(res.statusCode).toBe(409);
    expect(res.json()).toMatchObject({ code: "already_registered", errors: [{ field: "email" }] });
  });

  it("lets only one of two simultaneous registrations with one address through", async () => {
    const both = await Promise.all([register(t, forumId, visitorInput("twice@example.org")), register(t, forumId, visitorInput("Twice@example.org"))]);
    expect(both.map((r) => r.statusCode).sort()).toEqual([201, 409]);
  });

  it.each([
    [{ country: "QQ" }, "country"],
    [{ category: "vip" }, "category"],
    [{ fullName: "<b>x</b>" }, "fullName"],
    [{ email: "not-an-address" }, "email"],
  ])("refuses %j naming the field", async (change, field) => {
    const res = await register(t, forumId, visitorInput("bad@example.org", change));
    expect(res.statusCode).toBe(400);
    expect(res.json().errors[0].field).toBe(field);
  });

  it("is closed when the organisers close registration, and drafts do not exist for visitors", async () => {
    const closed = await createForum(t, organiser, organizerId, { registrationOpen: false });
    const res = await register(t, closed.id, visitorInput("late@example.org"));
    expect(res.statusCode).toBe(409);
    expect(res.json().code).toBe("registration_closed");
    const draft = await createForum(t, organiser, organizerId, { status: "draft" });
    expect((await register(t, draft.id, visitorInput("early@example.org"))).statusCode).toBe(404);
    expect((await register(t, draft.id, visitorInput("early@example.org"), stranger)).statusCode).toBe(404);
  });
});

describe("organisers", () => {
  let vipId: string;
  let vipCode: string;

  it("register anyone in any category; others may not", async () => {
    const payload = visitorInput("minister@example.org", { category: "vip", country: "KG", language: "ky" });
    const refused = await t.app.inject({ method: "POST", url: `/api/v1/forums/${forumId}/registrations/organiser`, headers: { cookie: stranger }, payload });
    expect(refused.statusCode).toBe(403);
    const res = await t.app.inject({ method: "POST", url: `/api/v1/forums/${forumId}/registrations/organiser`, headers: { cookie: organiser }, payload });
    expect(res.statusCode).toBe(201);
    expect(res.json()).toMatchObject({ category: "vip", source: "organiser" });
    ({ id: vipId, badgeCode: vipCode } = res.json());
    expect((await outboxOf(t, "minister@example.org"))[0].subject).toContain("Сиздин бейджиңиз");
  });

  it("list and search registrations by name, e-mail, organisation and typed badge code", async () => {
    const ids = async (query: string) => (await list(query)).json().items.map((r: { id: string }) => r.id);
    expect((await list("")).json().total).toBe(5);
    expect(await ids(`q=${encodeURIComponent(formatBadgeCode(vipCode).toLowerCase())}`)).toEqual([vipId]);
    expect(await ids("q=minister")).toEqual([vipId]);
    expect(await ids("category=vip")).toEqual([vipId]);
    expect((await list("q=pamir")).json().total).toBe(5);
    expect((await list(`q=${encodeURIComponent("Иван")}`)).json().total).toBe(1);
    expect((await list("checkedIn=yes")).json().total).toBe(0);
    expect((await list("q=100%25")).json().total).toBe(0);
  });

  it("page through the list with cursors", async () => {
    const first = (await list("limit=3")).json();
    expect(first.items).toHaveLength(3);
    const second = (await list(`limit=3&cursor=${first.nextCursor}`)).json();
    expect(second.items).toHaveLength(2);
    expect(second.nextCursor).toBeNull();
    expect((await list("cursor=forged")).json().errors[0].field).toBe("cursor");
  });

  it("alone may list registrations", async () => {
    expect((await list("", stranger)).statusCode).toBe(403);
    expect((await t.app.inject(`/api/v1/forums/${forumId}/registrations`)).statusCode).toBe(401);
  });

  it("change the category, cancel and restore", async () => {
    const patch = (payload: object, cookie = organiser) =>
      t.app.inject({ method: "PATCH", url: `/api/v1/registrations/${vipId}`, headers: { cookie }, payload });
    expect((await patch({ cancelled: true }, stranger)).statusCode).toBe(403);
    const cancelled = await patch({ cancelled: true, category: "delegation" });
    expect(cancelled.statusCode).toBe(200);
    expect(cancelled.json()).toMatchObject({ category: "delegation", cancelledAt: expect.any(String) });
    expect((await patch({ cancelled: false })).json().cancelledAt).toBeNull();
    expect((await patch({ category: "astronaut" })).json().errors[0].field).toBe("category");
  });
});

describe("/me/registrations", () => {
  it("includes what organisers registered for the user's confirmed address, newest forum first", async () => {
    const later = await createForum(t, organiser, organizerId, { startsOn: "2032-05-01", endsOn: "2032-05-02" });
    const payload = visitorInput("visitor@example.org", { category: "press" });
    const res = await t.app.inject({ method: "POST", url: `/api/v1/forums/${later.id}/registrations/organiser`, headers: { cookie: organiser }, payload });
    expect(res.statusCode).toBe(201);
    const mine = (await t.app.inject({ url: "/api/v1/me/registrations", headers: { cookie: visitor } })).json();
    expect(mine.items.map((r: { forumId: string }) => r.forumId)).toEqual([later.id, forumId]);
    expect((await t.app.inject({ url: "/api/v1/me/registrations", headers: { cookie: stranger } })).json().total).toBe(0);
    expect((await t.app.inject("/api/v1/me/registrations")).statusCode).toBe(401);
  });
});
