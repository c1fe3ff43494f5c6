import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createForum } from "./testing/expo-fixtures";
import { createOrganization, createTestApp, signUp, type TestApp } from "./testing/test-app";

let t: TestApp;
const webRoot = fs.mkdtempSync(path.join(os.tmpdir(), "hamkori-web-"));

beforeAll(async () => {
  // A stand-in for the built web app: the server only needs its index.html template.
  fs.writeFileSync(
    path.join(webRoot, "index.html"),
    "<!doctype html><html><head><title>Hamkori</title><!--preview-meta--></head><body><div id=root></div></body></html>",
  );
  t = await createTestApp({ webRoot });
});
afterAll(async () => {
  await t.close();
  fs.rmSync(webRoot, { recursive: true, force: true });
});

describe("reference data", () => {
  it("finds HS codes by prefix and by words", async () => {
    const byCode = (await t.app.inject("/api/v1/hs?q=5002&limit=5")).json().items;
    expect(byCode[0]).toMatchObject({ code: "5002", level: 4 });
    const byWords = (await t.app.inject("/api/v1/hs?q=raw%20silk&limit=5")).json().items;
    expect(byWords.map((e: { code: string }) => e.code)).toContain("500200");
    expect((await t.app.inject("/api/v1/hs?limit=500")).statusCode).toBe(400);
  });

  it("lists Tatarstan as RU-TA with names in four languages", async () => {
    const items = (await t.app.inject("/api/v1/jurisdictions?q=tatarstan")).json().items;
    expect(items[0]).toMatchObject({ code: "RU-TA", kind: "region", country: "RU" });
    expect(Object.keys(items[0].names).sort()).toEqual(["en", "ky", "ru", "tg"]);
    const cyrillic = (await t.app.inject(`/api/v1/jurisdictions?q=${encodeURIComponent("Тотористон")}`)).json().items;
    expect(cyrillic.map((j: { code: string }) => j.code)).toContain("RU-TA");
  });

  it("lists every region of the first countries", async () => {
    const count = async (country: string) => (await t.app.inject(`/api/v1/jurisdictions?country=${country}&kind=region&limit=300`)).json().items.length;
    expect(await count("TJ")).toBe(5);
    expect(await count("KG")).toBe(9);
    expect(await count("UZ")).toBe(14);
    expect(await count("RU")).toBe(83);
    expect(await count("KZ")).toBeGreaterThanOrEqual(17);
  });

  it("lists sectors", async () => {
    const items = (await t.app.inject("/api/v1/sectors")).json().items;
    expect(items.find((s: { code: string }) => s.code === "textiles").names.tg).toBeTruthy();
  });
});

describe("API description", () => {
  it("publishes an OpenAPI document generated from the contracts", async () => {
    const doc = (await t.app.inject("/api/openapi.json")).json();
    expect(doc.openapi).toMatch(/^3\./);
    for (const route of [
      "/api/health",
      "/api/v1/hs",
      "/api/v1/jurisdictions",
      "/api/v1/organizations",
      "/api/v1/organizations/{id}",
      "/api/v1/products",
      "/api/v1/products/{id}",
      "/api/v1/organizations/{id}/invitations",
      "/api/v1/forums",
      "/api/v1/forums/{id}",
      "/api/v1/forums/{id}/floor-plan",
      "/api/v1/forums/{id}/exhibitors",
      "/api/v1/forums/{id}/applications",
      "/api/v1/forums/{id}/registrations",
      "/api/v1/registrations/{id}/badge.pdf",
      "/api/v1/forums/{id}/check-ins",
      "/api/v1/forums/{id}/stats",
      "/api/v1/jobs/{id}",
    ]) {
      expect(Object.keys(doc.paths), route).toContain(route);
    }
    const create = doc.paths["/api/v1/organizations"].post.responses;
    expect(Object.keys(create)).toEqual(expect.arrayContaining(["201", "400", "401"]));
    expect(create["400"].content["application/json"].schema.properties.code).toBeTruthy();
    expect(doc.paths["/api/v1/organizations"].get.parameters.map((p: { name: string }) => p.name)).toEqual(
      expect.arrayContaining(["q", "country", "region", "sector", "hs", "cursor"]),
    );
  });

  it("serves a browsable reference", async () => {
    const res = await t.app.inject("/api/docs/");
    expect(res.statusCode).toBe(200);
    expect(res.body).toContain("swagger");
  });

  it("answers unknown API routes with problem details", async () => {
    const res = await t.app.inject("/api/v1/nothing-here");
    expect(res.statusCode).toBe(404);
    expect(res.headers["content-type"]).toContain("application/problem+json");
  });
});

describe("shared links", () => {
  it("writes OpenGraph and Twitter tags into public organisation and product pages", async () => {
    const cookie = await signUp(t, "share@example.org");
    const org = await createOrganization(t, cookie, {
      legalName: { en: 'Pamir "Silk" & Wool' },
      country: "TJ",
      description: { en: "Hand-spun yarn from Khorog." },
    });
    const page = await t.app.inject(`/organizations/${org.id}`);
    expect(page.headers["content-type"]).toContain("text/html");
    expect(page.body).toContain('<meta property="og:title" content="Pamir &#34;Silk&#34; &#38; Wool">');
    expect(page.body).toContain('<meta property="og:description" content="Hand-spun yarn from Khorog.">');
    expect(page.body).toContain('<meta name="twitter:card" content="summary_large_image">');
    expect(page.body).toMatch(/<meta property="og:image" content="http[^"]+og-default\.png">/);
    const product = (
      await t.app.inject({
        method: "POST",
        url: `/api/v1/organizations/${org.id}/products`,
        headers: { cookie },
        payload: { name: { tg: "Ресмони пашмӣ" }, hsCode: "510710" },
      })
    ).json();
    const productPage = await t.app.inject(`/products/${product.id}`);
    expect(productPage.body).toContain('content="Ресмони пашмӣ — Pamir &#34;Silk&#34; &#38; Wool"');
  });

  it("previews a published forum with its dates and venue, and never a draft", async () => {
    const cookie = await signUp(t, "expo@example.org");
    const org = await createOrganization(t, cookie, { legalName: { en: "Expo Services" }, country: "TJ" });
    const forum = await createForum(t, cookie, org.id, { description: { en: "Textile forum and industrial exhibition." } });
    const page = await t.app.inject(`/forums/${forum.id}/exhibitors`);
    expect(page.body).toContain('<meta property="og:title" content="Joint Industrial Exhibition">');
    expect(page.body).toMatch(/og:description" content="July 9 – 11, 2031 · EXPO Center Dushanbe, Dushanbe\. Textile forum/);
    const draft = await createForum(t, cookie, org.id, { status: "draft", name: { en: "Secret fair" } });
    expect((await t.app.inject(`/forums/${draft.id}`)).body).not.toContain("Secret fair");
  });

  it("writes text literally, whatever $ patterns it holds", async () => {
    const cookie = await signUp(t, "dollar@example.org");
    const payload = { legalName: { en: "Dollar Co" }, shortName: { en: "Price $& and $$ and $'" }, description: { en: "Cheap $` here" }, country: "KG" };
    const org = (await t.app.inject({ method: "POST", url: "/api/v1/organizations", headers: { cookie }, payload })).json();
    const page = (await t.app.inject(`/organizations/${org.id}`)).body;
    expect(page).toContain("<title>Price $&#38; and $$ and $&#39; · Hamkori</title>");
    expect(page).toContain('<meta property="og:description" content="Cheap $` here">');
  });

  it("serves the app shell for other pages", async () => {
    const res = await t.app.inject("/sign-in");
    expect(res.statusCode).toBe(200);
    expect(res.body).toContain('<meta property="og:title" content="Hamkori">');
  });
});
