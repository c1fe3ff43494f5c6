import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { setUpForum } from "../../../testing/expo-fixtures";
import { createOrganization, createTestApp, signUp, type TestApp } from "../../../testing/test-app";
import { fileApplication, register, setApplicationStatus, visitorInput } from "./registration.test-support";
import { MAX_STAFF_PER_EXHIBITOR } from "./staff.service";

let t: TestApp;
let organiser: string;
let forumId: string;
let exhibitor: string;
let stranger: string;
let applicationId: string;

beforeAll(async () => {
  t = await createTestApp();
  ({ organiser, forumId } = await setUpForum(t));
  exhibitor = await signUp(t, "exhibitor@example.org", "Exhibitor");
  stranger = await signUp(t, "stranger@example.org", "Stranger");
  const org = await createOrganization(t, exhibitor, { legalName: { en: "Pamir Textiles", ru: "Памир Текстиль" }, country: "TJ" });
  applicationId = await fileApplication(t, forumId, org.id);
});
afterAll(() => t.close());

const staffInput = (email: string, overrides: Record<string, unknown> = {}) => ({
  fullName: "Sitora Alieva",
  email,
  country: "TJ",
  language: "ru",
  ...overrides,
});
const addStaff = (payload: object, cookie = exhibitor) =>
  t.app.inject({ method: "POST", url: `/api/v1/applications/${applicationId}/staff`, headers: { cookie }, payload });
const listStaff = (cookie = exhibitor) => t.app.inject({ url: `/api/v1/applications/${applicationId}/staff`, headers: { cookie } });

describe("exhibitor staff", () => {
  it("are registered only once the application is approved", async () => {
    const res = await addStaff(staffInput("early@example.org"));
    expect(res.statusCode).toBe(409);
    expect(res.json().code).toBe("application_not_approved");
    await setApplicationStatus(t, applicationId, "approved");
  });

  it("get exhibitor badges with the company's name, from the exhibitor's members", async () => {
    const res = await addStaff(staffInput("sitora@example.org"));
    expect(res.statusCode).toBe(201);
    expect(res.json()).toMatchObject({ category: "exhibitor_staff", source: "staff", applicationId, organizationName: "Памир Текстиль" });
    const own = await addStaff(
      staffInput("rustam@example.org", { fullName: "Rustam Saidov", organizationName: "Pamir Textiles (Khujand)", language: "en" }),
      organiser,
    );
    expect(own.statusCode).toBe(201);
    expect(own.json().organizationName).toBe("Pamir Textiles (Khujand)");
    expect((await listStaff()).json().items.map((r: { email: string }) => r.email)).toEqual(["sitora@example.org", "rustam@example.org"]);
    const badge = await t.app.inject({ url: `/api/v1/registrations/${res.json().id}/badge.pdf`, headers: { cookie: exhibitor } });
    expect(badge.statusCode).toBe(200);
  });

  it("are not for strangers to see, add or remove", async () => {
    expect((await addStaff(staffInput("intruder@example.org"), stranger)).statusCode).toBe(403);
    expect((await listStaff(stranger)).statusCode).toBe(403);
    const [first] = (await listStaff()).json().items;
    expect((await t.app.inject({ method: "DELETE", url: `/api/v1/registrations/${first.id}`, headers: { cookie: stranger } })).statusCode).toBe(403);
    expect((await t.app.inject({ url: `/api/v1/registrations/${first.id}/badge.pdf`, headers: { cookie: stranger } })).statusCode).toBe(404);
    expect((await t.app.inject({ url: "/api/v1/applications/nope/staff", headers: { cookie: exhibitor } })).statusCode).toBe(404);
  });

  it("share the forum's one-registration-per-e-mail rule", async () => {
    const res = await addStaff(staffInput("SITORA@example.org"));
    expect(res.statusCode).toBe(409);
    expect(res.json()).toMatchObject({ code: "already_registered", errors: [{ field: "email" }] });
  });

  it("are removed by the exhibitor; visitors are cancelled instead, by organisers", async () => {
    const [first] = (await listStaff()).json().items;
    expect((await t.app.inject({ method: "DELETE", url: `/api/v1/registrations/${first.id}`, headers: { cookie: exhibitor } })).statusCode).toBe(204);
    expect((await listStaff()).json().total).toBe(1);
    const visitor = (await register(t, forumId, visitorInput("visitor@example.org"))).json();
    const refused = await t.app.inject({ method: "DELETE", url: `/api/v1/registrations/${visitor.id}`, headers: { cookie: organiser } });
    expect(refused.statusCode).toBe(409);
    expect(refused.json().code).toBe("not_staff_registration");
    expect((await t.app.inject({ method: "DELETE", url: `/api/v1/registrations/${visitor.id}`, headers: { cookie: exhibitor } })).statusCode).toBe(403);
  });

  it(`stop at ${MAX_STAFF_PER_EXHIBITOR} per exhibitor`, async () => {
    const current = (await listStaff()).json().total;
    for (let i = current; i < MAX_STAFF_PER_EXHIBITOR; i++) expect((await addStaff(staffInput(`staff-${i}@example.org`))).statusCode).toBe(201);
    const over = await addStaff(staffInput("one-too-many@example.org"));
    expect(over.statusCode).toBe(409);
    expect(over.json().code).toBe("staff_limit_reached");
    expect((await listStaff()).json().total).toBe(MAX_STAFF_PER_EXHIBITOR);
  });
});
