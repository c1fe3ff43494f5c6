import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { TAgenda, TDeal } from "../../../../contracts/cooperation";
import { addCompany, type Company, mailsTo } from "../../../testing/matchmaking-fixtures";
import { inflatePdf } from "../../../testing/pdf-inflate";
import { readPdf } from "../../../testing/pdf-reader";
import { createTestApp, type TestApp } from "../../../testing/test-app";
import { seedDemoTrade } from "../../trade";
import { sendDueReminders } from "./commitment-reminders";

let t: TestApp;
let ministry: Company;
let reeler: Company;
let atelier: Company;
let outsider: Company;
let agenda: TAgenda;

const call = async (method: "GET" | "POST" | "PATCH" | "DELETE", url: string, cookie?: string, payload?: Record<string, unknown>) => {
  const response = await t.app.inject({ method, url, headers: cookie ? { cookie } : {}, payload });
  return { status: response.statusCode, body: response.body ? response.json() : null };
};

beforeAll(async () => {
  t = await createTestApp();
  await seedDemoTrade(t.ctx);
  ministry = await addCompany(t, "Ministry of Industry and New Technologies", { country: "TJ" });
  reeler = await addCompany(t, "Khujand Silk Reeling", { country: "TJ", region: "TJ-SU" });
  atelier = await addCompany(t, "Kazan Silk Manufactory", { country: "RU", region: "RU-TA" });
  outsider = await addCompany(t, "Bishkek Felt Works", { country: "KG" });
}, 120_000);
afterAll(() => t.close());

describe("cooperation agendas", () => {
  it("is started by an official's organisation and read by anyone", async () => {
    const created = await call("POST", "/api/v1/agendas", ministry.cookie, {
      a: "TJ",
      b: "RU-TA",
      title: { en: "Tajikistan–Tatarstan cooperation", ru: "Сотрудничество Таджикистана и Татарстана" },
      priorityAreas: ["industry", "textiles", "pharmaceuticals", "education"],
      keepers: [ministry.organizationId],
    });
    expect(created.status).toBe(201);
    agenda = created.body as TAgenda;
    expect(agenda).toMatchObject({ editable: true, keepers: [{ id: ministry.organizationId }] });
    const anonymous = await call("GET", `/api/v1/agendas/${agenda.id}`);
    expect(anonymous.status).toBe(200);
    expect((anonymous.body as TAgenda).editable).toBe(false);
    expect((await call("GET", "/api/v1/agendas")).body.items.map((a: TAgenda) => a.id)).toContain(agenda.id);
  });

  it("is changed only by its keepers, and refuses bad input naming the field", async () => {
    expect((await call("POST", `/api/v1/agendas/${agenda.id}/meetings`, outsider.cookie, { date: "2024-10-15", place: "Kazan" })).status).toBe(403);
    const badDate = await call("POST", `/api/v1/agendas/${agenda.id}/commitments`, ministry.cookie, { title: "x", owner: "y", dueDate: "2025-02-30" });
    expect(badDate.status).toBe(400);
    expect(badDate.body.errors.map((e: { field: string }) => e.field)).toContain("dueDate");
    const same = await call("POST", "/api/v1/agendas", ministry.cookie, { a: "TJ", b: "TJ", title: { en: "x" }, keepers: [ministry.organizationId] });
    expect(same.body.errors.map((e: { field: string }) => e.field)).toContain("b");
    const notMine = await call("POST", "/api/v1/agendas", outsider.cookie, { a: "TJ", b: "KG", title: { en: "x" }, keepers: [ministry.organizationId] });
    expect(notMine.body.errors.map((e: { field: string }) => e.field)).toContain("keepers");
  });

  it("keeps meetings, commitments and targets, with turnover actuals from the trade statistics beside the reported figure", async () => {
    await call("POST", `/api/v1/agendas/${agenda.id}/meetings`, ministry.cookie, {
      date: "2024-10-15",
      place: "Kazan",
      participants: "Heads of government",
      decisions: "Joint enterprises to process raw materials",
    });
    await call("POST", `/api/v1/agendas/${agenda.id}/commitments`, ministry.cookie, {
      title: "Open a silk yarn joint enterprise",
      area: "textiles",
      owner: "Ministry of Industry",
      dueDate: "2020-12-31",
    });
    const withTarget = await call("POST", `/api/v1/agendas/${agenda.id}/targets`, ministry.cookie, {
      kind: "turnover_usd",
      year: 2024,
      target: 100e6,
      reported: 77.3e6,
      source: "trt-tv.ru",
    });
    expect(withTarget.status).toBe(201);
    const view = withTarget.body as TAgenda;
    expect(view.meetings[0]).toMatchObject({ date: "2024-10-15", place: "Kazan" });
    expect(view.commitments[0]).toMatchObject({ overdue: true, status: "planned", dealCount: 0 });
    const [turnover] = view.targets;
    expect(turnover.actualSource).toMatch(/synthetic/i);
    expect((turnover.actual ?? 0) / 77.3e6).toBeGreaterThan(0.85);
    expect(turnover.progress).toBeCloseTo((turnover.actual ?? 0) / 100e6, 10);
  });

  it("shows the joint venture that serves a commitment to those who may see it, and counts it once agreed", async () => {
    const created = await call("POST", "/api/v1/deals", reeler.cookie, {
      kind: "joint_venture",
      title: { en: "Silk yarn JV" },
      parties: [reeler.organizationId, atelier.organizationId],
      stage: "talks",
    });
    const deal = created.body as TDeal;
    const commitment = agenda.id && (await call("GET", `/api/v1/agendas/${agenda.id}`)).body.commitments[0].id;
    expect((await call("POST", `/api/v1/commitments/${commitment}/deals`, outsider.cookie, { dealId: deal.id })).status).toBe(404);
    expect((await call("POST", `/api/v1/commitments/${commitment}/deals`, reeler.cookie, { dealId: deal.id })).status).toBe(201);
    await call("POST", `/api/v1/agendas/${agenda.id}/targets`, ministry.cookie, { kind: "joint_enterprises", year: new Date().getUTCFullYear(), target: 3 });
    const party = (await call("GET", `/api/v1/agendas/${agenda.id}`, atelier.cookie)).body as TAgenda;
    expect(party.commitments[0].deals.map((d) => d.id)).toEqual([deal.id]);
    const official = (await call("GET", `/api/v1/agendas/${agenda.id}`, ministry.cookie)).body as TAgenda;
    expect(official.commitments[0]).toMatchObject({ deals: [], dealCount: 1 });
    expect(official.targets.find((x) => x.kind === "joint_enterprises")?.actual).toBe(0);
    await call("PATCH", `/api/v1/deals/${deal.id}`, atelier.cookie, { stage: "agreement" });
    const agreed = (await call("GET", `/api/v1/agendas/${agenda.id}`)).body as TAgenda;
    expect(agreed.targets.find((x) => x.kind === "joint_enterprises")).toMatchObject({ actual: 1, actualSource: "deals" });
    const done = await call("PATCH", `/api/v1/commitments/${commitment}`, ministry.cookie, { status: "done" });
    expect((done.body as TAgenda).commitments[0]).toMatchObject({ status: "done", overdue: false });
  });

  it("reminds the owners of overdue and soon-due commitments by e-mail, when a keeper asks", async () => {
    const soon = new Date(Date.now() + 10 * 86_400_000).toISOString().slice(0, 10);
    await call("POST", `/api/v1/agendas/${agenda.id}/commitments`, ministry.cookie, {
      title: "Scholarship quota agreed",
      owner: "Ministry of Education",
      ownerEmail: "scholarships@edu.example",
      dueDate: soon,
    });
    await call("POST", `/api/v1/agendas/${agenda.id}/commitments`, ministry.cookie, {
      title: "Second forum in Kazan",
      owner: "Expo",
      ownerEmail: "expo@expo.example",
      dueDate: "2099-01-01",
    });
    expect((await call("POST", `/api/v1/agendas/${agenda.id}/reminders`, outsider.cookie)).status).toBe(403);
    const sent = await call("POST", `/api/v1/agendas/${agenda.id}/reminders`, ministry.cookie);
    expect(sent.body).toEqual({ sent: 1 });
    const [mail] = await mailsTo(t, "scholarships@edu.example");
    expect(mail.subject).toBe("Due soon: Scholarship quota agreed");
    expect(mail.text).toContain("Tajikistan–Tatarstan cooperation");
    expect(await mailsTo(t, "expo@expo.example")).toEqual([]);
  });

  it("reminds owners in a daily round, each commitment at most once a week", async () => {
    const today = new Date().toISOString().slice(0, 10);
    const inDays = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);
    // The keeper's reminder above counts: nobody is written to again the same week.
    expect(await sendDueReminders(t.ctx, today)).toEqual({ sent: 0 });
    expect(await sendDueReminders(t.ctx, inDays(6))).toEqual({ sent: 0 });
    expect(await sendDueReminders(t.ctx, inDays(7))).toEqual({ sent: 1 });
    expect(await sendDueReminders(t.ctx, inDays(8))).toEqual({ sent: 0 });
    // Two servers running the same round at once send one reminder between them.
    const [first, second] = await Promise.all([sendDueReminders(t.ctx, inDays(14)), sendDueReminders(t.ctx, inDays(14))]);
    expect(first.sent + second.sent).toBe(1);
    expect((await mailsTo(t, "scholarships@edu.example")).length).toBe(3);
  });

  it("prints the roadmap in the reader's language", async () => {
    const response = await t.app.inject({ url: `/api/v1/agendas/${agenda.id}/roadmap.pdf?lang=tg` });
    expect(response.statusCode).toBe(200);
    expect(response.headers["content-type"]).toBe("application/pdf");
    const text = readPdf(inflatePdf(response.rawPayload))
      .pages.flatMap((page) => page.text)
      .join(" ");
    for (const word of ["Харитаи", "ҳамкорӣ", "Open", "yarn", "Саноати", "нассоҷӣ", "Kazan"]) expect(text).toContain(word);
  });

  it("lets the keepers correct or remove a meeting, commitment or target, and nobody else", async () => {
    const before = (await call("GET", `/api/v1/agendas/${agenda.id}`)).body as TAgenda;
    const [meeting] = before.meetings;
    const commitment = before.commitments.find((c) => c.title === "Second forum in Kazan");
    const [target] = before.targets;
    if (!commitment) throw new Error("the commitment added above is missing");

    const moved = await call("PATCH", `/api/v1/agenda-meetings/${meeting.id}`, ministry.cookie, { place: "Kazan Kremlin" });
    expect(moved.status).toBe(200);
    expect((moved.body as TAgenda).meetings.find((m) => m.id === meeting.id)?.place).toBe("Kazan Kremlin");
    const retargeted = await call("PATCH", `/api/v1/agenda-targets/${target.id}`, ministry.cookie, { target: 123, source: "Corrected" });
    expect((retargeted.body as TAgenda).targets.find((x) => x.id === target.id)).toMatchObject({ target: 123, source: "Corrected" });
    const renamed = await call("PATCH", `/api/v1/agendas/${agenda.id}`, ministry.cookie, { priorityAreas: ["textiles"] });
    expect((renamed.body as TAgenda).priorityAreas).toEqual(["textiles"]);

    // Bad input names the field and changes nothing; others are refused.
    const empty = await call("PATCH", `/api/v1/agenda-meetings/${meeting.id}`, ministry.cookie, { place: "" });
    expect(empty.body.errors.map((e: { field: string }) => e.field)).toContain("place");
    const negative = await call("PATCH", `/api/v1/agenda-targets/${target.id}`, ministry.cookie, { target: -1 });
    expect(negative.body.errors.map((e: { field: string }) => e.field)).toContain("target");
    for (const [method, url] of [
      ["PATCH", `/api/v1/agenda-meetings/${meeting.id}`],
      ["DELETE", `/api/v1/agenda-meetings/${meeting.id}`],
      ["DELETE", `/api/v1/commitments/${commitment.id}`],
      ["DELETE", `/api/v1/agenda-targets/${target.id}`],
      ["DELETE", `/api/v1/agendas/${agenda.id}`],
    ] as const) {
      expect((await call(method, url, outsider.cookie, method === "PATCH" ? { place: "Nowhere" } : undefined)).status, `${method} ${url}`).toBe(403);
    }
    expect((await call("DELETE", `/api/v1/agenda-targets/missing-target`, ministry.cookie)).status).toBe(404);
    const unchanged = (await call("GET", `/api/v1/agendas/${agenda.id}`)).body as TAgenda;
    expect(unchanged.meetings.find((m) => m.id === meeting.id)?.place).toBe("Kazan Kremlin");
    expect(unchanged.commitments.map((c) => c.id)).toContain(commitment.id);

    const removed = await call("DELETE", `/api/v1/commitments/${commitment.id}`, ministry.cookie);
    expect((removed.body as TAgenda).commitments.map((c) => c.id)).not.toContain(commitment.id);
    const noMeeting = await call("DELETE", `/api/v1/agenda-meetings/${meeting.id}`, ministry.cookie);
    expect((noMeeting.body as TAgenda).meetings.map((m) => m.id)).not.toContain(meeting.id);
  });

  it("is removed whole by a keeper", async () => {
    const spare = await call("POST", "/api/v1/agendas", ministry.cookie, {
      a: "TJ",
      b: "KG",
      title: { en: "Spare agenda" },
      keepers: [ministry.organizationId],
    });
    await call("POST", `/api/v1/agendas/${spare.body.id}/commitments`, ministry.cookie, { title: "Something", owner: "Someone", dueDate: "2030-01-01" });
    expect((await call("DELETE", `/api/v1/agendas/${spare.body.id}`, ministry.cookie)).status).toBe(204);
    expect((await call("GET", `/api/v1/agendas/${spare.body.id}`)).status).toBe(404);
  });
});
