import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { TAgenda, TScheduleRun } from "../../../../contracts/matchmaking";
import {
  addCompany,
  addParticipant,
  type Company,
  type MatchmakingForum,
  mailsTo,
  meetingBetween,
  setUpMatchmaking,
} from "../../../testing/matchmaking-fixtures";
import { createTestApp, type TestApp } from "../../../testing/test-app";
import { publishRun, runScheduler, waitForJob } from "./schedule.test-support";

let t: TestApp;
let forum: MatchmakingForum;
let silk: Company;
let kazan: Company;
let fund: Company;
let looms: Company; // exhibitor at A-01: its meetings are at its booth
let idle: Company; // takes part, no meetings yet
let outsider: Company; // not taking part
const meetings: Record<string, string> = {};

beforeAll(async () => {
  t = await createTestApp();
  forum = await setUpMatchmaking(t);
  silk = await addParticipant(t, forum, "Tajik Silk", "buyer");
  kazan = await addParticipant(t, forum, "Kazan Textiles", "buyer", { country: "RU", region: "RU-TA" });
  fund = await addParticipant(t, forum, "Silk Road Fund", "investor", { country: "KZ" });
  looms = await addParticipant(t, forum, "Khujand Looms", "exhibitor", { boothId: forum.booths[0].id });
  idle = await addParticipant(t, forum, "Quiet Trading", "buyer");
  outsider = await addCompany(t, "Outsider Ltd");
  meetings.silkKazan = (await meetingBetween(t, forum.forumId, silk, kazan)).meetingId;
  meetings.silkFund = (await meetingBetween(t, forum.forumId, silk, fund)).meetingId;
  meetings.kazanFund = (await meetingBetween(t, forum.forumId, kazan, fund)).meetingId;
  meetings.silkLooms = (await meetingBetween(t, forum.forumId, silk, looms)).meetingId;
});
afterAll(() => t.close());

const schedule = (cookie: string, payload: unknown = { timeLimitSeconds: 1 }) =>
  t.app.inject({ method: "POST", url: `/api/v1/forums/${forum.forumId}/schedule`, headers: { cookie }, payload: payload as object });
const latest = (cookie = forum.organiser) => t.app.inject({ url: `/api/v1/forums/${forum.forumId}/schedule-runs/latest`, headers: { cookie } });
const agendaOf = async (company: Company) => {
  const res = await t.app.inject({ url: `/api/v1/forums/${forum.forumId}/agenda?participant=${company.organizationId}`, headers: { cookie: company.cookie } });
  expect(res.statusCode, res.body).toBe(200);
  return res.json() as TAgenda;
};
const meetingRow = (id: string) => t.ctx.database.db.query.meeting.findFirst({ where: (m, { eq }) => eq(m.id, id) });
const assignmentOf = (run: TScheduleRun, meetingId: string) => run.assignments.find((a) => a.meetingId === meetingId)!;

describe("who may schedule", () => {
  it("refuses participants and outsiders, and starts nothing", async () => {
    for (const who of [silk, outsider]) {
      const res = await schedule(who.cookie);
      expect(res.statusCode, res.body).toBe(403);
      expect(res.json().code).toBe("forbidden");
      expect((await latest(who.cookie)).statusCode).toBe(403);
    }
    expect((await latest()).statusCode).toBe(404);
  });

  it("names the field of bad input", async () => {
    const res = await schedule(forum.organiser, { fairness: -1, timeLimitSeconds: 1 });
    expect(res.statusCode).toBe(400);
    expect(res.json().errors.map((e: { field: string }) => e.field)).toEqual(["fairness"]);
    const extra = await schedule(forum.organiser, { timeLimitSeconds: 1, colour: "red" });
    expect(extra.statusCode).toBe(400);
    expect((await latest()).statusCode).toBe(404);
  });
});

describe("a schedule from accepted requests to both agendas", () => {
  let run: TScheduleRun;

  it("runs as a job whose progress can be followed, and leaves a draft with a clean review", async () => {
    const started = await schedule(forum.organiser, { fairness: 1, timeLimitSeconds: 1 });
    expect(started.statusCode, started.body).toBe(202);
    const { runId, jobId } = started.json();
    const job = await waitForJob(t, forum.organiser, jobId);
    expect(job).toMatchObject({ status: "done", done: 100, total: 100 });
    run = (await latest()).json();
    expect(run).toMatchObject({ id: runId, jobId, status: "draft", fairness: 1, publishedAt: null });
    expect(run.review).toMatchObject({ mode: "all", meetings: 4, scheduled: 4, unscheduled: 0, conflicts: [], upperBound: null });
    expect(run.review?.spread).toBeLessThanOrEqual(1);
    expect(run.review?.participantsWithoutMeetings).toEqual([{ organizationId: idle.organizationId, name: "Quiet Trading" }]);
    expect(run.review?.tableLoad).toHaveLength(12);
    const load = run.review!.tableLoad.reduce((sum, slot) => ({ tables: sum.tables + slot.tables, booth: sum.booth + slot.booth }), { tables: 0, booth: 0 });
    expect(load).toEqual({ tables: 3, booth: 1 });
    const booth = assignmentOf(run, meetings.silkLooms);
    expect(booth).toMatchObject({ place: "booth", tableNumber: null, hostName: "Khujand Looms", guestName: "Tajik Silk", locked: false });
    for (const id of [meetings.silkKazan, meetings.silkFund, meetings.kazanFund]) {
      expect(assignmentOf(run, id)).toMatchObject({ place: "table", locked: false });
      expect(assignmentOf(run, id).tableNumber).toBeGreaterThanOrEqual(1);
    }
    // A draft changes no meeting.
    expect((await meetingRow(meetings.silkKazan))?.startsAt).toBeNull();
  });

  it("publishes the draft: meetings get time and table, each side is e-mailed once", async () => {
    const res = await publishRun(t, forum, run.id);
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toEqual({ published: 4, notified: 4 });
    const row = await meetingRow(meetings.silkKazan);
    const assigned = assignmentOf(run, meetings.silkKazan);
    expect(row?.startsAt?.toISOString()).toBe(assigned.startsAt);
    expect(row?.tableNumber).toBe(assigned.tableNumber);
    expect(row?.publishedAt).not.toBeNull();
    const mails = await mailsTo(t, silk.email);
    const schedule = mails.filter((m) => m.subject === "Your meetings at Joint Industrial Exhibition");
    expect(schedule).toHaveLength(1);
    expect(schedule[0].text).toContain("Kazan Textiles");
    expect(schedule[0].text).toContain(`Table ${assigned.tableNumber}, Meeting area B`);
    expect(schedule[0].text).toContain("Booth A-01, Hall A");
    expect(schedule[0].text).toContain("/agenda.ics?participant=");
    expect((await latest()).json()).toMatchObject({ id: run.id, status: "published" });
  });

  it("shows the meeting with its table in both sides' agendas", async () => {
    const assigned = assignmentOf(run, meetings.silkKazan);
    for (const side of [silk, kazan]) {
      const agenda = await agendaOf(side);
      const meeting = agenda.meetings.find((m) => m.id === meetings.silkKazan);
      expect(meeting).toMatchObject({ startsAt: assigned.startsAt, tableNumber: assigned.tableNumber, place: "table" });
      expect(meeting?.placeLabel?.en).toBe(`Table ${assigned.tableNumber}, Meeting area B`);
      expect(agenda.unscheduled).toEqual([]);
      expect(agenda.meetings.map((m) => m.startsAt)).toEqual([...agenda.meetings.map((m) => m.startsAt)].sort());
    }
    expect((await agendaOf(silk)).meetings).toHaveLength(3);
  });

  it("publishes a draft only once", async () => {
    const res = await publishRun(t, forum, run.id);
    expect(res.statusCode).toBe(409);
    expect(res.json().code).toBe("schedule_not_draft");
  });
});

describe("re-running after publication", () => {
  it("keeps published meetings where they are and places the new one", async () => {
    const before = (await latest()).json() as TScheduleRun;
    meetings.kazanIdle = (await meetingBetween(t, forum.forumId, idle, kazan)).meetingId;
    const run = await runScheduler(t, forum);
    expect(run.review?.conflicts).toEqual([]);
    for (const id of [meetings.silkKazan, meetings.silkFund, meetings.kazanFund, meetings.silkLooms]) {
      const { startsAt, tableNumber } = assignmentOf(before, id);
      expect(assignmentOf(run, id)).toMatchObject({ startsAt, tableNumber, locked: true });
    }
    expect(assignmentOf(run, meetings.kazanIdle)).toMatchObject({ locked: false });
    expect(assignmentOf(run, meetings.kazanIdle).startsAt).not.toBeNull();
    const res = await publishRun(t, forum, run.id);
    expect(res.json()).toEqual({ published: 5, notified: 2 }); // only Kazan and Quiet Trading have news
  });

  it("refuses a draft made before the meetings changed, and changes nothing", async () => {
    const run = await runScheduler(t, forum);
    meetings.fundIdle = (await meetingBetween(t, forum.forumId, idle, fund)).meetingId;
    const res = await publishRun(t, forum, run.id);
    expect(res.statusCode).toBe(409);
    expect(res.json().code).toBe("schedule_stale");
    expect((await meetingRow(meetings.fundIdle))?.startsAt).toBeNull();
    expect((await latest()).json()).toMatchObject({ id: run.id, status: "draft" });
  });

  it("refuses a draft made before a side said it cannot meet at the planned time", async () => {
    const run = await runScheduler(t, forum);
    const planned = assignmentOf(run, meetings.fundIdle).startsAt!;
    const marked = await t.app.inject({
      method: "PUT",
      url: `/api/v1/forums/${forum.forumId}/participants/${idle.organizationId}/unavailability`,
      headers: { cookie: idle.cookie },
      payload: { slots: [planned] },
    });
    expect(marked.statusCode, marked.body).toBe(200);
    const res = await publishRun(t, forum, run.id);
    expect(res.json().code).toBe("schedule_stale");
  });

  it("discards the earlier drafts when one is published", async () => {
    const first = await runScheduler(t, forum);
    const second = await runScheduler(t, forum);
    expect(second.review?.conflicts).toEqual([]);
    expect((await publishRun(t, forum, second.id)).statusCode).toBe(200);
    const again = await t.app.inject({ url: `/api/v1/forums/${forum.forumId}/schedule-runs/${first.id}`, headers: { cookie: forum.organiser } });
    expect(again.json().status).toBe("discarded");
    expect((await publishRun(t, forum, first.id)).json().code).toBe("schedule_not_draft");
  });

  it("lets no one but the organisers read or publish a run", async () => {
    const run = await runScheduler(t, forum);
    for (const who of [silk, outsider]) {
      expect((await t.app.inject({ url: `/api/v1/forums/${forum.forumId}/schedule-runs/${run.id}`, headers: { cookie: who.cookie } })).statusCode).toBe(403);
      expect((await publishRun(t, forum, run.id, who.cookie)).statusCode).toBe(403);
    }
    expect((await latest()).json()).toMatchObject({ id: run.id, status: "draft" });
  });
});

describe("when not everything fits", () => {
  it("schedules the most valuable meetings and says what share of the best possible it reached", async () => {
    const small = await setUpMatchmaking(t, {
      organiserEmail: "small@expo.example",
      settings: { tables: 1, boothMeetings: false, sessions: [{ date: "2031-07-09", start: "10:00", end: "11:00", label: {} }] },
    });
    const [a, b, c, d, e, f] = await Promise.all(["A", "B", "C", "D", "E", "F"].map((n) => addParticipant(t, small, `Pair ${n}`, "buyer")));
    for (const [x, y] of [
      [a, b],
      [c, d],
      [e, f],
    ]) {
      await meetingBetween(t, small.forumId, x, y);
    }
    const run = await runScheduler(t, small);
    expect(run.review).toMatchObject({ mode: "most-valuable", meetings: 3, scheduled: 2, unscheduled: 1, conflicts: [] });
    expect(run.review?.upperBound).toBeGreaterThan(0);
    expect(run.review?.shareOfBound).toBeGreaterThan(0.5);
    expect(run.assignments.filter((x) => x.startsAt === null)).toHaveLength(1);
    expect((await publishRun(t, small, run.id)).json()).toEqual({ published: 2, notified: 4 });
  });

  it("refuses to start without meeting slots or meetings", async () => {
    const empty = await setUpMatchmaking(t, { organiserEmail: "empty@expo.example", settings: { sessions: [] } });
    const res = await t.app.inject({ method: "POST", url: `/api/v1/forums/${empty.forumId}/schedule`, headers: { cookie: empty.organiser } });
    expect(res.statusCode).toBe(409);
    expect(res.json().code).toBe("no_meeting_slots");
    const quiet = await setUpMatchmaking(t, { organiserEmail: "quiet@expo.example" });
    const none = await t.app.inject({ method: "POST", url: `/api/v1/forums/${quiet.forumId}/schedule`, headers: { cookie: quiet.organiser } });
    expect(none.json().code).toBe("nothing_to_schedule");
  });
});
