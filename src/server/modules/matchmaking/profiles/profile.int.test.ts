import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { findUserByEmail, setPlatformRole } from "../../../platform/users.repository";
import { addCompany, addMember, addParticipant, type Company, setUpMatchmaking } from "../../../testing/matchmaking-fixtures";
import { createTestApp, signUp, type TestApp } from "../../../testing/test-app";

let t: TestApp;
let silk: Company;
let kazan: Company;
let forumId: string;

const cotton = {
  kind: "offer",
  title: { ru: "Хлопковое волокно высшего сорта", en: "Premium cotton fibre" },
  description: { en: "Long-staple cotton from the Vakhsh valley" },
  hsCodes: ["520100"],
  quantity: 1200,
  quantityUnit: "t",
  quantityPeriod: "year",
  exportReady: true,
  targetMarkets: ["RU-TA", "KZ"],
  languages: ["ru", "tg"],
};

beforeAll(async () => {
  t = await createTestApp();
  const forum = await setUpMatchmaking(t);
  forumId = forum.forumId;
  silk = await addParticipant(t, forum, "Vakhsh Cotton", "exhibitor", { boothId: forum.booths[0].id });
  kazan = await addCompany(t, "Kazan Textile Machines", { country: "RU", region: "RU-TA" });
});
afterAll(() => t.close());

const create = (
  company: Company | string,
  payload: Record<string, unknown>,
  organizationId = typeof company === "string" ? silk.organizationId : company.organizationId,
) =>
  t.app.inject({
    method: "POST",
    url: `/api/v1/organizations/${organizationId}/profiles`,
    headers: { cookie: typeof company === "string" ? company : company.cookie },
    payload,
  });
const search = (query: string, cookie?: string) => t.app.inject({ url: `/api/v1/profiles?${query}`, headers: cookie ? { cookie } : {} });
const fieldsOf = (response: { json(): { errors?: { field: string }[] } }) => response.json().errors?.map((e) => e.field);

describe("cooperation profiles", () => {
  let cottonId: string;

  it("lets an organisation's admin publish a profile and finds it in any script", async () => {
    const created = await create(silk, cotton);
    expect(created.statusCode, created.body).toBe(201);
    cottonId = created.json().id;
    expect(created.json()).toMatchObject({
      organization: { id: silk.organizationId, country: "TJ" },
      kind: "offer",
      partnershipType: null,
      hsCodes: ["520100"],
      quantity: 1200,
      targetMarkets: ["RU-TA", "KZ"],
      current: true,
    });
    for (const q of ["хлопковое", "hlopkovoe", "khlopkovoe", "cotton fibre", "vakhsh"]) {
      const found = await search(`q=${encodeURIComponent(q)}`);
      expect(
        found.json().items.map((p: { id: string }) => p.id),
        q,
      ).toEqual([cottonId]);
    }
    expect((await search("q=tractor")).json().total).toBe(0);
    expect((await t.app.inject({ url: `/api/v1/profiles/${cottonId}` })).json().title.en).toBe("Premium cotton fibre");
  });

  it("filters by kind, HS prefix (either way), country, organisation and forum", async () => {
    const looms = await create(kazan, {
      kind: "partnership",
      partnershipType: "joint_venture",
      title: { en: "Assembly of spinning machines" },
      hsCodes: ["8445"],
    });
    expect(looms.statusCode, looms.body).toBe(201);
    const ids = async (query: string) => (await search(query)).json().items.map((p: { id: string }) => p.id);
    expect(await ids("kind=offer")).toEqual([cottonId]);
    expect(await ids("kind=partnership")).toEqual([looms.json().id]);
    expect(await ids("hs=52")).toEqual([cottonId]);
    expect(await ids("hs=520100")).toEqual([cottonId]);
    expect(await ids("hs=844511")).toEqual([looms.json().id]);
    expect(await ids("country=RU")).toEqual([looms.json().id]);
    expect(await ids(`organization=${silk.organizationId}`)).toEqual([cottonId]);
    // Kazan does not take part in the forum's matchmaking.
    expect(await ids(`forum=${forumId}`)).toEqual([cottonId]);
    const page = (await search("limit=1")).json();
    expect(page).toMatchObject({ total: 2, nextCursor: expect.any(String) });
    expect((await search(`limit=1&cursor=${page.nextCursor}`)).json().items).toHaveLength(1);
  });

  it("refuses unknown HS codes and markets, naming each entry, and kind rules, storing nothing", async () => {
    const bad = await create(silk, { ...cotton, hsCodes: ["520100", "999999"], targetMarkets: ["XX", "RU-TA", "RU-ZZ"] });
    expect(bad.statusCode).toBe(400);
    expect(fieldsOf(bad)).toEqual(["hsCodes.1", "targetMarkets.0", "targetMarkets.2"]);
    expect(fieldsOf(await create(silk, { ...cotton, hsCodes: [] }))).toEqual(["hsCodes"]);
    expect(fieldsOf(await create(silk, { ...cotton, kind: "partnership" }))).toEqual(["partnershipType"]);
    expect(fieldsOf(await create(silk, { ...cotton, hsCodes: ["5201x"] }))).toEqual(["hsCodes.0"]);
    expect(fieldsOf(await create(silk, { ...cotton, validFrom: "2030-02-01", validUntil: "2030-01-01" }))).toEqual(["validUntil"]);
    expect((await search(`organization=${silk.organizationId}`)).json().total).toBe(1);
  });

  it("checks a patch against the stored profile", async () => {
    const patched = await t.app.inject({
      method: "PATCH",
      url: `/api/v1/profiles/${cottonId}`,
      headers: { cookie: silk.cookie },
      payload: { hsCodes: ["5201", "5203"] },
    });
    expect(patched.statusCode, patched.body).toBe(200);
    expect(patched.json().hsCodes).toEqual(["5201", "5203"]);
    const toPartnership = await t.app.inject({
      method: "PATCH",
      url: `/api/v1/profiles/${cottonId}`,
      headers: { cookie: silk.cookie },
      payload: { kind: "partnership" },
    });
    expect(fieldsOf(toPartnership)).toEqual(["partnershipType"]);
    const badCode = await t.app.inject({
      method: "PATCH",
      url: `/api/v1/profiles/${cottonId}`,
      headers: { cookie: silk.cookie },
      payload: { hsCodes: ["010101"] },
    });
    expect(fieldsOf(badCode)).toEqual(["hsCodes.0"]);
    expect((await t.app.inject({ url: `/api/v1/profiles/${cottonId}` })).json()).toMatchObject({ kind: "offer", hsCodes: ["5201", "5203"] });
  });

  it("lets no one but the organisation's admins change its profiles: not its plain members, not another exhibitor", async () => {
    const member = await addMember(t, silk, "clerk@vakhsh.example", "member");
    expect((await create(member, cotton, silk.organizationId)).statusCode).toBe(403);
    for (const cookie of [member, kazan.cookie]) {
      const patch = await t.app.inject({ method: "PATCH", url: `/api/v1/profiles/${cottonId}`, headers: { cookie }, payload: { title: { en: "Hijacked" } } });
      expect(patch.statusCode).toBe(403);
      expect((await t.app.inject({ method: "DELETE", url: `/api/v1/profiles/${cottonId}`, headers: { cookie } })).statusCode).toBe(403);
    }
    expect((await create(kazan, cotton, silk.organizationId)).statusCode).toBe(403);
    expect((await t.app.inject({ url: `/api/v1/profiles/${cottonId}` })).json().title.en).toBe("Premium cotton fibre");
    const admin = await addMember(t, silk, "manager@vakhsh.example", "admin");
    const byAdmin = await t.app.inject({ method: "PATCH", url: `/api/v1/profiles/${cottonId}`, headers: { cookie: admin }, payload: { exportReady: false } });
    expect(byAdmin.json().exportReady).toBe(false);
  });

  it("lets platform administrators edit any profile", async () => {
    const cookie = await signUp(t, "root@hamkori.example");
    await setPlatformRole(t.ctx.database.db, (await findUserByEmail(t.ctx.database.db, "root@hamkori.example")).id, "admin");
    const patched = await t.app.inject({ method: "PATCH", url: `/api/v1/profiles/${cottonId}`, headers: { cookie }, payload: { certificates: ["ISO 9001"] } });
    expect(patched.statusCode, patched.body).toBe(200);
    expect(patched.json().certificates).toEqual(["ISO 9001"]);
  });

  it("keeps expired profiles for their owner only, marked as not current", async () => {
    const old = await create(silk, { ...cotton, title: { en: "Last season's cotton" }, validFrom: "2020-01-01", validUntil: "2020-12-31" });
    expect(old.statusCode, old.body).toBe(201);
    expect(old.json().current).toBe(false);
    expect((await search("q=season")).json().total).toBe(0);
    expect((await search(`organization=${silk.organizationId}`)).json().total).toBe(1);
    expect((await search(`organization=${silk.organizationId}`, kazan.cookie)).json().total).toBe(1);
    const own = (await search(`organization=${silk.organizationId}`, silk.cookie)).json();
    expect(own.items.map((p: { current: boolean }) => p.current).sort()).toEqual([false, true]);
    const participants = (await t.app.inject({ url: `/api/v1/forums/${forumId}/participants` })).json();
    expect(participants.items.find((p: { organizationId: string }) => p.organizationId === silk.organizationId).profileCount).toBe(1);
  });

  it("deletes a profile", async () => {
    const created = await create(kazan, { ...cotton, title: { en: "Temporary" } });
    const id = created.json().id;
    expect((await t.app.inject({ method: "DELETE", url: `/api/v1/profiles/${id}`, headers: { cookie: kazan.cookie } })).statusCode).toBe(204);
    expect((await t.app.inject({ url: `/api/v1/profiles/${id}` })).statusCode).toBe(404);
  });
});
