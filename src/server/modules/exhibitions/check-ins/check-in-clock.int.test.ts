import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, expect, it } from "vitest";
import { setUpForum } from "../../../testing/expo-fixtures";
import { createTestApp, type TestApp } from "../../../testing/test-app";
import { registerVisitors } from "./check-in.test-support";

let t: TestApp;
let organiser: string;
let forumId: string;

beforeAll(async () => {
  t = await createTestApp();
  ({ organiser, forumId } = await setUpForum(t));
});
afterAll(() => t.close());

const scan = (code: string, scannedAt: string) =>
  t.app.inject({
    method: "POST",
    url: `/api/v1/forums/${forumId}/check-ins`,
    headers: { cookie: organiser },
    payload: { scans: [{ scanId: randomUUID(), code, scannedAt, deviceId: "gate-1" }] },
  });

it("refuses scans from a device whose clock was reset, instead of storing them as the first entry (year 0 was a 500)", async () => {
  const [visitor] = await registerVisitors(t.ctx.database.db, t.ctx, forumId, 1);
  for (const scannedAt of ["1970-01-01T00:00:00Z", "0000-01-01T10:00:00Z"]) {
    const response = await scan(visitor.code, scannedAt);
    expect(response.statusCode).toBe(400);
    expect(response.json().errors).toEqual([expect.objectContaining({ field: "scans.0.scannedAt" })]);
  }
  const bundle = await t.app.inject({ url: `/api/v1/forums/${forumId}/check-in/bundle`, headers: { cookie: organiser } });
  expect(bundle.json().badges[0].checkedInAt).toBeNull();
  const good = await scan(visitor.code, "2025-07-09T10:00:00+05:00");
  expect(good.json().results[0]).toMatchObject({ outcome: "accepted", firstCheckedInAt: "2025-07-09T05:00:00.000Z" });
});
