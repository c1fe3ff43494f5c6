import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { setUpForum } from "../../../testing/expo-fixtures";
import { addCompany, matchmakingSettingsInput, slotStart } from "../../../testing/matchmaking-fixtures";
import { createTestApp, type TestApp } from "../../../testing/test-app";

let t: TestApp;
let organiser: string;
let forumId: string;

beforeAll(async () => {
  t = await createTestApp();
  ({ organiser, forumId } = await setUpForum(t));
});
afterAll(() => t.close());

const read = (cookie?: string) => t.app.inject({ url: `/api/v1/forums/${forumId}/matchmaking`, headers: cookie ? { cookie } : {} });
const save = (cookie: string, overrides: Record<string, unknown> = {}) =>
  t.app.inject({ method: "PUT", url: `/api/v1/forums/${forumId}/matchmaking`, headers: { cookie }, payload: matchmakingSettingsInput(overrides) });

describe("matchmaking settings", () => {
  it("shows the defaults to anyone before the organisers save anything", async () => {
    const response = await read();
    expect(response.statusCode).toBe(200);
    expect(response.json()).toEqual({
      forumId,
      requestsOpen: true,
      requestExpiryHours: 72,
      slotMinutes: 30,
      sessions: [],
      tables: 20,
      meetingArea: {},
      boothMeetings: true,
      onlineMeetings: false,
      videoLinkTemplate: null,
      receiveCaps: {},
      mayRequest: {},
      crossBorderWeight: 0.5,
      slots: [],
    });
  });

  it("lets organisers save sessions and returns the slots they give in venue time", async () => {
    const response = await save(organiser, { receiveCaps: { exhibitor: 5 }, mayRequest: { trade_visitor: ["exhibitor"] } });
    expect(response.statusCode, response.body).toBe(200);
    const settings = response.json();
    expect(settings.slots).toHaveLength(12);
    expect(settings.slots.map((s: { startsAt: string }) => s.startsAt)).toEqual(Array.from({ length: 12 }, (_, i) => slotStart(i)));
    expect(settings.slots[4]).toMatchObject({ index: 4, session: 1, endsAt: "2031-07-09T09:30:00.000Z" });
    expect(settings).toMatchObject({ receiveCaps: { exhibitor: 5 }, mayRequest: { trade_visitor: ["exhibitor"] } });
    expect((await read()).json()).toEqual(settings);
  });

  it("refuses sessions outside the forum's days or overlapping another, naming the session, and keeps what was stored", async () => {
    const before = (await read()).json();
    const outside = await save(organiser, { sessions: [{ date: "2031-07-12", start: "10:00", end: "12:00" }], tables: 3 });
    expect(outside.statusCode).toBe(400);
    expect(outside.json().errors).toEqual([{ field: "sessions.0.date", message: expect.stringContaining("2031-07-09") }]);
    const overlapping = await save(organiser, {
      sessions: [
        { date: "2031-07-09", start: "10:00", end: "12:00" },
        { date: "2031-07-10", start: "10:00", end: "12:00" },
        { date: "2031-07-09", start: "11:30", end: "13:00" },
      ],
      tables: 3,
    });
    expect(overlapping.statusCode).toBe(400);
    expect(overlapping.json().errors.map((e: { field: string }) => e.field)).toEqual(["sessions.2.start"]);
    const backwards = await save(organiser, { sessions: [{ date: "2031-07-09", start: "12:00", end: "10:00" }] });
    expect(backwards.json().errors.map((e: { field: string }) => e.field)).toEqual(["sessions.0.end"]);
    const noLink = await save(organiser, { onlineMeetings: true, videoLinkTemplate: null });
    expect(noLink.json().errors.map((e: { field: string }) => e.field)).toEqual(["videoLinkTemplate"]);
    expect((await read()).json()).toEqual(before);
  });

  it("lets only the forum's organisers change the settings", async () => {
    const stranger = await addCompany(t, "Stranger Trading");
    const response = await save(stranger.cookie, { tables: 1 });
    expect(response.statusCode).toBe(403);
    expect((await t.app.inject({ method: "PUT", url: `/api/v1/forums/${forumId}/matchmaking`, payload: matchmakingSettingsInput() })).statusCode).toBe(401);
    expect((await read()).json().tables).toBe(20);
  });

  it("hides a draft forum's settings from everyone but its organisers", async () => {
    const draft = await t.app.inject({ method: "PATCH", url: `/api/v1/forums/${forumId}`, headers: { cookie: organiser }, payload: { status: "draft" } });
    expect(draft.statusCode, draft.body).toBe(200);
    expect((await read()).statusCode).toBe(404);
    expect((await read(organiser)).statusCode).toBe(200);
  });
});
