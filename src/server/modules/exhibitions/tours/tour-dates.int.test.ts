import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { addHall, setUpForum } from "../../../testing/expo-fixtures";
import { createTestApp, type TestApp } from "../../../testing/test-app";

let t: TestApp;
let organiser: string;
let forumId: string;
let hallId: string;
let boothId: string;

beforeAll(async () => {
  t = await createTestApp();
  ({ organiser, forumId } = await setUpForum(t));
  const hall = await addHall(t, organiser, forumId, 3);
  hallId = hall.id;
  boothId = hall.booths[0].id;
});
afterAll(() => t.close());

const create = (startsAt: string) =>
  t.app.inject({
    method: "POST",
    url: `/api/v1/forums/${forumId}/tours`,
    headers: { cookie: organiser },
    payload: { name: { en: "Delegation" }, hallId, startsAt, boothIds: [boothId] },
  });

// The forum runs 9–11 July 2031 in Dushanbe (+05:00).
describe("tour start", () => {
  it("refuses instants outside PostgreSQL's range with a 400 naming startsAt (they were 500s)", async () => {
    for (const startsAt of ["0000-01-01T10:00:00Z", "9999-12-31T23:00:00-14:00"]) {
      const response = await create(startsAt);
      expect(response.statusCode).toBe(400);
      expect(response.json().errors).toEqual([expect.objectContaining({ field: "startsAt" })]);
    }
  });

  it("refuses a tour nowhere near the forum, on creation and on change", async () => {
    expect((await create("1999-01-01T10:00:00Z")).statusCode).toBe(400);
    expect((await create("2031-07-12T10:00:00+05:00")).statusCode).toBe(400);
    const tour = await create("2031-07-08T11:00:00+05:00");
    expect(tour.statusCode).toBe(201);
    const moved = await t.app.inject({
      method: "PATCH",
      url: `/api/v1/tours/${tour.json().id}`,
      headers: { cookie: organiser },
      payload: { startsAt: "2040-01-01T10:00:00+05:00" },
    });
    expect(moved.statusCode).toBe(400);
    expect(moved.json().errors[0].field).toBe("startsAt");
  });

  it("takes tours during the forum and on the set-up days before it", async () => {
    expect((await create("2031-07-11T16:00:00+05:00")).statusCode).toBe(201);
    expect((await create("2031-07-01T10:00:00+05:00")).statusCode).toBe(201);
  });
});
