import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createOrganization, createTestApp, signUp, type TestApp } from "./testing/test-app";

/** Input that once broke the server, and abuse it must withstand. */
let t: TestApp;
let owner: string;
let orgId: string;

const PNG = Buffer.from("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==", "base64");
const boundary = "----hard";
const upload = (field: string) => ({
  headers: { "content-type": `multipart/form-data; boundary=${boundary}`, cookie: owner },
  payload: Buffer.concat([
    Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="${field}"; filename="x.png"\r\nContent-Type: image/png\r\n\r\n`),
    PNG,
    Buffer.from(`\r\n--${boundary}--\r\n`),
  ]),
});

beforeAll(async () => {
  t = await createTestApp({ signInLimitPerMinute: 2 });
  owner = await signUp(t, "hard@example.org");
  orgId = (await createOrganization(t, owner, { legalName: { en: "Hard Co" }, country: "TJ" })).id;
});
afterAll(() => t.close());

describe("bad input", () => {
  it.each(["/api/v1/organizations/%00", "/api/v1/products/a%00b", "/api/v1/products?organizationId=%00", "/api/v1/organizations?sector=%00"])(
    "answers 400, not 500, for %s",
    async (url) => {
      const res = await t.app.inject(url);
      expect(res.statusCode).toBe(400);
      expect(res.json().code).toBe("validation_failed");
    },
  );

  it("refuses control characters in text, naming the field", async () => {
    const res = await t.app.inject({ method: "PATCH", url: `/api/v1/organizations/${orgId}`, headers: { cookie: owner }, payload: { city: "Du\u0000shanbe" } });
    expect(res.statusCode).toBe(400);
    expect(res.json().errors[0].field).toBe("city");
  });

  it.each([Buffer.from(JSON.stringify({ o: 1e300 })).toString("base64url"), Buffer.from(JSON.stringify({ o: -1 })).toString("base64url"), "not-a-cursor"])(
    "refuses the cursor %s",
    async (cursor) => {
      const res = await t.app.inject(`/api/v1/organizations?cursor=${cursor}`);
      expect(res.statusCode).toBe(400);
      expect(res.json().errors[0].field).toBe("cursor");
    },
  );

  it("stores text with one enormous word and still finds it by its other words", async () => {
    const res = await t.app.inject({
      method: "PATCH",
      url: `/api/v1/organizations/${orgId}`,
      headers: { cookie: owner },
      payload: { description: { en: `Felt ${"x".repeat(4000)} makers` } },
    });
    expect(res.statusCode).toBe(200);
    expect((await t.app.inject("/api/v1/organizations?q=makers")).json().total).toBe(1);
  });

  it("matches nothing for a query with nothing searchable in it", async () => {
    expect((await t.app.inject(`/api/v1/organizations?q=${encodeURIComponent("💥")}`)).json()).toMatchObject({ total: 0, items: [] });
  });

  it("refuses markup in a person's name", async () => {
    const res = await t.app.inject({
      method: "POST",
      url: "/api/auth/sign-up/email",
      payload: { email: "x@example.org", password: "long-enough-pw", name: "<img src=x onerror=alert(1)>" },
    });
    expect(res.statusCode).toBe(400);
    expect(res.json().errors[0].field).toBe("name");
  });
});

describe("abuse", () => {
  it("throttles sign-in however the path is spelled", async () => {
    const attempt = (path: string) =>
      t.app.inject({ method: "POST", url: path, payload: { email: "hard@example.org", password: "wrong-password" }, remoteAddress: "10.9.9.9" });
    await attempt("/api/auth/sign-in/email");
    await attempt("/api/auth/sign-in/email");
    for (const path of ["/api/auth/sign-in/email", "/api/auth/./sign-in/email", "/api/auth/%2e/sign-in/email", "/api/auth/x/../sign-in/email"]) {
      expect((await attempt(path)).statusCode, path).toBe(429);
    }
  });

  it("does not trust a forged X-Forwarded-For without a configured proxy", async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 4; i++) {
      const res = await t.app.inject({
        method: "POST",
        url: "/api/auth/sign-in/email",
        payload: { email: "hard@example.org", password: "wrong" },
        remoteAddress: "10.8.8.8",
        headers: { "x-forwarded-for": `203.0.113.${i}` },
      });
      statuses.push(res.statusCode);
    }
    expect(statuses.slice(2)).toEqual([429, 429]);
  });

  it("keeps at most eight photos under parallel uploads, and stops serving removed ones", async () => {
    const product = (
      await t.app.inject({
        method: "POST",
        url: `/api/v1/organizations/${orgId}/products`,
        headers: { cookie: owner },
        payload: { name: { en: "Felt" }, hsCode: "560290" },
      })
    ).json();
    const results = await Promise.all(
      Array.from({ length: 12 }, () => t.app.inject({ method: "POST", url: `/api/v1/products/${product.id}/photos`, ...upload("photo") })),
    );
    expect(results.filter((r) => r.statusCode === 201).length).toBe(8);
    expect(results.filter((r) => r.statusCode === 409).length).toBe(4);
    const photos: string[] = (await t.app.inject(`/api/v1/products/${product.id}`)).json().photoUrls;
    expect(photos).toHaveLength(8);
    const removed = photos[0];
    const res = await t.app.inject({ method: "DELETE", url: `/api/v1/products/${product.id}/photos/${removed.split("/").pop()}`, headers: { cookie: owner } });
    expect(res.statusCode).toBe(200);
    expect((await t.app.inject(removed)).statusCode).toBe(404);
  });
});
