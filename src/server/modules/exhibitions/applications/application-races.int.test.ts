import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { addHall, setUpForum } from "../../../testing/expo-fixtures";
import { createOrganization, createTestApp, signUp, type TestApp } from "../../../testing/test-app";
import { sessionUserOf, withWorkBeforeTransaction } from "../transaction-hook.test-support";
import { assignBooth, decideApplication } from "./application.service";

let t: TestApp;
let organiser: string;
let forumId: string;
let booths: { id: string; number: string }[];
let pavilionId: string;
let round = 0;

beforeAll(async () => {
  t = await createTestApp();
  ({ organiser, forumId } = await setUpForum(t));
  booths = (await addHall(t, organiser, forumId, 4)).booths;
  const pavilion = await t.app.inject({
    method: "POST",
    url: `/api/v1/forums/${forumId}/pavilions`,
    headers: { cookie: organiser },
    payload: { name: { en: "Textiles" }, kind: "thematic", color: "#0c8599" },
  });
  pavilionId = pavilion.json().id;
});
afterAll(() => t.close());

/** A fresh exhibitor with a pending pavilion application (no booth yet). */
async function pendingApplication() {
  round++;
  const cookie = await signUp(t, `exhibitor-${round}@example.org`);
  const org = await createOrganization(t, cookie, { legalName: { en: `Exhibitor ${round}` }, country: "TJ" });
  const applied = await t.app.inject({
    method: "POST",
    url: `/api/v1/forums/${forumId}/applications`,
    headers: { cookie },
    payload: { organizationId: org.id, kind: "pavilion_place", pavilionId },
  });
  expect(applied.statusCode).toBe(201);
  const withdraw = () => t.app.inject({ method: "POST", url: `/api/v1/applications/${applied.json().id}/withdraw`, headers: { cookie } });
  return { id: applied.json().id as string, withdraw };
}

const boothState = async (number: string) => {
  const plan = (await t.app.inject({ url: `/api/v1/forums/${forumId}/floor-plan` })).json();
  return plan.halls[0].booths.find((b: { number: string }) => b.number === number).status;
};
const statusOf = async (id: string) => (await t.app.inject({ url: `/api/v1/applications/${id}`, headers: { cookie: organiser } })).json().status;

// The exhibitor withdraws after the organiser's request has checked the application, before it writes.
describe("an exhibitor withdrawing while the organiser acts", () => {
  it("does not leave a withdrawn application holding the booth it was just assigned", async () => {
    const application = await pendingApplication();
    const ctx = withWorkBeforeTransaction(t.ctx, async () => expect((await application.withdraw()).statusCode).toBe(200));
    const actor = await sessionUserOf(t.ctx, "organiser@expo.example");
    await expect(assignBooth(ctx, actor, application.id, booths[0].id)).rejects.toMatchObject({ code: "application_closed", status: 409 });
    expect(await statusOf(application.id)).toBe("withdrawn");
    expect(await boothState(booths[0].number)).toBe("free");
  });

  it("does not approve the application again over the withdrawal", async () => {
    const application = await pendingApplication();
    const ctx = withWorkBeforeTransaction(t.ctx, async () => expect((await application.withdraw()).statusCode).toBe(200));
    const actor = await sessionUserOf(t.ctx, "organiser@expo.example");
    await expect(decideApplication(ctx, actor, application.id, { status: "approved", message: "", boothId: booths[1].id })).rejects.toMatchObject({
      code: "application_withdrawn",
      status: 409,
    });
    expect(await statusOf(application.id)).toBe("withdrawn");
    expect(await boothState(booths[1].number)).toBe("free");
  });
});
