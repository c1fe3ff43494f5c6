import { afterAll, beforeAll, expect, it } from "vitest";
import { setUpForum } from "../../../testing/expo-fixtures";
import { createTestApp, type TestApp } from "../../../testing/test-app";

let t: TestApp;
let organiser: string;
let forumId: string;

beforeAll(async () => {
  t = await createTestApp();
  ({ organiser, forumId } = await setUpForum(t));
});
afterAll(() => t.close());

// PGlite runs one statement at a time, so this race shows on the PostgreSQL server run of the
// suite (TEST_DATABASE_URL): there, before the forum lock, six of eight were saved into one room.
it("books a room once when eight organisers add a session there for the same hour at once", async () => {
  const add = (i: number) =>
    t.app.inject({
      method: "POST",
      url: `/api/v1/forums/${forumId}/programme`,
      headers: { cookie: organiser },
      payload: {
        title: { en: `Panel ${i}` },
        room: "Conference hall",
        startsAt: "2031-07-09T10:00:00+05:00",
        endsAt: "2031-07-09T11:00:00+05:00",
        language: "en",
      },
    });
  const responses = await Promise.all(Array.from({ length: 8 }, (_, i) => add(i)));
  expect(responses.map((r) => r.statusCode).sort()).toEqual([201, 409, 409, 409, 409, 409, 409, 409]);
  expect(responses.filter((r) => r.statusCode === 409).every((r) => r.json().code === "room_taken")).toBe(true);
  const programme = await t.app.inject({ url: `/api/v1/forums/${forumId}/programme` });
  expect(programme.json().items).toHaveLength(1);
});
