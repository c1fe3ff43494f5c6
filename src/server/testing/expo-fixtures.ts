import { createOrganization, signUp, type TestApp } from "./test-app";

/** A published three-day forum in Dushanbe, in the future so every "upcoming" rule applies. */
export const forumInput = (organizerOrganizationId: string, overrides: Record<string, unknown> = {}) => ({
  name: { en: "Joint Industrial Exhibition", ru: "Совместная промышленная выставка", tg: "Намоишгоҳи муштараки саноатӣ" },
  startsOn: "2031-07-09",
  endsOn: "2031-07-11",
  timeZone: "Asia/Dushanbe",
  venue: { name: { en: "EXPO Center Dushanbe" }, city: "Dushanbe", country: "TJ" },
  parties: [{ role: "backer", name: { en: "Ministry of Industry and New Technologies" } }],
  organizerOrganizationId,
  status: "published",
  ...overrides,
});

export async function createForum(t: TestApp, cookie: string, organizerOrganizationId: string, overrides: Record<string, unknown> = {}) {
  const response = await t.app.inject({ method: "POST", url: "/api/v1/forums", headers: { cookie }, payload: forumInput(organizerOrganizationId, overrides) });
  if (response.statusCode !== 201) throw new Error(`creating the forum failed: ${response.statusCode} ${response.body}`);
  return response.json() as { id: string };
}

/** An organiser (owner of the organising company) with a published forum. */
export async function setUpForum(t: TestApp, email = "organiser@expo.example") {
  const organiser = await signUp(t, email, "Organiser");
  const org = await createOrganization(t, organiser, { legalName: { en: "Dushanbe Expo Services" }, country: "TJ" });
  const forum = await createForum(t, organiser, org.id);
  return { organiser, organizerId: org.id as string, forumId: forum.id };
}

/** A hall of `count` 3 × 3 m booths (A-01, A-02, …) in rows with 4 m aisles, priced in USD. */
export function hallPlan(count: number) {
  const perRow = 10;
  const booths = Array.from({ length: count }, (_, i) => ({
    number: `A-${String(i + 1).padStart(2, "0")}`,
    x: 4 + (i % perRow) * 3,
    y: 4 + Math.floor(i / perRow) * 7,
    width: 3,
    height: 3,
    price: 900,
    currency: "USD",
  }));
  return { width: 40, height: 8 + Math.ceil(count / perRow) * 7, entrances: [{ x: 20, y: 8 + Math.ceil(count / perRow) * 7 }], obstacles: [], booths };
}

/** Adds a hall drawn by `hallPlan(count)` and returns it with its booths. */
export async function addHall(t: TestApp, cookie: string, forumId: string, count = 10) {
  const plan = hallPlan(count);
  const created = await t.app.inject({
    method: "POST",
    url: `/api/v1/forums/${forumId}/halls`,
    headers: { cookie },
    payload: { name: { en: "Hall A" }, width: plan.width, height: plan.height, entrances: plan.entrances },
  });
  if (created.statusCode !== 201) throw new Error(`creating the hall failed: ${created.statusCode} ${created.body}`);
  const saved = await t.app.inject({ method: "PUT", url: `/api/v1/halls/${created.json().id}/plan`, headers: { cookie }, payload: plan });
  if (saved.statusCode !== 200) throw new Error(`saving the plan failed: ${saved.statusCode} ${saved.body}`);
  return saved.json() as { id: string; booths: { id: string; number: string }[] };
}
