import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { TAgenda } from "../../../../contracts/matchmaking";
import {
  addCompany,
  addParticipant,
  type Company,
  type MatchmakingForum,
  meetingBetween,
  setUpMatchmaking,
  slotStart,
} from "../../../testing/matchmaking-fixtures";
import { inflatePdf } from "../../../testing/pdf-inflate";
import { readPdf } from "../../../testing/pdf-reader";
import { createTestApp, type TestApp } from "../../../testing/test-app";
import { parseCalendar } from "./ics-reader.test-support";

let t: TestApp;
let forum: MatchmakingForum;
let silk: Company;
let hamkori: Company; // a Tajik name, in Tajik letters
let kazan: Company;
let fund: Company;
let outsider: Company;
const ids: Record<string, string> = {};

const book = async (host: Company, guest: Company, slot: number, place: string) => {
  const res = await t.app.inject({
    method: "POST",
    url: `/api/v1/forums/${forum.forumId}/meetings`,
    headers: { cookie: host.cookie },
    payload: { hostOrganizationId: host.organizationId, guestOrganizationId: guest.organizationId, startsAt: slotStart(slot), place },
  });
  expect(res.statusCode, res.body).toBe(201);
  return res.json().id as string;
};

beforeAll(async () => {
  t = await createTestApp();
  forum = await setUpMatchmaking(t, { settings: { onlineMeetings: true, videoLinkTemplate: "https://meet.example.org/{meeting}" } });
  silk = await addParticipant(t, forum, "Tajik Silk", "buyer");
  hamkori = await addParticipant(t, forum, "Ҷамъияти «Ҳамкорӣ»", "investor", { email: "owner@hamkori.example" });
  kazan = await addParticipant(t, forum, "Kazan Textiles", "buyer", { country: "RU" });
  fund = await addParticipant(t, forum, "Silk Road Fund", "investor", { country: "KZ" });
  outsider = await addCompany(t, "Outsider Ltd");
  ids.hamkori = await book(silk, hamkori, 0, "table");
  ids.fund = await book(silk, fund, 2, "online");
  const cancelled = await t.app.inject({
    method: "POST",
    url: `/api/v1/meetings/${ids.fund}/attendance`,
    headers: { cookie: fund.cookie },
    payload: { attendance: "cancelled" },
  });
  expect(cancelled.statusCode).toBe(200);
  ids.kazan = (await meetingBetween(t, forum.forumId, silk, kazan)).meetingId;
  const marked = await t.app.inject({
    method: "PUT",
    url: `/api/v1/forums/${forum.forumId}/participants/${silk.organizationId}/unavailability`,
    headers: { cookie: silk.cookie },
    payload: { slots: [slotStart(5)] },
  });
  expect(marked.statusCode).toBe(200);
});
afterAll(() => t.close());

const agendaUrl = (company: Company, kind = "agenda") => `/api/v1/forums/${forum.forumId}/${kind}?participant=${company.organizationId}`;
const get = (url: string, headers: Record<string, string> = {}) => t.app.inject({ url, headers });

describe("the agenda", () => {
  let agenda: TAgenda;

  it("lists published meetings in time order, those waiting for the schedule, and the free and unavailable slots", async () => {
    const res = await get(agendaUrl(silk), { cookie: silk.cookie });
    expect(res.statusCode, res.body).toBe(200);
    agenda = res.json();
    expect(agenda).toMatchObject({ forumId: forum.forumId, organizationId: silk.organizationId, timeZone: "Asia/Dushanbe", unavailable: [slotStart(5)] });
    expect(agenda.meetings.map((m) => [m.id, m.startsAt, m.attendance])).toEqual([
      [ids.hamkori, slotStart(0), "planned"],
      [ids.fund, slotStart(2), "cancelled"],
    ]);
    expect(agenda.meetings[0].placeLabel?.en).toBe("Table 1, Meeting area B");
    expect(agenda.meetings[1].videoUrl).toBe(`https://meet.example.org/${ids.fund}`);
    expect(agenda.unscheduled.map((m) => m.id)).toEqual([ids.kazan]);
    const free = agenda.freeSlots.map((s) => s.startsAt);
    expect(free).toHaveLength(10);
    expect(free).not.toContain(slotStart(0));
    expect(free).not.toContain(slotStart(5));
    expect(free).toContain(slotStart(2)); // the cancelled meeting's slot is free again
    expect(agenda.feedUrl).toMatch(
      new RegExp(`^http://localhost:\\d+/api/v1/forums/${forum.forumId}/agenda\\.ics\\?participant=${silk.organizationId}&key=[\\w-]{43}$`),
    );
  });

  it("is for the organisation's members and the organisers only", async () => {
    expect((await get(agendaUrl(silk), { cookie: forum.organiser })).statusCode).toBe(200);
    for (const cookie of [outsider.cookie, kazan.cookie]) expect((await get(agendaUrl(silk), { cookie })).statusCode).toBe(403);
    expect((await get(agendaUrl(silk))).statusCode).toBe(401);
    expect((await get(agendaUrl(outsider), { cookie: outsider.cookie })).statusCode).toBe(404); // not taking part
  });

  it("names the field of a bad query", async () => {
    const res = await get(`/api/v1/forums/${forum.forumId}/agenda?participant=a%20b`, { cookie: silk.cookie });
    expect(res.statusCode).toBe(400);
    expect(res.json().errors[0].field).toBe("participant");
  });

  describe("as a calendar feed", () => {
    const feedPath = () => agenda.feedUrl.replace(/^https?:\/\/[^/]+/, "");

    it("opens with the private key and no cookie, as RFC 5545 text in the venue's zone", async () => {
      const res = await get(feedPath());
      expect(res.statusCode, res.body).toBe(200);
      expect(res.headers["content-type"]).toBe("text/calendar; charset=utf-8");
      const { events, timeZones, lines } = parseCalendar(res.body);
      for (const line of res.body.split("\r\n")) expect(Buffer.byteLength(line, "utf8")).toBeLessThanOrEqual(75);
      expect(lines[0]).toBe("BEGIN:VCALENDAR");
      expect(timeZones).toEqual([{ tzid: "Asia/Dushanbe", components: [{ kind: "STANDARD", dtstart: "19700101T000000", from: "+0500", to: "+0500" }] }]);
      expect(events.map((e) => e.get("UID")?.value)).toEqual([`${ids.hamkori}@hamkori`, `${ids.fund}@hamkori`]);
      const [table, online] = events;
      expect(table.get("DTSTART")).toEqual({ params: { TZID: "Asia/Dushanbe" }, value: "20310709T100000" });
      expect(table.get("DTEND")?.value).toBe("20310709T103000");
      expect(table.get("SUMMARY")?.value).toBe("Meeting with Ҷамъияти «Ҳамкорӣ»");
      expect(table.get("LOCATION")?.value).toBe("Table 1, Meeting area B");
      expect(table.get("STATUS")?.value).toBe("CONFIRMED");
      expect(online.get("STATUS")?.value).toBe("CANCELLED");
      expect(online.get("URL")?.value).toBe(`https://meet.example.org/${ids.fund}`);
    });

    it("speaks the language asked for", async () => {
      const res = await get(`${feedPath()}&lang=ru`);
      expect(parseCalendar(res.body).events[0].get("SUMMARY")?.value).toBe("Встреча: Ҷамъияти «Ҳамкорӣ»");
    });

    it("opens for members without a key, and for no one with a wrong or borrowed key", async () => {
      expect((await get(agendaUrl(silk, "agenda.ics"), { cookie: silk.cookie })).statusCode).toBe(200);
      expect((await get(agendaUrl(silk, "agenda.ics"))).statusCode).toBe(401);
      expect((await get(`${agendaUrl(silk, "agenda.ics")}&key=${"A".repeat(43)}`)).statusCode).toBe(403);
      const kazanKey = (await get(agendaUrl(kazan), { cookie: kazan.cookie })).json().feedUrl.split("key=")[1];
      expect((await get(`${agendaUrl(silk, "agenda.ics")}&key=${kazanKey}`)).statusCode).toBe(403);
      expect((await get(agendaUrl(silk, "agenda.ics"), { cookie: outsider.cookie })).statusCode).toBe(403);
    });
  });

  describe("as a PDF", () => {
    const textOf = (payload: Buffer) =>
      readPdf(inflatePdf(payload))
        .pages.map((page) => page.text.join("\n"))
        .join("\n");

    it("prints the meetings in the reader's language, Tajik letters included", async () => {
      const res = await t.app.inject({ url: `${agendaUrl(hamkori, "agenda.pdf")}&lang=tg`, headers: { cookie: hamkori.cookie } });
      expect(res.statusCode, res.body).toBe(200);
      expect(res.headers["content-type"]).toBe("application/pdf");
      expect(res.headers["content-disposition"]).toMatch(/^inline; filename="agenda-[a-z0-9-]+\.pdf"$/);
      const text = textOf(res.rawPayload);
      for (const words of ["Ҷадвали", "мулоқотҳо", "Ҷамъияти", "«Ҳамкорӣ»", "Tajik", "Silk", "10:00–10:30", "Миз", "Намоишгоҳи"]) expect(text).toContain(words);
      expect(text).not.toContain("\u0000");
    });

    it("takes the language from Accept-Language without lang", async () => {
      const res = await t.app.inject({ url: agendaUrl(silk, "agenda.pdf"), headers: { cookie: silk.cookie, "accept-language": "ru-RU,ru;q=0.9,en;q=0.8" } });
      const text = textOf(res.rawPayload);
      expect(text).toContain("График");
      expect(text).toContain("Ҷамъияти");
    });

    it("is for the organisation's members and the organisers only", async () => {
      expect((await t.app.inject({ url: agendaUrl(silk, "agenda.pdf"), headers: { cookie: forum.organiser } })).statusCode).toBe(200);
      expect((await t.app.inject({ url: agendaUrl(silk, "agenda.pdf"), headers: { cookie: outsider.cookie } })).statusCode).toBe(403);
      expect((await t.app.inject({ url: agendaUrl(silk, "agenda.pdf") })).statusCode).toBe(401);
    });
  });
});
