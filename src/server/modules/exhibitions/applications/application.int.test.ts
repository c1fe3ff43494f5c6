import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { addHall, setUpForum } from "../../../testing/expo-fixtures";
import { createOrganization, createTestApp, signUp, type TestApp } from "../../../testing/test-app";

let t: TestApp;
let organiser: string;
let forumId: string;
let booths: { id: string; number: string }[];
let exhibitor: string;
let exhibitorOrg: string;
let productId: string;

beforeAll(async () => {
  t = await createTestApp();
  ({ organiser, forumId } = await setUpForum(t));
  booths = (await addHall(t, organiser, forumId, 10)).booths;
  exhibitor = await signUp(t, "aziz@tojik-silk.example");
  exhibitorOrg = (await createOrganization(t, exhibitor, { legalName: { en: "Tojik Silk", tg: "Абрешими Тоҷик" }, country: "TJ", sectors: ["textiles"] })).id;
  const product = await t.app.inject({
    method: "POST",
    url: `/api/v1/organizations/${exhibitorOrg}/products`,
    headers: { cookie: exhibitor },
    payload: { name: { en: "Raw silk", tg: "Абрешими хом" }, hsCode: "500200" },
  });
  productId = product.json().id;
});
afterAll(() => t.close());

const apply = (cookie: string, payload: Record<string, unknown>) =>
  t.app.inject({ method: "POST", url: `/api/v1/forums/${forumId}/applications`, headers: { cookie }, payload });
const boothStatus = async (number: string) => {
  const plan = (await t.app.inject({ method: "GET", url: `/api/v1/forums/${forumId}/floor-plan` })).json();
  return plan.halls[0].booths.find((b: { number: string }) => b.number === number);
};

describe("exhibitor applications", () => {
  let applicationId: string;

  it("holds the chosen booth at once and keeps the exhibitor anonymous until approved", async () => {
    const response = await apply(exhibitor, {
      organizationId: exhibitorOrg,
      kind: "booth",
      boothId: booths[0].id,
      productIds: [productId],
      message: "Silk and atlas",
    });
    expect(response.statusCode).toBe(201);
    applicationId = response.json().id;
    expect(response.json()).toMatchObject({ status: "pending", booth: { number: "A-01", area: 9 }, products: [{ hsCode: "500200" }] });
    expect(await boothStatus("A-01")).toMatchObject({ status: "reserved", exhibitor: null });
    expect((await apply(exhibitor, { organizationId: exhibitorOrg, kind: "booth", boothId: booths[1].id })).json().code).toBe("already_applied");
  });

  it("lets the organiser approve with a message, mails the applicant, and lists the exhibitor in the catalogue", async () => {
    const decision = await t.app.inject({
      method: "POST",
      url: `/api/v1/applications/${applicationId}/decision`,
      headers: { cookie: organiser },
      payload: { status: "approved", message: "Welcome to the Tajik pavilion" },
    });
    expect(decision.statusCode).toBe(200);
    expect(decision.json()).toMatchObject({ status: "approved", decisionMessage: "Welcome to the Tajik pavilion" });
    expect((await boothStatus("A-01")).exhibitor).toMatchObject({ organizationId: exhibitorOrg, country: "TJ" });
    const catalogue = (await t.app.inject({ method: "GET", url: `/api/v1/forums/${forumId}/exhibitors?q=${encodeURIComponent("абрешим")}` })).json();
    expect(catalogue.items).toHaveLength(1);
    expect(catalogue.items[0]).toMatchObject({ booth: { number: "A-01" }, products: [{ hsCode: "500200" }] });
    expect((await t.app.inject({ method: "GET", url: `/api/v1/forums/${forumId}/exhibitors?hs=84` })).json().total).toBe(0);
    expect((await t.app.inject({ method: "GET", url: `/api/v1/forums/${forumId}/exhibitors?q=tojik&country=TJ&sector=textiles&hs=50` })).json().total).toBe(1);
    const mails = await t.ctx.database.db.query.outbox.findMany({ where: (m, { eq }) => eq(m.to, "aziz@tojik-silk.example") });
    const mail = mails.find((m) => m.subject.includes("application"));
    expect(mail?.subject).toMatch(/approved/);
    expect(mail?.text).toMatch(/Welcome to the Tajik pavilion/);
  });

  it("moves the exhibitor to another booth and frees the first; refuses a taken booth", async () => {
    const moved = await t.app.inject({
      method: "PUT",
      url: `/api/v1/applications/${applicationId}/booth`,
      headers: { cookie: organiser },
      payload: { boothId: booths[2].id },
    });
    expect(moved.json().booth.number).toBe("A-03");
    expect((await boothStatus("A-01")).status).toBe("free");
    expect((await boothStatus("A-03")).status).toBe("sold");
    const rival = await signUp(t, "rival@example.org");
    const rivalOrg = (await createOrganization(t, rival, { legalName: { en: "Rival" }, country: "KG" })).id;
    const taken = await apply(rival, { organizationId: rivalOrg, kind: "booth", boothId: booths[2].id });
    expect(taken.statusCode).toBe(409);
    expect(taken.json()).toMatchObject({ code: "booth_taken", errors: [{ field: "boothId" }] });
  });

  it("refuses products of another organisation, foreign booths and strangers' decisions", async () => {
    const other = await signUp(t, "other@example.org");
    const otherOrg = (await createOrganization(t, other, { legalName: { en: "Other" }, country: "KG" })).id;
    const foreign = await apply(other, { organizationId: otherOrg, kind: "booth", boothId: booths[5].id, productIds: [productId] });
    expect(foreign.json().errors[0].field).toBe("productIds[0]");
    const notMine = await apply(other, { organizationId: exhibitorOrg, kind: "booth", boothId: booths[5].id });
    expect(notMine.statusCode).toBe(403);
    const decide = await t.app.inject({
      method: "POST",
      url: `/api/v1/applications/${applicationId}/decision`,
      headers: { cookie: other },
      payload: { status: "rejected" },
    });
    expect(decide.statusCode).toBe(403);
    expect((await boothStatus("A-06")).status).toBe("free");
  });

  it("frees the booth when the exhibitor withdraws", async () => {
    const withdrawn = await t.app.inject({ method: "POST", url: `/api/v1/applications/${applicationId}/withdraw`, headers: { cookie: exhibitor } });
    expect(withdrawn.json()).toMatchObject({ status: "withdrawn", booth: null });
    expect((await boothStatus("A-03")).status).toBe("free");
    expect((await t.app.inject({ method: "GET", url: `/api/v1/forums/${forumId}/exhibitors` })).json().total).toBe(0);
  });
});

describe("a booth can never be held by two exhibitors", () => {
  it("lets exactly one of 50 concurrent bookings for one booth succeed", async () => {
    const contenders = await Promise.all(
      Array.from({ length: 50 }, async (_, i) => {
        const cookie = await signUp(t, `contender${i}@example.org`);
        const org = await createOrganization(t, cookie, { legalName: { en: `Contender ${i}` }, country: i % 2 ? "TJ" : "KG" });
        return { cookie, organizationId: org.id as string };
      }),
    );
    const target = booths[9];
    const responses = await Promise.all(contenders.map((c) => apply(c.cookie, { organizationId: c.organizationId, kind: "booth", boothId: target.id })));
    const statuses = responses.map((r) => r.statusCode);
    expect(statuses.filter((s) => s === 201)).toHaveLength(1);
    expect(statuses.filter((s) => s === 409)).toHaveLength(49);
    expect(responses.filter((r) => r.statusCode === 409).every((r) => r.json().code === "booth_taken")).toBe(true);
    const winner = responses.find((r) => r.statusCode === 201)?.json();
    expect((await boothStatus(target.number)).status).toBe("reserved");
    // The losers' applications were rolled back with their booking: only the winner's exists.
    const list = (
      await t.app.inject({ method: "GET", url: `/api/v1/forums/${forumId}/applications?status=pending&limit=100`, headers: { cookie: organiser } })
    ).json();
    expect(list.items.map((a: { id: string }) => a.id)).toEqual([winner.id]);
  }, 120_000);
});
