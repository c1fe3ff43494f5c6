import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { cookieOf, createTestApp, type TestApp } from "../testing/test-app";
import { DEMO_PASSWORD, seedDemo } from "./seed-demo";

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp({ demo: true });
  const report = await seedDemo(t.ctx);
  expect(report).toMatchObject({ skipped: false });
});
afterAll(() => t.close());

const search = async (kind: "organizations" | "products", q: string) =>
  (await t.app.inject(`/api/v1/${kind}?q=${encodeURIComponent(q)}`)).json().items as Array<{
    legalName?: { en?: string };
    name?: { en?: string };
    fictional: boolean;
  }>;

describe("the demo forum", () => {
  it("holds Tajik, Kyrgyz and Tatarstan companies", async () => {
    for (const [country, region] of [
      ["TJ", undefined],
      ["KG", undefined],
      ["RU", "RU-TA"],
    ]) {
      const page = (await t.app.inject(`/api/v1/organizations?country=${country}${region ? `&region=${region}` : ""}`)).json();
      expect(page.total, country).toBeGreaterThanOrEqual(5);
    }
  });

  it("shows Shumkar's helicopter as a real company, everything invented marked so", async () => {
    const [shumkar] = await search("organizations", "shumkar");
    expect(shumkar.legalName?.en).toMatch(/Shumkar Transnational Corporation/);
    expect(shumkar.fictional).toBe(false);
    const [helicopter] = (await t.app.inject("/api/v1/products?hs=880211")).json().items;
    expect(helicopter.componentOrigins).toContain("PL");
    expect(JSON.stringify(helicopter.specifications)).toMatch(/600/);
    const all = (await t.app.inject("/api/v1/organizations?limit=100")).json().items;
    expect(all.filter((o: { fictional: boolean }) => !o.fictional)).toHaveLength(1);
  });

  it("answers queries across scripts both ways", async () => {
    const tojik = (await search("organizations", "tojik")).map((o) => o.legalName?.en);
    const cyrillic = (await search("organizations", "тоҷик")).map((o) => o.legalName?.en);
    expect(tojik.length).toBeGreaterThan(0);
    expect(cyrillic).toEqual(expect.arrayContaining(tojik.slice(0, 1)));
    expect((await search("products", "шелк")).length).toBeGreaterThan(0);
    expect((await search("products", "helicoptr")).length).toBeGreaterThan(0);
  });

  it("lets demo people sign in with the documented password", async () => {
    const res = await t.app.inject({ method: "POST", url: "/api/auth/sign-in/email", payload: { email: "admin@demo.hamkori.org", password: DEMO_PASSWORD } });
    expect(res.statusCode).toBe(200);
    const me = (await t.app.inject({ url: "/api/v1/me", headers: { cookie: cookieOf(res.headers["set-cookie"]) } })).json();
    expect(me.user.platformRole).toBe("admin");
  });

  it("runs the Dushanbe forum: pavilions, exhibitors on booths, a programme, tours and visitors at the door", async () => {
    const signIn = await t.app.inject({
      method: "POST",
      url: "/api/auth/sign-in/email",
      payload: { email: "admin@demo.hamkori.org", password: DEMO_PASSWORD },
    });
    const cookie = cookieOf(signIn.headers["set-cookie"]);
    const [forum] = (await t.app.inject("/api/v1/forums")).json().items;
    expect(forum).toMatchObject({ startsOn: "2025-07-09", timeZone: "Asia/Dushanbe", status: "published" });
    expect(forum.parties.map((p: { role: string }) => p.role)).toContain("backer");
    const plan = (await t.app.inject(`/api/v1/forums/${forum.id}/floor-plan`)).json();
    expect(plan.pavilions.map((p: { country: string | null }) => p.country)).toEqual(expect.arrayContaining(["TJ", "KG"]));
    const booths = plan.halls.flatMap((h: { booths: { status: string; exhibitor: { name: { en?: string } } | null }[] }) => h.booths);
    expect(booths.filter((b: { status: string }) => b.status === "free").length).toBeGreaterThan(5);
    const helicopter = booths.find((b: { exhibitor: { name: { en?: string } } | null }) => b.exhibitor?.name.en?.includes("Shumkar"));
    expect(helicopter).toBeDefined();
    const catalogue = (await t.app.inject(`/api/v1/forums/${forum.id}/exhibitors?q=${encodeURIComponent("вертолёт")}`)).json();
    expect(catalogue.items[0].organization.name.en).toMatch(/Shumkar/);
    expect((await t.app.inject(`/api/v1/forums/${forum.id}/programme`)).json().items.length).toBeGreaterThanOrEqual(10);
    const tours = (await t.app.inject({ url: `/api/v1/forums/${forum.id}/tours`, headers: { cookie } })).json().items;
    expect(tours[0].startsAt).toBe("2025-07-08T06:00:00.000Z");
    expect(tours[0].stops.length).toBeGreaterThanOrEqual(8);
    const stats = (await t.app.inject({ url: `/api/v1/forums/${forum.id}/stats`, headers: { cookie } })).json();
    expect(stats.registrations.total).toBeGreaterThanOrEqual(300);
    expect(stats.checkIns.total).toBeGreaterThan(100);
    expect(stats.exhibitors.byCountry.map((c: { key: string }) => c.key)).toEqual(expect.arrayContaining(["TJ", "KG"]));
  }, 60_000);

  it("keeps the agenda's deals and joint ventures, each seen only by its parties and those they shared it with", async () => {
    const signIn = async (email: string) => {
      const res = await t.app.inject({ method: "POST", url: "/api/auth/sign-in/email", payload: { email, password: DEMO_PASSWORD } });
      return cookieOf(res.headers["set-cookie"]);
    };
    const dealsOf = async (email: string) =>
      (await t.app.inject({ url: "/api/v1/deals", headers: { cookie: await signIn(email) } })).json() as {
        items: { id: string; title: { en?: string }; stage: string; valueUsd: number | null }[];
        totals: { byStage: { key: string; count: number }[] };
      };
    const silk = await dealsOf("farhod.nazarzoda@tojik-silk.demo.hamkori.org");
    const venture = silk.items.find((d) => d.title.en === "Khujand–Kazan silk yarn joint enterprise");
    expect(venture).toMatchObject({ stage: "memorandum" });
    expect(venture?.valueUsd).toBeCloseTo(148_000_000 * 0.0118, 2);
    const organiser = await dealsOf("ravshan.yormuhammadov@dushanbe-expo-services.demo.hamkori.org");
    expect(organiser.items.map((d) => d.title.en).sort()).toEqual(["Dushanbe furniture factory with Zelyony Dol", "Khujand–Kazan silk yarn joint enterprise"]);
    expect((await dealsOf("talant.abdykerimov@osh-pakhta.demo.hamkori.org")).items).toEqual([]);
    const detail = (
      await t.app.inject({ url: `/api/v1/deals/${venture?.id}`, headers: { cookie: await signIn("farhod.nazarzoda@tojik-silk.demo.hamkori.org") } })
    ).json();
    expect(detail.milestones.map((m: { title: string; doneOn: string | null }) => [m.title, m.doneOn !== null])).toEqual([
      ["Feasibility study agreed", true],
      ["Twisting machines ordered", false],
    ]);
    expect(detail.facility).toMatchObject({ location: "Khujand, Sughd free economic zone", jobs: 240 });
  });

  it("keeps the Tajikistan–Tatarstan agenda of the report with its meetings, commitments and targets", async () => {
    const list = (await t.app.inject({ url: "/api/v1/agendas" })).json().items as { id: string; a: string; b: string }[];
    expect(list.map((a) => `${a.a}|${a.b}`)).toEqual(["TJ|RU-TA", "TJ|KG"]);
    const agenda = (await t.app.inject({ url: `/api/v1/agendas/${list[0].id}` })).json();
    expect(agenda.meetings.map((m: { date: string; place: string }) => [m.date, m.place])).toEqual([
      ["2024-10-23", "Kazan (BRICS summit)"],
      ["2025-04-03", "Dushanbe"],
    ]);
    expect(agenda.meetings[0].decisions).toContain("exceeded $50 million");
    const turnover2024 = agenda.targets.find((x: { kind: string; year: number }) => x.kind === "turnover_usd" && x.year === 2024);
    expect(turnover2024).toMatchObject({ reported: 77_300_000, actualSource: expect.stringMatching(/synthetic/i) });
    const yarn = agenda.commitments.find((c: { title: string }) => c.title === "Joint enterprises for silk and wool yarns");
    // Anonymous readers learn that a deal serves it, not which.
    expect(yarn).toMatchObject({ dealCount: 1, deals: [] });
  });

  it("never loads twice", async () => {
    expect((await seedDemo(t.ctx)).skipped).toBe(true);
  });
});
