import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { findUserByEmail, setPlatformRole } from "../../../platform/users.repository";
import { forumInput, setUpForum } from "../../../testing/expo-fixtures";
import { createTestApp, signUp, type TestApp } from "../../../testing/test-app";

let t: TestApp;
let organiser: string;
let organizerId: string;
let forumId: string;
let admin: string;

beforeAll(async () => {
  t = await createTestApp();
  ({ organiser, organizerId, forumId } = await setUpForum(t));
  admin = await signUp(t, "platform-admin@example.org");
  const user = await findUserByEmail(t.ctx.database.db, "platform-admin@example.org");
  await setPlatformRole(t.ctx.database.db, user.id, "admin");
});
afterAll(() => t.close());

const create = (cookie: string, overrides: Record<string, unknown>) =>
  t.app.inject({ method: "POST", url: "/api/v1/forums", headers: { cookie }, payload: forumInput(organizerId, overrides) });
const fieldsOf = (response: { json(): { errors?: { field: string }[] } }) => (response.json().errors ?? []).map((e) => e.field);

describe("forum input", () => {
  it("refuses dates PostgreSQL cannot store or nobody means, naming startsOn (year 0 was a 500)", async () => {
    for (const [startsOn, endsOn] of [
      ["0000-01-01", "0000-01-02"],
      ["0001-07-09", "0001-07-11"],
    ]) {
      const response = await create(organiser, { startsOn, endsOn });
      expect(response.statusCode).toBe(400);
      expect(fieldsOf(response)).toEqual(["startsOn"]);
    }
    const patch = await t.app.inject({
      method: "PATCH",
      url: `/api/v1/forums/${forumId}`,
      headers: { cookie: organiser },
      payload: { startsOn: "0000-12-31" },
    });
    expect(patch.statusCode).toBe(400);
  });

  it("refuses parties linked to organisations that do not exist, and keeps the real ones", async () => {
    const unknown = await create(organiser, { parties: [{ role: "sponsor", name: { en: "Ghost LLC" }, organizationId: "no-such-organisation" }] });
    expect(unknown.statusCode).toBe(400);
    expect(fieldsOf(unknown)).toEqual(["parties.0.organizationId"]);
    const patch = await t.app.inject({
      method: "PATCH",
      url: `/api/v1/forums/${forumId}`,
      headers: { cookie: organiser },
      payload: { parties: [{ role: "partner", name: { en: "Ghost LLC" }, organizationId: "no-such-organisation" }] },
    });
    expect(patch.statusCode).toBe(400);
    const real = await create(organiser, { parties: [{ role: "organiser", name: { en: "Dushanbe Expo Services" }, organizationId: organizerId }] });
    expect(real.statusCode).toBe(201);
    expect(real.json().parties[0].organizationId).toBe(organizerId);
  });

  it("answers a platform admin's unknown organiser with a 400, not a 500", async () => {
    const response = await t.app.inject({ method: "POST", url: "/api/v1/forums", headers: { cookie: admin }, payload: forumInput("no-such-organisation") });
    expect(response.statusCode).toBe(400);
    expect(fieldsOf(response)).toEqual(["organizerOrganizationId"]);
  });
});
