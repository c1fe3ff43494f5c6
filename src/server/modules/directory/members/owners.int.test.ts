import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createOrganization, createTestApp, invite, signUp, type TestApp } from "../../../testing/test-app";

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

describe("owners", () => {
  it("two owners leaving at the same moment leave one owner behind", async () => {
    const first = await signUp(t, "first@example.org");
    const second = await signUp(t, "second@example.org");
    const org = await createOrganization(t, first, { legalName: { en: "Two Owners" }, country: "TJ" });
    const inv = await invite(t, first, org.id, "second@example.org", "owner");
    expect((await t.app.inject({ method: "POST", url: `/api/v1/invitations/${inv.id}/accept`, headers: { cookie: second } })).statusCode).toBe(200);
    const members: Array<{ id: string; email: string }> = (
      await t.app.inject({ url: `/api/v1/organizations/${org.id}/members`, headers: { cookie: first } })
    ).json().items;
    const idOf = (email: string) => members.find((m) => m.email === email)?.id;

    const results = await Promise.all([
      t.app.inject({ method: "DELETE", url: `/api/v1/organizations/${org.id}/members/${idOf("first@example.org")}`, headers: { cookie: first } }),
      t.app.inject({ method: "DELETE", url: `/api/v1/organizations/${org.id}/members/${idOf("second@example.org")}`, headers: { cookie: second } }),
    ]);
    expect(results.map((r) => r.statusCode).sort()).toEqual([204, 409]);
    const remaining = (await t.app.inject(`/api/v1/organizations/${org.id}`)).json().people;
    expect(remaining.filter((p: { role: string }) => p.role === "owner")).toHaveLength(1);
  });

  it("renaming an organisation re-keys its products for search", async () => {
    const owner = await signUp(t, "rename@example.org");
    const org = await createOrganization(t, owner, { legalName: { en: "Old Name" }, country: "KG" });
    await t.app.inject({
      method: "POST",
      url: `/api/v1/organizations/${org.id}/products`,
      headers: { cookie: owner },
      payload: { name: { en: "Felt slippers" }, hsCode: "640420" },
    });
    await t.app.inject({ method: "PATCH", url: `/api/v1/organizations/${org.id}`, headers: { cookie: owner }, payload: { legalName: { ru: "Нарын Кийиз" } } });
    expect((await t.app.inject("/api/v1/products?q=naryn%20kiyiz")).json().total).toBe(1);
    expect((await t.app.inject("/api/v1/products?q=old%20name")).json().total).toBe(0);
  });

  it("moving an organisation moves its products in searches by place", async () => {
    const owner = await signUp(t, "move@example.org");
    const org = await createOrganization(t, owner, { legalName: { en: "Mover" }, country: "KG", region: "KG-C" });
    const made = (
      await t.app.inject({
        method: "POST",
        url: `/api/v1/organizations/${org.id}/products`,
        headers: { cookie: owner },
        payload: { name: { en: "Travelling felt" }, hsCode: "560290" },
      })
    ).json();
    const idsIn = async (qs: string) => (await t.app.inject(`/api/v1/products?${qs}`)).json().items.map((p: { id: string }) => p.id);
    expect(await idsIn("region=KG-C")).toContain(made.id);
    await t.app.inject({ method: "PATCH", url: `/api/v1/organizations/${org.id}`, headers: { cookie: owner }, payload: { country: "RU", region: "RU-TA" } });
    expect(await idsIn("region=KG-C")).not.toContain(made.id);
    expect(await idsIn("country=RU&region=RU-TA")).toContain(made.id);
  });
});
