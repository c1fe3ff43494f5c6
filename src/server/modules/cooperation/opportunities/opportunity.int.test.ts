import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { TChainCoverage, TOpportunities } from "../../../../contracts/cooperation";
import { addCompany, type Company } from "../../../testing/matchmaking-fixtures";
import { inflatePdf } from "../../../testing/pdf-inflate";
import { readPdf } from "../../../testing/pdf-reader";
import { createTestApp, type TestApp } from "../../../testing/test-app";
import { seedDemoTrade } from "../../trade";

let t: TestApp;
let reeler: Company;
let atelier: Company;

const post = async (cookie: string, url: string, payload: Record<string, unknown>) => {
  const response = await t.app.inject({ method: "POST", url, headers: { cookie }, payload });
  if (response.statusCode !== 201) throw new Error(`${url}: ${response.statusCode} ${response.body}`);
  return response.json();
};

beforeAll(async () => {
  t = await createTestApp();
  await seedDemoTrade(t.ctx);
  reeler = await addCompany(t, "Khujand Silk Reeling", { country: "TJ", region: "TJ-SU" });
  await post(reeler.cookie, `/api/v1/organizations/${reeler.organizationId}/products`, { name: { en: "Raw silk, 20/22 denier" }, hsCode: "500200" });
  atelier = await addCompany(t, "Kazan Textile Atelier", { country: "RU", region: "RU-TA" });
  await post(atelier.cookie, `/api/v1/organizations/${atelier.organizationId}/profiles`, {
    kind: "request",
    title: { en: "We seek a supplier of silk fabric" },
    hsCodes: ["5007"],
  });
}, 120_000);
afterAll(() => t.close());

const opportunities = async (query: string) => {
  const response = await t.app.inject({ method: "GET", url: `/api/v1/opportunities?${query}` });
  return { status: response.statusCode, body: response.json() };
};

describe("GET /api/v1/opportunities", () => {
  it("finds the silk opportunity between Tajikistan and Tatarstan with the companies on each side", async () => {
    const { status, body } = await opportunities("a=TJ&b=RU-TA");
    expect(status).toBe(200);
    const result = body as TOpportunities;
    expect(result.trade).toMatchObject({ synthetic: true, year: expect.any(Number) });
    const silk = result.items.filter((o) => o.chain.id === "silk");
    const joint = silk.find((o) => o.candidates.a.some((c) => c.id === reeler.organizationId) && o.candidates.b.some((c) => c.id === atelier.organizationId));
    expect(joint, JSON.stringify(silk.map((o) => [o.kind, o.stage.id, o.producer]))).toBeDefined();
    expect(joint?.producer).toBe("a");
    expect(joint?.candidates.a.find((c) => c.id === reeler.organizationId)).toMatchObject({
      name: { en: "Khujand Silk Reeling" },
      country: "TJ",
      region: "TJ-SU",
    });
    expect(joint?.figures.b.stage.requests).toBeGreaterThanOrEqual(1);
    // Best first, and every figure is the trade module's for the year shown.
    const scores = result.items.map((o) => o.score);
    expect(scores).toEqual([...scores].sort((x, y) => y - x));
    for (const o of result.items) expect(o.marketUsd).toBeGreaterThanOrEqual(0);
  });

  it("works from companies alone where no trade dataset holds both jurisdictions", async () => {
    const { status, body } = await opportunities("a=RU-TA&b=IS");
    expect(status).toBe(200);
    expect((body as TOpportunities).trade).toBeNull();
    for (const o of (body as TOpportunities).items) {
      expect(o.marketUsd).toBe(0);
      expect(o.untappedUsd).toBeNull();
    }
  });

  it("names the field of a bad query", async () => {
    const same = await opportunities("a=TJ&b=TJ");
    expect(same.status).toBe(400);
    expect(JSON.stringify(same.body)).toContain("Choose two different jurisdictions");
    const unknown = await opportunities("a=XQ&b=TJ");
    expect(unknown.status).toBe(400);
    expect(JSON.stringify(unknown.body)).toMatch(/"a"|field.*a/);
    const year = await opportunities("a=TJ&b=KG&year=1900");
    expect(year.status).toBe(400);
  });
});

describe("saved opportunities", () => {
  it("are kept per person, once each, and can be forgotten", async () => {
    const save = (cookie: string | undefined, payload: Record<string, unknown>) =>
      t.app.inject({ method: "POST", url: "/api/v1/opportunities/saved", headers: cookie ? { cookie } : {}, payload });
    const id = "process-inputs:silk:silk-weaving:a";
    expect((await save(reeler.cookie, { a: "TJ", b: "RU-TA", id })).statusCode).toBe(200);
    const twice = await save(reeler.cookie, { a: "TJ", b: "RU-TA", id });
    expect(twice.json().items.map((x: { id: string }) => x.id)).toEqual([id]);
    expect((await save(reeler.cookie, { a: "TJ", b: "RU-TA", id: "<script>" })).statusCode).toBe(400);
    expect((await save(undefined, { a: "TJ", b: "RU-TA", id })).statusCode).toBe(401);
    expect((await t.app.inject({ url: "/api/v1/opportunities/saved", headers: { cookie: atelier.cookie } })).json().items).toEqual([]);
    const forgotten = await t.app.inject({
      method: "DELETE",
      url: `/api/v1/opportunities/saved?a=TJ&b=RU-TA&id=${encodeURIComponent(id)}`,
      headers: { cookie: reeler.cookie },
    });
    expect(forgotten.json().items).toEqual([]);
  });
});

describe("GET /api/v1/opportunities/brief.pdf", () => {
  it("prints one opportunity on a page in the reader's language, with its candidates", async () => {
    const { body } = await opportunities("a=TJ&b=RU-TA");
    const silk = (body as TOpportunities).items.find(
      (o) => o.candidates.a.some((c) => c.id === reeler.organizationId) && o.candidates.b.some((c) => c.id === atelier.organizationId),
    ) as TOpportunities["items"][number];
    const response = await t.app.inject({ url: `/api/v1/opportunities/brief.pdf?a=TJ&b=RU-TA&id=${encodeURIComponent(silk.id)}&lang=tg` });
    expect(response.statusCode).toBe(200);
    expect(response.headers["content-type"]).toBe("application/pdf");
    const text = readPdf(inflatePdf(response.rawPayload))
      .pages.flatMap((page) => page.text)
      .join(" ");
    for (const word of ["Имконияти", "муштарак", "Номзадҳо:", "Khujand", "Reeling", "Kazan", "Atelier"]) expect(text).toContain(word);
    expect((await t.app.inject({ url: "/api/v1/opportunities/brief.pdf?a=TJ&b=RU-TA&id=nope" })).statusCode).toBe(404);
    expect((await t.app.inject({ url: "/api/v1/opportunities/brief.pdf?a=TJ&b=TJ&id=x" })).statusCode).toBe(400);
  });
});

describe("GET /api/v1/value-chains/coverage", () => {
  it("gives both sides' figures at every stage, the companies counted where they are", async () => {
    const response = await t.app.inject({ method: "GET", url: "/api/v1/value-chains/coverage?a=TJ&b=RU-TA" });
    expect(response.statusCode).toBe(200);
    const { stages, trade } = response.json() as TChainCoverage;
    expect(trade?.synthetic).toBe(true);
    const rawSilk = stages.find((s) => s.chain === "silk" && s.stage === "raw-silk");
    const weaving = stages.find((s) => s.chain === "silk" && s.stage === "silk-weaving");
    expect(rawSilk?.a.makers).toBeGreaterThanOrEqual(1);
    expect(weaving?.b.requests).toBeGreaterThanOrEqual(1);
    expect(weaving?.a.requests).toBe(0);
    expect(stages.length).toBeGreaterThan(50);
  });
});

describe("GET /api/v1/value-chains", () => {
  it("lists the chains with their stages, codes and names in four languages", async () => {
    const response = await t.app.inject({ method: "GET", url: "/api/v1/value-chains" });
    expect(response.statusCode).toBe(200);
    const { items } = response.json() as { items: { id: string; name: Record<string, string>; stages: { id: string; hs: string[]; inputs: string[] }[] }[] };
    expect(items.map((c) => c.id)).toEqual(
      expect.arrayContaining(["cotton", "silk", "wool", "leather", "wood-furniture", "medicinal-pharma", "aluminium", "textile-machinery"]),
    );
    const machinery = items.find((c) => c.id === "textile-machinery");
    expect(Object.keys(machinery?.name ?? {})).toEqual(["en", "ru", "tg", "ky"]);
    expect(machinery?.stages.find((s) => s.id === "spinning-weaving-machines")).toMatchObject({ hs: ["8445", "8446", "8447"], inputs: ["machine-components"] });
  });
});
