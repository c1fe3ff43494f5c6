import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { formatBadgeCode, newBadgeCode } from "../../../../engines/badge-token";
import { createForum, setUpForum } from "../../../testing/expo-fixtures";
import { createTestApp, signUp, type TestApp } from "../../../testing/test-app";
import { badgeTokenOf } from "../registrations/badge-keys";
import { joinDoorStaff, registerVisitors, type ScanInput, scanOf, type Visitor } from "./check-in.test-support";

let t: TestApp;
let organiser: string;
let door: string;
let stranger: string;
let forumId: string;
let otherForumId: string;
let visitors: Visitor[];

beforeAll(async () => {
  t = await createTestApp();
  const setUp = await setUpForum(t);
  ({ organiser, forumId } = setUp);
  otherForumId = (await createForum(t, organiser, setUp.organizerId)).id;
  door = await joinDoorStaff(t, organiser, setUp.organizerId, "door@expo.example");
  stranger = await signUp(t, "stranger@example.org");
  visitors = await registerVisitors(t.ctx.database.db, t.ctx, forumId, 12, (i) =>
    i === 11 ? { cancelledAt: new Date() } : { organizationName: "Tajik Aluminium" },
  );
});
afterAll(() => t.close());

const send = (scans: ScanInput[], cookie = door, forum = forumId) =>
  t.app.inject({ method: "POST", url: `/api/v1/forums/${forum}/check-ins`, headers: { cookie }, payload: { scans } });
const outcomesOf = async (scans: ScanInput[]) => {
  const res = await send(scans);
  expect(res.statusCode).toBe(200);
  return res.json().results as { scanId: string; outcome: string; firstCheckedInAt: string | null; registration: { id: string } | null }[];
};
const stats = async () => (await t.app.inject({ url: `/api/v1/forums/${forumId}/stats`, headers: { cookie: organiser } })).json();

describe("check-in", () => {
  it("accepts a badge's first entry and flags the next one as a repeat", async () => {
    const [first] = await outcomesOf([scanOf(visitors[0], "2025-07-09T10:00:00+05:00")]);
    expect(first).toMatchObject({
      outcome: "accepted",
      registration: { id: visitors[0].id, fullName: "Visitor 1", category: "trade_visitor", organizationName: "Tajik Aluminium" },
    });
    expect(first.firstCheckedInAt).toBe("2025-07-09T05:00:00.000Z");
    const [again] = await outcomesOf([scanOf(visitors[0], "2025-07-09T10:07:00+05:00", "gate-2")]);
    expect(again).toMatchObject({ outcome: "repeat", firstCheckedInAt: "2025-07-09T05:00:00.000Z" });
  });

  it("answers a resent batch with the first outcomes and counts nothing twice", async () => {
    const batch = [
      scanOf(visitors[1], "2025-07-09T10:01:00+05:00"),
      scanOf(visitors[1], "2025-07-09T10:02:00+05:00"),
      scanOf({ code: newBadgeCode() }, "2025-07-09T10:03:00+05:00"),
    ];
    const first = await outcomesOf(batch);
    expect(first.map((r) => r.outcome)).toEqual(["accepted", "repeat", "unknown_badge"]);
    const before = (await stats()).checkIns.total;
    expect(await outcomesOf(batch)).toEqual(first);
    expect(await outcomesOf([batch[1], batch[0]])).toEqual([first[1], first[0]]);
    expect((await stats()).checkIns.total).toBe(before);
  });

  it("answers identical requests sent at once alike, with one accepted scan", async () => {
    const batch = [scanOf(visitors[2], "2025-07-09T10:04:00+05:00"), scanOf({ code: newBadgeCode() }, "2025-07-09T10:04:00+05:00")];
    const responses = await Promise.all(Array.from({ length: 4 }, () => send(batch)));
    expect(responses.map((r) => r.statusCode)).toEqual([200, 200, 200, 200]);
    for (const r of responses) expect(r.json()).toEqual(responses[0].json());
    expect(responses[0].json().results.map((r: { outcome: string }) => r.outcome)).toEqual(["accepted", "unknown_badge"]);
  });

  it("keeps one accepted scan and the true first entry when offline devices sync in reverse order", async () => {
    const later = await outcomesOf([scanOf(visitors[3], "2025-07-09T10:30:00+05:00", "gate-2")]);
    const earlier = await outcomesOf([scanOf(visitors[3], "2025-07-09T10:10:00+05:00", "gate-1")]);
    expect([later[0].outcome, earlier[0].outcome]).toEqual(["accepted", "repeat"]);
    expect(earlier[0].firstCheckedInAt).toBe("2025-07-09T05:10:00.000Z");
    const bundle = (await t.app.inject({ url: `/api/v1/forums/${forumId}/check-in/bundle`, headers: { cookie: door } })).json();
    expect(bundle.badges.find((b: { code: string }) => b.code === visitors[3].code).checkedInAt).toBe("2025-07-09T05:10:00.000Z");
  });

  it("accepts the earliest of several new scans of one badge in a batch", async () => {
    const results = await outcomesOf([scanOf(visitors[4], "2025-07-09T11:00:00+05:00"), scanOf(visitors[4], "2025-07-09T10:50:00+05:00")]);
    expect(results.map((r) => r.outcome)).toEqual(["repeat", "accepted"]);
    expect(results[0].firstCheckedInAt).toBe("2025-07-09T05:50:00.000Z");
  });

  it("refuses forged tokens and badges of another forum", async () => {
    const token = visitors[5].token;
    const flipped = `${token.slice(0, -3)}${token.at(-3) === "A" ? "B" : "A"}${token.slice(-2)}`;
    const results = await outcomesOf([
      scanOf({ token: flipped }, "2025-07-09T10:00:00+05:00"),
      scanOf({ token: badgeTokenOf(t.ctx, otherForumId, visitors[5].code) }, "2025-07-09T10:00:00+05:00"),
      scanOf({ token: "not a badge" }, "2025-07-09T10:00:00+05:00"),
    ]);
    expect(results.map((r) => [r.outcome, r.registration])).toEqual([
      ["forged", null],
      ["forged", null],
      ["forged", null],
    ]);
  });

  it("accepts a typed code however it was typed, and refuses cancelled and unknown badges", async () => {
    const results = await outcomesOf([
      scanOf({ code: formatBadgeCode(visitors[6].code).toLowerCase() }, "2025-07-09T10:00:00+05:00"),
      scanOf(visitors[11], "2025-07-09T10:00:00+05:00"),
      scanOf({ code: "no-such-code" }, "2025-07-09T10:00:00+05:00"),
    ]);
    expect(results.map((r) => r.outcome)).toEqual(["accepted", "cancelled", "unknown_badge"]);
    expect(results[1].registration?.id).toBe(visitors[11].id);
  });

  it("gives door devices every badge and the forum's key, never to be cached", async () => {
    const res = await t.app.inject({ url: `/api/v1/forums/${forumId}/check-in/bundle`, headers: { cookie: door } });
    expect(res.statusCode).toBe(200);
    expect(res.headers["cache-control"]).toBe("private, no-store");
    const bundle = res.json();
    expect(bundle.publicKey).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(bundle.badges).toHaveLength(12);
    expect(bundle.badges.find((b: { code: string }) => b.code === visitors[11].code)).toMatchObject({
      cancelled: true,
      checkedInAt: null,
      fullName: "Visitor 12",
    });
  });

  it("lets only the forum's organisers and door staff in", async () => {
    const batch = [scanOf(visitors[7], "2025-07-09T10:00:00+05:00")];
    expect((await send(batch, stranger)).statusCode).toBe(403);
    expect((await send(batch, "")).statusCode).toBe(401);
    expect((await t.app.inject({ url: `/api/v1/forums/${forumId}/check-in/bundle`, headers: { cookie: stranger } })).statusCode).toBe(403);
    expect((await t.app.inject({ url: `/api/v1/forums/${forumId}/check-in/bundle` })).statusCode).toBe(401);
    expect((await send(batch, organiser)).json().results[0].outcome).toBe("accepted");
  });

  const at = "2025-07-09T10:00:00+05:00";
  it.each<[string, (v: Visitor) => object[], string]>([
    ["501 scans", (v) => Array.from({ length: 501 }, () => scanOf(v, at)), "scans"],
    ["a scan id that is no UUID", (v) => [{ ...scanOf(v, at), scanId: "scan-1" }], "scans.0.scanId"],
    ["both token and code", (v) => [{ ...scanOf(v, at), code: v.code }], "scans.0.token"],
    ["neither token nor code", () => [scanOf({}, at)], "scans.0.token"],
    ["a time without offset", (v) => [scanOf(v, "2025-07-09T10:00:00")], "scans.0.scannedAt"],
    ["a scan two days ahead", (v) => [scanOf(v, at), scanOf(v, new Date(Date.now() + 2 * 86_400_000).toISOString())], "scans.1.scannedAt"],
  ])("refuses %s naming the field, and stores nothing", async (_, scans, field) => {
    const res = await send(scans(visitors[8]) as ScanInput[]);
    expect(res.statusCode).toBe(400);
    expect(res.json().errors.map((e: { field: string }) => e.field)).toContain(field);
  });

  it("stored nothing from the refused batches", async () => {
    expect((await outcomesOf([scanOf(visitors[8], at)]))[0].outcome).toBe("accepted");
  });

  it("refuses a scan id already used for another badge with 409, changing nothing", async () => {
    const scanId = randomUUID();
    await outcomesOf([{ ...scanOf(visitors[9], "2025-07-09T10:00:00+05:00"), scanId }]);
    const res = await send([scanOf(visitors[10], "2025-07-09T10:00:00+05:00"), { ...scanOf(visitors[10], "2025-07-09T10:00:00+05:00"), scanId }]);
    expect(res.statusCode).toBe(409);
    expect(res.json().errors[0].field).toBe("scans.1.scanId");
    expect((await outcomesOf([scanOf(visitors[10], "2025-07-09T10:05:00+05:00")]))[0].outcome).toBe("accepted");
  });
});
