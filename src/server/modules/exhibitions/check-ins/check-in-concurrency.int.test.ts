import { afterAll, beforeAll, expect, it } from "vitest";
import { setUpForum } from "../../../testing/expo-fixtures";
import { createTestApp, type TestApp } from "../../../testing/test-app";
import { joinDoorStaff, registerVisitors, scanOf, type Visitor } from "./check-in.test-support";

let t: TestApp;
let organiser: string;
let door: string;
let forumId: string;
let visitors: Visitor[];

beforeAll(async () => {
  t = await createTestApp();
  const setUp = await setUpForum(t);
  ({ organiser, forumId } = setUp);
  door = await joinDoorStaff(t, organiser, setUp.organizerId, "door@expo.example");
  visitors = await registerVisitors(t.ctx.database.db, t.ctx, forumId, 10);
});
afterAll(() => t.close());

const BATCHES = 20;
// Devices scanned at scattered minutes; batch b scans badge i at minute (7b + 3i) % 60.
const minuteOf = (batch: number, badge: number) => (7 * batch + 3 * badge) % 60;
const at = (minute: number) => `2025-07-09T10:${String(minute).padStart(2, "0")}:00+05:00`;

it("accepts each badge exactly once when 20 devices sync scans of the same 10 badges at once", async () => {
  const batches = Array.from({ length: BATCHES }, (_, b) => {
    const scans = visitors.map((v, i) => scanOf(v, at(minuteOf(b, i)), `gate-${b}`));
    // Different orders make the batches meet the badges in different sequences.
    return b % 2 ? scans.reverse() : scans;
  });
  const responses = await Promise.all(
    batches.map((scans) => t.app.inject({ method: "POST", url: `/api/v1/forums/${forumId}/check-ins`, headers: { cookie: door }, payload: { scans } })),
  );
  expect(responses.map((r) => r.statusCode)).toEqual(Array(BATCHES).fill(200));
  const results = responses.flatMap((r) => r.json().results as { outcome: string; registration: { id: string } }[]);
  expect(results).toHaveLength(BATCHES * visitors.length);
  const accepted = results.filter((r) => r.outcome === "accepted");
  expect(accepted).toHaveLength(visitors.length);
  expect(new Set(accepted.map((r) => r.registration.id)).size).toBe(visitors.length);
  expect(results.filter((r) => r.outcome === "repeat")).toHaveLength((BATCHES - 1) * visitors.length);

  const stats = await t.app.inject({ url: `/api/v1/forums/${forumId}/stats`, headers: { cookie: organiser } });
  expect(stats.json().checkIns.total).toBe(visitors.length);

  // Whatever order the batches were applied in, each badge's first entry is its earliest scan.
  const bundle = (await t.app.inject({ url: `/api/v1/forums/${forumId}/check-in/bundle`, headers: { cookie: door } })).json();
  for (const [i, v] of visitors.entries()) {
    const earliest = Math.min(...batches.map((_, b) => minuteOf(b, i)));
    const badge = bundle.badges.find((x: { code: string }) => x.code === v.code);
    expect(badge.checkedInAt).toBe(new Date(at(earliest)).toISOString());
  }
});
