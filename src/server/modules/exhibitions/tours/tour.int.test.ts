import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { addHall, setUpForum } from "../../../testing/expo-fixtures";
import { createOrganization, createTestApp, signUp, type TestApp } from "../../../testing/test-app";

let t: TestApp;
let organiser: string;
let forumId: string;
let hallId: string;
let booths: { id: string; number: string }[];

beforeAll(async () => {
  t = await createTestApp();
  ({ organiser, forumId } = await setUpForum(t));
  const hall = await addHall(t, organiser, forumId, 20);
  hallId = hall.id;
  booths = hall.booths;
  // Shumkar exhibits at A-15: approved, so the tour can tell them.
  const exhibitor = await signUp(t, "azamat@shumkar.example");
  const org = await createOrganization(t, exhibitor, { legalName: { en: "Shumkar" }, country: "KG" });
  const applied = await t.app.inject({
    method: "POST",
    url: `/api/v1/forums/${forumId}/applications`,
    headers: { cookie: exhibitor },
    payload: { organizationId: org.id, kind: "booth", boothId: booths[14].id },
  });
  await t.app.inject({
    method: "POST",
    url: `/api/v1/applications/${applied.json().id}/decision`,
    headers: { cookie: organiser },
    payload: { status: "approved" },
  });
});
afterAll(() => t.close());

const tourInput = (boothIds: string[]) => ({
  name: { en: "Presidents' tour", tg: "Хатсайри Президентҳо" },
  hallId,
  startsAt: "2031-07-08T11:00:00+05:00",
  minutesPerStop: 6,
  boothIds,
});

describe("delegation tours", () => {
  let tourId: string;

  it("orders the chosen booths into a timed walk from the entrance", async () => {
    const chosen = [booths[0], booths[19], booths[14], booths[5]].map((b) => b.id);
    const response = await t.app.inject({ method: "POST", url: `/api/v1/forums/${forumId}/tours`, headers: { cookie: organiser }, payload: tourInput(chosen) });
    expect(response.statusCode).toBe(201);
    const tour = response.json();
    tourId = tour.id;
    expect(tour.optimal).toBe(true);
    expect(tour.stops.map((s: { boothId: string }) => s.boothId).sort()).toEqual([...chosen].sort());
    // The entrance is on the bottom wall: the second row comes before the first.
    expect(tour.stops[0].boothNumber).toMatch(/A-1[1-9]|A-20/);
    expect(tour.stops[0].arrivesAt > tour.startsAt).toBe(true);
    const minutes = (a: string, b: string) => (Date.parse(b) - Date.parse(a)) / 60_000;
    expect(minutes(tour.stops[0].arrivesAt, tour.stops[0].leavesAt)).toBeCloseTo(6, 5);
    expect(tour.stops.find((s: { boothNumber: string }) => s.boothNumber === "A-15").exhibitor.name.en).toBe("Shumkar");
    const total = tour.stops.reduce((sum: number, s: { distanceMetres: number }) => sum + s.distanceMetres, 0);
    // Each leg is rounded to centimetres for display; the total is rounded once.
    expect(Math.abs(total - tour.totalDistanceMetres)).toBeLessThan(0.05);
    for (const stop of tour.stops) expect(stop.path.length).toBeGreaterThanOrEqual(2);
  });

  it("tells the exhibitors on the route when the delegation arrives", async () => {
    const response = await t.app.inject({ method: "POST", url: `/api/v1/tours/${tourId}/notify`, headers: { cookie: organiser } });
    expect(response.json()).toEqual({ notified: 1, recipients: 1 });
    const mails = await t.ctx.database.db.query.outbox.findMany({ where: (m, { eq }) => eq(m.to, "azamat@shumkar.example") });
    const notice = mails.find((m) => m.subject.startsWith("A delegation will visit"));
    expect(notice?.text).toMatch(/Booth: A-15/);
    expect(notice?.text).toMatch(/Asia\/Dushanbe/);
    expect((await t.app.inject({ method: "GET", url: `/api/v1/tours/${tourId}`, headers: { cookie: organiser } })).json().notifiedAt).not.toBeNull();
  });

  it("plans again when the stops change, and refuses booths of another hall or duplicates", async () => {
    const changed = await t.app.inject({
      method: "PATCH",
      url: `/api/v1/tours/${tourId}`,
      headers: { cookie: organiser },
      payload: { boothIds: [booths[1].id] },
    });
    expect(changed.json().stops).toHaveLength(1);
    const duplicate = await t.app.inject({
      method: "PATCH",
      url: `/api/v1/tours/${tourId}`,
      headers: { cookie: organiser },
      payload: { boothIds: [booths[1].id, booths[1].id] },
    });
    expect(duplicate.statusCode).toBe(400);
    expect(duplicate.json().errors[0].field).toBe("boothIds");
    const foreign = await t.app.inject({
      method: "PATCH",
      url: `/api/v1/tours/${tourId}`,
      headers: { cookie: organiser },
      payload: { boothIds: ["not-a-booth"] },
    });
    expect(foreign.json().errors[0].field).toBe("boothIds[0]");
    expect((await t.app.inject({ method: "GET", url: `/api/v1/tours/${tourId}`, headers: { cookie: organiser } })).json().stops).toHaveLength(1);
  });

  it("keeps tours to the organisers", async () => {
    const stranger = await signUp(t, "curious@example.org");
    expect((await t.app.inject({ method: "GET", url: `/api/v1/forums/${forumId}/tours`, headers: { cookie: stranger } })).statusCode).toBe(403);
    expect((await t.app.inject({ method: "GET", url: `/api/v1/tours/${tourId}` })).statusCode).toBe(401);
  });
});
