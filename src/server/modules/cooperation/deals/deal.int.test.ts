import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { TDeal, TDealList } from "../../../../contracts/cooperation";
import { addCompany, type Company } from "../../../testing/matchmaking-fixtures";
import { createTestApp, multipartFile, type TestApp } from "../../../testing/test-app";

let t: TestApp;
let reeler: Company;
let atelier: Company;
let ministry: Company;
let outsider: Company;
let jv: TDeal;

const call = async (method: "GET" | "POST" | "PATCH" | "DELETE", url: string, cookie?: string, payload?: Record<string, unknown>) => {
  const response = await t.app.inject({ method, url, headers: cookie ? { cookie } : {}, payload });
  return { status: response.statusCode, body: response.body ? response.json() : null };
};
const fieldsOf = (body: { errors?: { field: string }[] }) => (body.errors ?? []).map((e) => e.field);

const silkVenture = () => ({
  kind: "joint_venture",
  title: { en: "Khujand–Kazan silk yarn", ru: "Ходжент–Казань: шёлковая пряжа" },
  parties: [reeler.organizationId, atelier.organizationId],
  sharedWith: [ministry.organizationId],
  value: 148_000_000,
  currency: "RUB",
  usdRate: 0.0108,
  rateDate: "2025-04-10",
  hsCodes: ["5004", "5005"],
  facility: {
    location: "Khujand free economic zone",
    jurisdiction: "TJ-SU",
    yearlyCapacity: "600 t of silk yarn",
    investmentUsd: 1_600_000,
    jobs: 240,
    startDate: "2026-03-01",
  },
});

beforeAll(async () => {
  t = await createTestApp();
  reeler = await addCompany(t, "Khujand Silk Reeling", { country: "TJ", region: "TJ-SU", sectors: ["textiles"] });
  atelier = await addCompany(t, "Kazan Textile Atelier", { country: "RU", region: "RU-TA", sectors: ["textiles"] });
  ministry = await addCompany(t, "Ministry of Industry and New Technologies", { country: "TJ" });
  outsider = await addCompany(t, "Bishkek Felt Works", { country: "KG" });
}, 120_000);
afterAll(() => t.close());

describe("deals and joint ventures", () => {
  it("starts a joint venture with its USD equivalent at the dated rate and logs it", async () => {
    const created = await call("POST", "/api/v1/deals", reeler.cookie, silkVenture());
    expect(created.status).toBe(201);
    jv = created.body as TDeal;
    expect(jv).toMatchObject({ kind: "joint_venture", stage: "lead", currency: "RUB", rateDate: "2025-04-10", editable: true });
    expect(jv.valueUsd).toBeCloseTo(1_598_400, 6);
    expect(jv.parties.map((p) => p.id)).toEqual([reeler.organizationId, atelier.organizationId]);
    expect(jv.sharedWith.map((p) => p.id)).toEqual([ministry.organizationId]);
    expect(jv.facility).toMatchObject({ jobs: 240, jurisdiction: "TJ-SU" });
    expect(jv.activity.map((a) => a.action)).toEqual(["created"]);
  });

  it("refuses bad deals naming the field, and stores nothing", async () => {
    const before = ((await call("GET", "/api/v1/deals", reeler.cookie)).body as TDealList).items.length;
    const cases: [Record<string, unknown>, string][] = [
      [{ ...silkVenture(), parties: [reeler.organizationId] }, "parties"],
      [{ ...silkVenture(), parties: [reeler.organizationId, ministry.organizationId] }, "parties"], // both Tajik: not joint across borders
      [{ ...silkVenture(), stage: "dropped" }, "dropReason"],
      [{ ...silkVenture(), currency: null }, "currency"],
      [{ ...silkVenture(), usdRate: null }, "usdRate"],
      [{ ...silkVenture(), kind: "sale", facility: silkVenture().facility }, "facility"],
      [{ ...silkVenture(), parties: [reeler.organizationId, "no-such-org"] }, "parties.1"],
      [{ ...silkVenture(), hsCodes: ["9999"] }, "hsCodes.0"],
      [{ ...silkVenture(), parties: [atelier.organizationId, outsider.organizationId] }, "parties"], // the reeler belongs to neither
    ];
    for (const [payload, field] of cases) {
      const refused = await call("POST", "/api/v1/deals", reeler.cookie, payload);
      expect(refused.status, JSON.stringify(payload)).toBe(400);
      expect(fieldsOf(refused.body)).toContain(field);
    }
    expect(((await call("GET", "/api/v1/deals", reeler.cookie)).body as TDealList).items).toHaveLength(before);
    expect((await call("POST", "/api/v1/deals", undefined, silkVenture())).status).toBe(401);
  });

  it("is seen only by its parties and those they share it with, and changed only by its parties", async () => {
    expect((await call("GET", `/api/v1/deals/${jv.id}`, outsider.cookie)).status).toBe(404);
    expect(((await call("GET", "/api/v1/deals", outsider.cookie)).body as TDealList).items).toEqual([]);
    expect(((await call("GET", "/api/v1/deals")).body as TDealList).items).toEqual([]);
    expect((await call("PATCH", `/api/v1/deals/${jv.id}`, outsider.cookie, { stage: "talks" })).status).toBe(404);
    const official = await call("GET", `/api/v1/deals/${jv.id}`, ministry.cookie);
    expect(official.status).toBe(200);
    expect((official.body as TDeal).editable).toBe(false);
    expect((await call("PATCH", `/api/v1/deals/${jv.id}`, ministry.cookie, { stage: "talks" })).status).toBe(403);
    expect(((await call("GET", `/api/v1/deals/${jv.id}`, atelier.cookie)).body as TDeal).editable).toBe(true);
    // Lists say the same, so a board lets only the parties move cards.
    expect(((await call("GET", "/api/v1/deals", ministry.cookie)).body as TDealList).items.map((d) => d.editable)).toEqual([false]);
    expect(((await call("GET", "/api/v1/deals", reeler.cookie)).body as TDealList).items.map((d) => d.editable)).toEqual([true]);
  });

  it("moves through stages with every change in the activity log; dropping needs a reason", async () => {
    const moved = await call("PATCH", `/api/v1/deals/${jv.id}`, atelier.cookie, { stage: "memorandum" });
    expect(moved.status).toBe(200);
    expect((moved.body as TDeal).activity.at(-1)).toMatchObject({ action: "stage", detail: { from: "lead", to: "memorandum" } });
    const noReason = await call("PATCH", `/api/v1/deals/${jv.id}`, atelier.cookie, { stage: "dropped" });
    expect(fieldsOf(noReason.body)).toContain("dropReason");
    expect(((await call("GET", `/api/v1/deals/${jv.id}`, reeler.cookie)).body as TDeal).stage).toBe("memorandum");
    const valued = await call("PATCH", `/api/v1/deals/${jv.id}`, reeler.cookie, { value: 2_000_000, currency: "USD" });
    expect((valued.body as TDeal).valueUsd).toBe(2_000_000);
    expect((valued.body as TDeal).activity.at(-1)).toMatchObject({ action: "changed", detail: { fields: ["value", "currency"] } });
  });

  it("keeps milestones with dates and owners, and marks them done", async () => {
    const added = await call("POST", `/api/v1/deals/${jv.id}/milestones`, reeler.cookie, {
      title: "Feasibility study signed off",
      dueDate: "2025-09-30",
      owner: "Dilnoza Karimova",
    });
    expect(added.status).toBe(201);
    const [milestone] = (added.body as TDeal).milestones;
    expect(milestone).toMatchObject({ title: "Feasibility study signed off", doneOn: null });
    const done = await call("PATCH", `/api/v1/deals/${jv.id}/milestones/${milestone.id}`, atelier.cookie, { done: true });
    expect((done.body as TDeal).milestones[0].doneOn).toBe(new Date().toISOString().slice(0, 10));
    expect((await call("POST", `/api/v1/deals/${jv.id}/milestones`, reeler.cookie, { title: "", dueDate: "2025-02-30", owner: "x" })).status).toBe(400);
    expect((await call("PATCH", `/api/v1/deals/${jv.id}/milestones/nope`, reeler.cookie, { done: true })).status).toBe(404);
  });

  it("keeps documents in versions, for the parties to upload and those shown the deal to read, never at the public file address", async () => {
    const pdf = (text: string) => Buffer.from(`%PDF-1.4\n1 0 obj<<>>endobj\n% ${text}\ntrailer<<>>\n%%EOF\n`);
    const upload = (cookie: string, bytes: Buffer, filename: string, type: string, name?: string) => {
      const form = multipartFile("file", filename, type, bytes);
      return t.app.inject({
        method: "POST",
        url: `/api/v1/deals/${jv.id}/documents${name ? `?name=${encodeURIComponent(name)}` : ""}`,
        headers: { cookie, ...form.headers },
        payload: form.payload,
      });
    };
    expect((await upload(reeler.cookie, pdf("draft one"), "Memorandum.pdf", "application/pdf")).statusCode).toBe(201);
    const second = await upload(atelier.cookie, pdf("draft two"), "memo-v2.pdf", "application/pdf", "Memorandum.pdf");
    expect(second.statusCode).toBe(201);
    const documents = (second.json() as TDeal).documents;
    expect(documents.map((d) => [d.name, d.version])).toEqual([
      ["Memorandum.pdf", 2],
      ["Memorandum.pdf", 1],
    ]);
    expect((second.json() as TDeal).activity.at(-1)).toMatchObject({ action: "document", detail: { name: "Memorandum.pdf", version: 2 } });
    // A script dressed as a PDF, and anything from outside the parties, is refused.
    const script = await upload(reeler.cookie, Buffer.from("<script>alert(1)</script>"), "evil.pdf", "application/pdf");
    expect(script.statusCode).toBe(415);
    expect((await upload(ministry.cookie, pdf("x"), "x.pdf", "application/pdf")).statusCode).toBe(403);
    expect((await upload(outsider.cookie, pdf("x"), "x.pdf", "application/pdf")).statusCode).toBe(404);

    const first = documents.find((d) => d.version === 1);
    const read = (cookie?: string) => t.app.inject({ url: `/api/v1/deals/${jv.id}/documents/${first?.id}`, headers: cookie ? { cookie } : {} });
    const shown = await read(ministry.cookie);
    expect(shown.statusCode).toBe(200);
    expect(shown.body).toContain("draft one");
    expect(shown.headers["content-disposition"]).toContain("attachment");
    expect((await read(outsider.cookie)).statusCode).toBe(404);
    expect((await read()).statusCode).toBe(404);
    const stored = await t.ctx.database.db.query.dealDocument.findFirst({ where: (d, { eq }) => eq(d.id, first?.id as string) });
    expect((await t.app.inject({ url: `/api/v1/files/${stored?.fileId}` })).statusCode).toBe(404);
  });

  it("totals the pipeline by stage, country and sector, with filters", async () => {
    await call("POST", "/api/v1/deals", atelier.cookie, {
      kind: "supply_contract",
      title: { en: "Workwear for KAMAZ" },
      parties: [atelier.organizationId],
      value: 300_000,
      currency: "USD",
    });
    const list = (await call("GET", "/api/v1/deals", atelier.cookie)).body as TDealList;
    expect(list.items).toHaveLength(2);
    expect(list.totals.byStage).toEqual(
      expect.arrayContaining([
        { key: "memorandum", count: 1, valueUsd: 2_000_000 },
        { key: "lead", count: 1, valueUsd: 300_000 },
      ]),
    );
    expect(list.totals.byCountry).toEqual(
      expect.arrayContaining([
        { key: "RU", count: 2, valueUsd: 2_300_000 },
        { key: "TJ", count: 1, valueUsd: 2_000_000 },
      ]),
    );
    expect(list.totals.bySector).toEqual([{ key: "textiles", count: 2, valueUsd: 2_300_000 }]);
    const filtered = (await call("GET", "/api/v1/deals?country=TJ", atelier.cookie)).body as TDealList;
    expect(filtered.items.map((d) => d.id)).toEqual([jv.id]);
    expect((await call("GET", "/api/v1/deals?stage=nowhere", atelier.cookie)).status).toBe(400);
  });

  it("is removed by a party while it is a lead, and never by anyone else or once under way", async () => {
    const mistake = await call("POST", "/api/v1/deals", atelier.cookie, {
      kind: "sale",
      title: { en: "Entered twice" },
      parties: [atelier.organizationId],
      sharedWith: [ministry.organizationId],
    });
    const id = mistake.body.id;
    expect((await call("DELETE", `/api/v1/deals/${id}`, ministry.cookie)).status).toBe(403);
    expect((await call("DELETE", `/api/v1/deals/${id}`, outsider.cookie)).status).toBe(404);
    const underWay = await call("DELETE", `/api/v1/deals/${jv.id}`, reeler.cookie);
    expect(underWay.status).toBe(409);
    expect(underWay.body.code).toBe("deal_under_way");
    expect((await call("GET", `/api/v1/deals/${jv.id}`, reeler.cookie)).status).toBe(200);
    expect((await call("DELETE", `/api/v1/deals/${id}`, atelier.cookie)).status).toBe(204);
    expect((await call("GET", `/api/v1/deals/${id}`, atelier.cookie)).status).toBe(404);
  });
});
