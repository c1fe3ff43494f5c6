import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApp, signUp, type TestApp } from "../../../testing/test-app";

let t: TestApp;
let owner: string;
let stranger: string;

const shumkar = {
  legalName: { en: "Shumkar Transnational Corporation", ru: "Транснациональная корпорация «Шумкар»", ky: "«Шумкар» трансулуттук корпорациясы" },
  shortName: { en: "Shumkar", ru: "Шумкар", ky: "Шумкар" },
  country: "KG",
  region: "KG-C",
  city: "Kant",
  sectors: ["aviation"],
  languages: ["ky", "ru"],
  size: "small",
  description: { en: "Assembles two-seat helicopters with components from Poland." },
};

beforeAll(async () => {
  t = await createTestApp();
  owner = await signUp(t, "owner@example.org", "Aibek Owner");
  stranger = await signUp(t, "stranger@example.org", "Some Stranger");
});
afterAll(() => t.close());

describe("organisations", () => {
  it("reports health with the database kind", async () => {
    const res = await t.app.inject("/api/health");
    expect(res.json()).toMatchObject({ status: "ok", database: process.env.TEST_DATABASE_URL ? "postgres" : "pglite" });
  });

  it("lets a signed-in user create an organisation and become its owner", async () => {
    const res = await t.app.inject({ method: "POST", url: "/api/v1/organizations", headers: { cookie: owner }, payload: shumkar });
    expect(res.statusCode).toBe(201);
    const org = res.json();
    expect(org).toMatchObject({ country: "KG", region: "KG-C", fictional: false, productCount: 0 });
    expect(org.people).toEqual([{ name: "Aibek Owner", jobTitle: null, role: "owner" }]);
    const me = (await t.app.inject({ url: "/api/v1/me", headers: { cookie: owner } })).json();
    expect(me.memberships).toEqual([{ organizationId: org.id, organizationName: shumkar.legalName, role: "owner" }]);
  });

  it("refuses anonymous writes", async () => {
    const res = await t.app.inject({ method: "POST", url: "/api/v1/organizations", payload: shumkar });
    expect(res.statusCode).toBe(401);
    expect(res.headers["content-type"]).toContain("application/problem+json");
    expect(res.json().code).toBe("unauthenticated");
  });

  it.each([
    [{ region: "RU-TA" }, "region", "not a region of KG"],
    [{ region: "KG-ZZ" }, "region", "not a known ISO 3166-2 region"],
    [{ country: "XX", region: null }, "country", "not an ISO 3166-1 country code"],
    [{ sectors: ["spaceships"] }, "sectors.0", "not a known sector"],
    [{ website: "javascript:alert(1)" }, "website", ""],
    [{ description: { en: "<script>alert(1)</script>" } }, "description.en", "Markup"],
    [{ legalName: {} }, "legalName", "at least one language"],
  ])("rejects %j naming the field", async (change, field, message) => {
    const before = (await t.app.inject("/api/v1/organizations")).json().total;
    const res = await t.app.inject({ method: "POST", url: "/api/v1/organizations", headers: { cookie: owner }, payload: { ...shumkar, ...change } });
    expect(res.statusCode).toBe(400);
    const body = res.json();
    expect(body.code).toBe("validation_failed");
    expect(body.errors.map((e: { field: string }) => e.field).join(",")).toContain(field);
    expect(body.detail).toContain(message);
    expect((await t.app.inject("/api/v1/organizations")).json().total).toBe(before);
  });

  it("lets owners edit the profile and nobody else", async () => {
    const [org] = (await t.app.inject("/api/v1/organizations?q=shumkar")).json().items;
    const byStranger = await t.app.inject({
      method: "PATCH",
      url: `/api/v1/organizations/${org.id}`,
      headers: { cookie: stranger },
      payload: { city: "Bishkek" },
    });
    expect(byStranger.statusCode).toBe(403);
    const byOwner = await t.app.inject({
      method: "PATCH",
      url: `/api/v1/organizations/${org.id}`,
      headers: { cookie: owner },
      payload: { city: "Bishkek", region: "KG-GB" },
    });
    expect(byOwner.statusCode).toBe(200);
    expect(byOwner.json()).toMatchObject({ city: "Bishkek", region: "KG-GB" });
    const badRegion = await t.app.inject({ method: "PATCH", url: `/api/v1/organizations/${org.id}`, headers: { cookie: owner }, payload: { country: "TJ" } });
    expect(badRegion.statusCode).toBe(400);
    expect(badRegion.json().errors[0].field).toBe("region");
  });

  it("finds Cyrillic names with Latin queries and tolerates typos", async () => {
    for (const q of ["shumkar", "Шумкар", "shumkr", "шумкар транснац"]) {
      const res = (await t.app.inject(`/api/v1/organizations?q=${encodeURIComponent(q)}`)).json();
      expect(
        res.items.map((o: { shortName: { en: string } }) => o.shortName.en),
        q,
      ).toContain("Shumkar");
    }
    expect((await t.app.inject("/api/v1/organizations?q=zzqxw")).json().items).toEqual([]);
  });

  it("answers 404 as problem details for unknown ids", async () => {
    const res = await t.app.inject("/api/v1/organizations/00000000-0000-0000-0000-000000000000");
    expect(res.statusCode).toBe(404);
    expect(res.json()).toMatchObject({ code: "not_found", status: 404 });
  });
});
