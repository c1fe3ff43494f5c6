import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { findUserByEmail, setPlatformRole } from "../../platform/users.repository";
import { addHall, createForum, setUpForum } from "../../testing/expo-fixtures";
import { createOrganization, createTestApp, signUp, type TestApp } from "../../testing/test-app";
import { joinDoorStaff, registerVisitors } from "./check-ins/check-in.test-support";

let t: TestApp;
let organiser: string;
let organizerId: string;
let forumId: string;
let booths: { id: string; number: string }[];
let hallId: string;
let other: { organiser: string; organizerId: string; forumId: string };
let otherBooths: { id: string; number: string }[];
let exhibitor: string;
let exhibitorOrg: string;
let stranger: string;
let door: string;
let admin: string;

const log = (label: string, res: { statusCode: number; body: string }) => console.log(label, res.statusCode, res.body.slice(0, 400));

beforeAll(async () => {
  t = await createTestApp();
  ({ organiser, organizerId, forumId } = await setUpForum(t));
  const hall = await addHall(t, organiser, forumId, 10);
  booths = hall.booths;
  hallId = hall.id;
  other = await setUpForum(t, "other@expo.example");
  otherBooths = (await addHall(t, other.organiser, other.forumId, 5)).booths;
  exhibitor = await signUp(t, "ex@example.org");
  exhibitorOrg = (await createOrganization(t, exhibitor, { legalName: { en: "Tojik Silk" }, country: "TJ" })).id;
  stranger = await signUp(t, "stranger@example.org");
  door = await joinDoorStaff(t, organiser, organizerId, "door@example.org");
  admin = await signUp(t, "admin@example.org");
  const a = await findUserByEmail(t.ctx.database.db, "admin@example.org");
  await setPlatformRole(t.ctx.database.db, a.id, "admin");
});
afterAll(() => t.close());

const inject = (method: string, url: string, cookie?: string, payload?: unknown) =>
  t.app.inject({ method: method as "GET", url, headers: cookie ? { cookie } : {}, ...(payload !== undefined ? { payload: payload as object } : {}) });

describe("probe", () => {
  it("forum dates", async () => {
    log("year0", await inject("POST", "/api/v1/forums", organiser, { ...base(organizerId), startsOn: "0000-01-01", endsOn: "0000-01-02" }));
    log("year1", await inject("POST", "/api/v1/forums", organiser, { ...base(organizerId), startsOn: "0001-01-01", endsOn: "0001-01-02" }));
    log("parties unknown org", await inject("POST", "/api/v1/forums", organiser, { ...base(organizerId), parties: [{ role: "sponsor", name: { en: "X" }, organizationId: "nope" }] }));
    log("admin unknown organiser", await inject("POST", "/api/v1/forums", admin, { ...base("nope") }));
    log("patch tz", await inject("PATCH", `/api/v1/forums/${forumId}`, organiser, { timeZone: "Mars/Olympus" }));
  });

  it("tours", async () => {
    const tour = (startsAt: string) => ({ name: { en: "T" }, hallId, startsAt, boothIds: [booths[0].id] });
    log("tour year0", await inject("POST", `/api/v1/forums/${forumId}/tours`, organiser, tour("0000-01-01T10:00:00Z")));
    log("tour 10000", await inject("POST", `/api/v1/forums/${forumId}/tours`, organiser, tour("9999-12-31T23:00:00-14:00")));
    log("tour 1999", await inject("POST", `/api/v1/forums/${forumId}/tours`, organiser, tour("1999-01-01T10:00:00Z")));
    log("tour other booth", await inject("POST", `/api/v1/forums/${forumId}/tours`, organiser, { ...tour("2031-07-09T10:00:00+05:00"), boothIds: [otherBooths[0].id] }));
    log("tour door", await inject("GET", `/api/v1/forums/${forumId}/tours`, door));
  });

  it("check-ins", async () => {
    const [v] = await registerVisitors(t.ctx.database.db, t.ctx, forumId, 1);
    const [w] = await registerVisitors(t.ctx.database.db, t.ctx, forumId, 1);
    const scan = (badge: { code: string }, scannedAt: string) => ({ scans: [{ scanId: randomUUID(), code: badge.code, scannedAt, deviceId: "d" }] });
    log("scan year0", await inject("POST", `/api/v1/forums/${forumId}/check-ins`, door, scan(v, "0000-01-01T10:00:00Z")));
    log("scan 1970", await inject("POST", `/api/v1/forums/${forumId}/check-ins`, door, scan(w, "1970-01-01T00:00:00Z")));
    log("scan other forum", await inject("POST", `/api/v1/forums/${other.forumId}/check-ins`, other.organiser, { scans: [{ scanId: randomUUID(), token: v.token, scannedAt: "2031-07-09T10:00:00Z" }] }));
    log("scan other forum code", await inject("POST", `/api/v1/forums/${other.forumId}/check-ins`, other.organiser, { scans: [{ scanId: randomUUID(), code: v.code, scannedAt: "2031-07-09T10:00:00Z" }] }));
    log("stats", await inject("GET", `/api/v1/forums/${forumId}/stats`, organiser));
  });

  it("applications cross forum", async () => {
    log("apply other booth", await inject("POST", `/api/v1/forums/${forumId}/applications`, exhibitor, { organizationId: exhibitorOrg, kind: "booth", boothId: otherBooths[0].id }));
    const ok = await inject("POST", `/api/v1/forums/${forumId}/applications`, exhibitor, { organizationId: exhibitorOrg, kind: "booth", boothId: booths[0].id });
    log("apply", ok);
    const appId = ok.json().id;
    log("other org decide", await inject("POST", `/api/v1/applications/${appId}/decision`, other.organiser, { status: "approved" }));
    log("assign other booth", await inject("PUT", `/api/v1/applications/${appId}/booth`, organiser, { boothId: otherBooths[1].id }));
    log("stranger staff list", await inject("GET", `/api/v1/applications/${appId}/staff`, stranger));
    log("other org staff list", await inject("GET", `/api/v1/applications/${appId}/staff`, other.organiser));
    log("door staff list", await inject("GET", `/api/v1/applications/${appId}/staff`, door));
    log("door get application", await inject("GET", `/api/v1/applications/${appId}`, door));
    log("door list applications", await inject("GET", `/api/v1/forums/${forumId}/applications`, door));
    log("approve", await inject("POST", `/api/v1/applications/${appId}/decision`, organiser, { status: "approved" }));
    log("exhibitors", await inject("GET", `/api/v1/forums/${forumId}/exhibitors`));
    log("floor", await inject("GET", `/api/v1/forums/${forumId}/floor-plan`));
  });

  it("door staff privileges", async () => {
    for (const url of ["stats", "registrations", "tours", "applications"]) log(`door ${url}`, await inject("GET", `/api/v1/forums/${forumId}/${url}`, door));
    log("door badge batch", await inject("POST", `/api/v1/forums/${forumId}/badges/batch`, door, {}));
    log("door bundle", await inject("GET", `/api/v1/forums/${forumId}/check-in/bundle`, door));
    log("other org bundle", await inject("GET", `/api/v1/forums/${forumId}/check-in/bundle`, other.organiser));
  });


  it("races withdraw vs assign/decide", async () => {
    const db = t.ctx.database.db;
    let broken = 0;
    const pav = (await inject("POST", `/api/v1/forums/${other.forumId}/pavilions`, other.organiser, { name: { en: "P" }, kind: "thematic", color: "#112233" })).json().id;
    for (let i = 0; i < 40; i++) {
      const cookie = await signUp(t, `race${i}@example.org`);
      const org = (await createOrganization(t, cookie, { legalName: { en: `Race ${i}` }, country: "TJ" })).id;
      const app = await inject("POST", `/api/v1/forums/${other.forumId}/applications`, cookie, { organizationId: org, kind: "pavilion_place", pavilionId: pav, requestedArea: 9 });
      if (app.statusCode !== 201) { log("apply failed", app); continue; }
      const id = app.json().id;
      const j = Math.floor(i / 2);
      const target = i % 2 ? inject("PUT", `/api/v1/applications/${id}/booth`, other.organiser, { boothId: otherBooths[i % 5].id })
        : inject("POST", `/api/v1/applications/${id}/decision`, other.organiser, { status: "approved", boothId: otherBooths[i % 5].id });
      const [a, w] = await Promise.all([target, ticks(j).then(() => inject("POST", `/api/v1/applications/${id}/withdraw`, cookie))]);
      const final = (await inject("GET", `/api/v1/applications/${id}`, other.organiser)).json();
      console.log("race", i, a.statusCode, w.statusCode, final.status, final.booth?.number ?? null);
      if ((final.status === "withdrawn" && final.booth) || (w.statusCode === 200 && final.status !== "withdrawn")) broken++;
      await inject("PUT", `/api/v1/applications/${id}/booth`, other.organiser, { boothId: null });
      void db;
    }
    console.log("broken", broken);
  });


  it("round3", async () => {
    const sess = (i: number) => inject("POST", `/api/v1/forums/${forumId}/programme`, organiser, { title: { en: `S${i}` }, room: "Hall 1", startsAt: "2031-07-09T10:00:00+05:00", endsAt: "2031-07-09T11:00:00+05:00", language: "en" });
    const results = await Promise.all(Array.from({ length: 8 }, (_, i) => sess(i)));
    console.log("session race", results.map((r) => r.statusCode).join(","));
    const sid = results.find((r) => r.statusCode === 201)!.json().id;
    log("other patches session", await inject("PATCH", `/api/v1/sessions/${sid}`, other.organiser, { room: "X" }));
    const [v] = await registerVisitors(t.ctx.database.db, t.ctx, forumId, 1);
    const now = new Date().toISOString();
    log("scan other forum token", await inject("POST", `/api/v1/forums/${other.forumId}/check-ins`, other.organiser, { scans: [{ scanId: randomUUID(), token: v.token, scannedAt: now }] }));
    log("scan other forum code", await inject("POST", `/api/v1/forums/${other.forumId}/check-ins`, other.organiser, { scans: [{ scanId: randomUUID(), code: v.code, scannedAt: now }] }));
    log("other patches registration", await inject("PATCH", `/api/v1/registrations/${v.id}`, other.organiser, { cancelled: true }));
    log("other deletes registration", await inject("DELETE", `/api/v1/registrations/${v.id}`, other.organiser));
    log("other badge", await inject("GET", `/api/v1/registrations/${v.id}/badge.pdf`, other.organiser));
    log("door badge", await inject("GET", `/api/v1/registrations/${v.id}/badge.pdf`, door));
    // hall save race
    const h1 = (await inject("POST", `/api/v1/forums/${forumId}/halls`, organiser, { name: { en: "H1" }, width: 20, height: 20, entrances: [{ x: 0, y: 0 }] })).json().id;
    const h2 = (await inject("POST", `/api/v1/forums/${forumId}/halls`, organiser, { name: { en: "H2" }, width: 20, height: 20, entrances: [{ x: 0, y: 0 }] })).json().id;
    const plan = { width: 20, height: 20, entrances: [{ x: 0, y: 0 }], booths: [{ number: "Z-1", x: 5, y: 5, width: 3, height: 3 }] };
    const [r1, r2] = await Promise.all([inject("PUT", `/api/v1/halls/${h1}/plan`, organiser, plan), inject("PUT", `/api/v1/halls/${h2}/plan`, organiser, plan)]);
    log("hall race 1", r1); log("hall race 2", r2);
    log("deviceId nul", await inject("POST", `/api/v1/forums/${forumId}/check-ins`, door, { scans: [{ scanId: randomUUID(), code: v.code, scannedAt: now, deviceId: "a\u0000b" }] }));
    log("forum patch moves dates", await inject("PATCH", `/api/v1/forums/${forumId}`, organiser, { startsOn: "2031-08-01", endsOn: "2031-08-02" }));
    log("programme after", await inject("GET", `/api/v1/forums/${forumId}/programme`));
  });


  it("hall delete race", async () => {
    let broken = 0;
    for (let i = 0; i < 30; i++) {
      const cookie = await signUp(t, `hd${i}@example.org`);
      const org = (await createOrganization(t, cookie, { legalName: { en: `HD ${i}` }, country: "TJ" })).id;
      const h = (await inject("POST", `/api/v1/forums/${forumId}/halls`, organiser, { name: { en: `HD${i}` }, width: 20, height: 20, entrances: [{ x: 0, y: 0 }] })).json().id;
      const saved = (await inject("PUT", `/api/v1/halls/${h}/plan`, organiser, { width: 20, height: 20, entrances: [{ x: 0, y: 0 }], booths: [{ number: `HD-${i}`, x: 5, y: 5, width: 3, height: 3 }] })).json();
      const boothId = saved.booths[0].id;
      const j = i % 10;
      const [a, d] = await Promise.all([
        inject("POST", `/api/v1/forums/${forumId}/applications`, cookie, { organizationId: org, kind: "booth", boothId }),
        ticks(j).then(() => inject("DELETE", `/api/v1/halls/${h}`, organiser)),
      ]);
      const app = a.statusCode === 201 ? (await inject("GET", `/api/v1/applications/${a.json().id}`, cookie)).json() : null;
      console.log("hd", i, a.statusCode, d.statusCode, app?.booth?.number ?? null);
      if (a.statusCode === 201 && d.statusCode === 204) broken++;
    }
    console.log("hd broken", broken);
  });

  it("draft forum", async () => {
    const draft = await createForum(t, organiser, organizerId, { status: "draft" });
    for (const url of ["", "/programme", "/exhibitors", "/floor-plan"]) log(`anon draft ${url}`, await inject("GET", `/api/v1/forums/${draft.id}${url}`));
    log("register draft", await inject("POST", `/api/v1/forums/${draft.id}/registrations`, stranger, { fullName: "Abc Def", email: "x@example.org", country: "TJ" }));
  });
});

function base(org: string) {
  return {
    name: { en: "F" },
    startsOn: "2031-07-09",
    endsOn: "2031-07-11",
    timeZone: "Asia/Dushanbe",
    venue: { name: { en: "V" }, city: "Dushanbe", country: "TJ" },
    organizerOrganizationId: org,
  };
}

async function ticks(n: number) {
  for (let k = 0; k < n; k++) await new Promise((r) => setImmediate(r));
}
