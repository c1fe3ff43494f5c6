import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { formatBadgeCode } from "../../../../engines/badge-token";
import { setUpForum } from "../../../testing/expo-fixtures";
import { createTestApp, signUp, type TestApp } from "../../../testing/test-app";
import { pageCount, register, visitorInput } from "./registration.test-support";

let t: TestApp;
let organiser: string;
let forumId: string;
let holder: string;
let stranger: string;
let badge: { id: string; badgeCode: string; badgeUrl: string };

beforeAll(async () => {
  t = await createTestApp();
  ({ organiser, forumId } = await setUpForum(t));
  holder = await signUp(t, "holder@example.org", "Holder");
  stranger = await signUp(t, "stranger@example.org", "Stranger");
  badge = (await register(t, forumId, visitorInput("someone-else@example.org", { fullName: "Gulnora Rahimova" }), holder)).json();
});
afterAll(() => t.close());

const fetchBadge = (url: string, cookie?: string) => t.app.inject({ url, headers: cookie ? { cookie } : {} });
const withoutKey = () => `/api/v1/registrations/${badge.id}/badge.pdf`;

describe("badge PDF", () => {
  it("opens with the key from the e-mail, as an inline private PDF", async () => {
    const res = await fetchBadge(badge.badgeUrl);
    expect(res.statusCode).toBe(200);
    expect(res.headers["content-type"]).toBe("application/pdf");
    expect(res.headers["content-disposition"]).toBe(`inline; filename="badge-${formatBadgeCode(badge.badgeCode)}.pdf"`);
    expect(res.headers["cache-control"]).toBe("private, no-store");
    expect(res.rawPayload.subarray(0, 4).toString()).toBe("%PDF");
    expect(pageCount(res.rawPayload)).toBe(1);
  });

  it("opens for the holder and the organisers without a key", async () => {
    expect((await fetchBadge(withoutKey(), holder)).statusCode).toBe(200);
    expect((await fetchBadge(withoutKey(), organiser)).statusCode).toBe(200);
  });

  it("does not exist for anyone else or with a wrong key", async () => {
    const wrongKey = `${withoutKey()}?key=${"A".repeat(43)}`;
    for (const [url, cookie] of [
      [wrongKey, undefined],
      [withoutKey(), undefined],
      [withoutKey(), stranger],
      [`${withoutKey()}?key=`, stranger],
      ["/api/v1/registrations/no-such-id/badge.pdf", organiser],
    ] as const) {
      const res = await fetchBadge(url, cookie);
      expect(res.statusCode, url).toBe(404);
      expect(res.json().code).toBe("not_found");
    }
  });

  it("is gone once the registration is cancelled, and back when restored", async () => {
    const patch = (cancelled: boolean) =>
      t.app.inject({ method: "PATCH", url: `/api/v1/registrations/${badge.id}`, headers: { cookie: organiser }, payload: { cancelled } });
    await patch(true);
    const res = await fetchBadge(badge.badgeUrl);
    expect(res.statusCode).toBe(410);
    expect(res.json().code).toBe("registration_cancelled");
    expect((await fetchBadge(withoutKey(), stranger)).statusCode).toBe(404);
    await patch(false);
    expect((await fetchBadge(badge.badgeUrl)).statusCode).toBe(200);
  });
});

describe("badge batch", () => {
  beforeAll(async () => {
    const categories = ["buyer", "press", "trade_visitor"];
    for (let i = 0; i < 9; i++) {
      const res = await register(t, forumId, visitorInput(`batch-${i}@example.org`, { fullName: `Batch Visitor ${i}`, category: categories[i % 3] }));
      expect(res.statusCode).toBe(201);
    }
  });

  const startBatch = (payload?: object, cookie = organiser) =>
    t.app.inject({ method: "POST", url: `/api/v1/forums/${forumId}/badges/batch`, headers: { cookie }, ...(payload && { payload }) });

  it("prints every active badge in a background job whose progress reaches the total", async () => {
    const started = await startBatch();
    expect(started.statusCode).toBe(202);
    expect(started.json()).toMatchObject({ kind: "badge-batch", total: 10 });
    await t.ctx.jobs.idle();
    const job = (await t.app.inject({ url: `/api/v1/jobs/${started.json().id}`, headers: { cookie: organiser } })).json();
    expect(job).toMatchObject({ status: "done", done: 10, total: 10, resultUrl: `/api/v1/jobs/${job.id}/result` });
    const result = await t.app.inject({ url: job.resultUrl, headers: { cookie: organiser } });
    expect(result.headers["content-type"]).toBe("application/pdf");
    expect(result.headers["content-disposition"]).toBe('attachment; filename="badges-joint-industrial-exhibition.pdf"');
    expect(pageCount(result.rawPayload)).toBe(10);
  });

  it("prints one category, without cancelled registrations", async () => {
    const pressIds = (await t.app.inject({ url: `/api/v1/forums/${forumId}/registrations?category=press`, headers: { cookie: organiser } })).json().items;
    await t.app.inject({ method: "PATCH", url: `/api/v1/registrations/${pressIds[0].id}`, headers: { cookie: organiser }, payload: { cancelled: true } });
    const started = await startBatch({ category: "press", onlyNotCheckedIn: true });
    expect(started.json().total).toBe(2);
    await t.ctx.jobs.idle();
    const result = await t.app.inject({ url: `/api/v1/jobs/${started.json().id}/result`, headers: { cookie: organiser } });
    expect(pageCount(result.rawPayload)).toBe(2);
  });

  it("says when there is nothing to print, and is for organisers only", async () => {
    const none = await startBatch({ category: "vip" });
    expect(none.statusCode).toBe(409);
    expect(none.json().code).toBe("nothing_to_print");
    expect((await startBatch({}, stranger)).statusCode).toBe(403);
    expect((await startBatch({ category: "astronaut" })).json().errors[0].field).toBe("category");
  });
});
