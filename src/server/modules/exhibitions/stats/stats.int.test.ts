import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createForum, setUpForum } from "../../../testing/expo-fixtures";
import { createOrganization, createTestApp, signUp, type TestApp } from "../../../testing/test-app";
import { joinDoorStaff, registerVisitors, scanOf } from "../check-ins/check-in.test-support";
import { buildBooths, fileApplication } from "./stats.test-support";

let t: TestApp;
let organiser: string;
let door: string;
let stranger: string;
let forumId: string;
let organizerId: string;

const checkIn = async (forum: string, scans: ReturnType<typeof scanOf>[]) => {
  const res = await t.app.inject({ method: "POST", url: `/api/v1/forums/${forum}/check-ins`, headers: { cookie: door }, payload: { scans } });
  expect(res.statusCode).toBe(200);
  return res.json().results.map((r: { outcome: string }) => r.outcome);
};
const statsOf = (forum: string, cookie = organiser) => t.app.inject({ url: `/api/v1/forums/${forum}/stats`, headers: { cookie } });

beforeAll(async () => {
  t = await createTestApp();
  ({ organiser, forumId, organizerId } = await setUpForum(t));
  door = await joinDoorStaff(t, organiser, organizerId, "door@expo.example");
  stranger = await signUp(t, "stranger@example.org");
  const exhibitor = await signUp(t, "exhibitor@example.org");
  const org = async (country: string, sectors: string[]) =>
    (await createOrganization(t, exhibitor, { legalName: { en: `Maker ${country}` }, country, sectors })).id as string;
  const db = t.ctx.database.db;
  const [kg, kz, uz, tj1, tj2] = [
    await org("KG", ["textiles", "machine-engineering"]),
    await org("KZ", ["machine-engineering"]),
    await org("UZ", ["food-agriculture"]),
    await org("TJ", []),
    await org("TJ", []),
  ];
  const approvedKg = await fileApplication(db, forumId, kg, "approved");
  const approvedKz = await fileApplication(db, forumId, kz, "approved");
  const pending = await fileApplication(db, forumId, uz, "pending");
  const waitlisted = await fileApplication(db, forumId, tj1, "waitlisted");
  await fileApplication(db, forumId, tj2, "rejected");
  const usd = { amount: 900, currency: "USD" };
  await buildBooths(db, forumId, [
    { holder: approvedKg, width: 3, height: 3, price: usd },
    { holder: approvedKz, width: 4, height: 5, price: { amount: 1200.5, currency: "EUR" } },
    { holder: pending, width: 3, height: 3, price: usd },
    { holder: waitlisted, width: 3, height: 3, price: usd },
    { holder: null, width: 3, height: 3, price: usd },
    { holder: null, width: 3, height: 3 },
  ]);
});
afterAll(() => t.close());

describe("forum stats", () => {
  it("counts exhibitors, applications, booths and revenue", async () => {
    const res = await statsOf(forumId);
    expect(res.statusCode).toBe(200);
    expect(res.headers["cache-control"]).toBe("no-store");
    const stats = res.json();
    expect(stats.timeZone).toBe("Asia/Dushanbe");
    expect(stats.exhibitors).toEqual({
      total: 2,
      byCountry: [
        { key: "KG", count: 1 },
        { key: "KZ", count: 1 },
      ],
      bySector: [
        { key: "machine-engineering", count: 2 },
        { key: "textiles", count: 1 },
      ],
    });
    expect(stats.applications.byStatus).toEqual([
      { key: "approved", count: 2 },
      { key: "pending", count: 1 },
      { key: "rejected", count: 1 },
      { key: "waitlisted", count: 1 },
    ]);
    expect(stats.booths).toEqual({
      total: 6,
      free: 2,
      reserved: 2,
      sold: 2,
      area: 65,
      soldArea: 29,
      revenue: [
        { currency: "EUR", amount: 1200.5 },
        { currency: "USD", amount: 900 },
      ],
    });
  });

  it("counts registrations and check-ins by category and by the venue's hour, leaving out cancelled ones", async () => {
    const registered = ["2025-07-01T04:15:00Z", "2025-07-01T04:45:00Z", "2025-07-01T05:10:00Z", "2025-07-01T05:30:00Z", "2025-07-01T05:40:00Z"];
    const categories = ["trade_visitor", "buyer", "press", "vip", "buyer"] as const;
    const v = await registerVisitors(t.ctx.database.db, t.ctx, forumId, 5, (i) => ({
      category: categories[i],
      createdAt: new Date(registered[i]),
      ...(i === 4 && { cancelledAt: new Date("2025-07-02T00:00:00Z") }),
    }));
    expect(
      await checkIn(forumId, [
        scanOf(v[0], "2025-07-09T05:30:00Z"),
        scanOf(v[1], "2025-07-09T05:59:59Z"),
        scanOf(v[2], "2025-07-09T06:00:00Z"),
        scanOf(v[4], "2025-07-09T06:00:00Z"),
      ]),
    ).toEqual(["accepted", "accepted", "accepted", "cancelled"]);
    const stats = (await statsOf(forumId)).json();
    expect(stats.registrations.total).toBe(4);
    expect(stats.registrations.byCategory).toEqual(["buyer", "press", "trade_visitor", "vip"].map((key) => ({ key, count: 1 })));
    expect(stats.registrations.byHour).toEqual([
      { hour: "2025-07-01T09:00:00+05:00", category: "buyer", count: 1 },
      { hour: "2025-07-01T09:00:00+05:00", category: "trade_visitor", count: 1 },
      { hour: "2025-07-01T10:00:00+05:00", category: "press", count: 1 },
      { hour: "2025-07-01T10:00:00+05:00", category: "vip", count: 1 },
    ]);
    expect(stats.checkIns.total).toBe(3);
    expect(stats.checkIns.byCategory).toEqual(["buyer", "press", "trade_visitor"].map((key) => ({ key, count: 1 })));
    expect(stats.checkIns.byHour).toEqual([
      { hour: "2025-07-09T10:00:00+05:00", category: "buyer", count: 1 },
      { hour: "2025-07-09T10:00:00+05:00", category: "trade_visitor", count: 1 },
      { hour: "2025-07-09T11:00:00+05:00", category: "press", count: 1 },
    ]);
  });

  it("writes hours with the venue's own offset, half hours included", async () => {
    const { id } = await createForum(t, organiser, organizerId, { timeZone: "Asia/Kolkata" });
    const [visitor] = await registerVisitors(t.ctx.database.db, t.ctx, id, 1, () => ({ createdAt: new Date("2025-07-01T05:29:00Z") }));
    await checkIn(id, [scanOf(visitor, "2025-07-09T05:30:00Z")]);
    const stats = (await statsOf(id)).json();
    expect(stats.registrations.byHour).toEqual([{ hour: "2025-07-01T10:00:00+05:30", category: "trade_visitor", count: 1 }]);
    expect(stats.checkIns.byHour).toEqual([{ hour: "2025-07-09T11:00:00+05:30", category: "trade_visitor", count: 1 }]);
    expect(stats.booths).toMatchObject({ total: 0, area: 0, revenue: [] });
  });

  it("shows the stats to organisers only", async () => {
    expect((await statsOf(forumId, door)).statusCode).toBe(403);
    expect((await statsOf(forumId, stranger)).statusCode).toBe(403);
    expect((await statsOf(forumId, "")).statusCode).toBe(401);
  });
});
