import { describe, expect, it } from "vitest";
import { type CalendarEvent, escapeText, foldLine, writeAgendaCalendar } from "./agenda-ics";
import { parseCalendar } from "./ics-reader.test-support";

const event = (overrides: Partial<CalendarEvent> = {}): CalendarEvent => ({
  uid: "meeting-1@hamkori",
  startsAt: new Date("2031-07-09T05:00:00Z"),
  endsAt: new Date("2031-07-09T05:30:00Z"),
  summary: "Meeting: ҶСК «Алюминийи Тоҷик», Душанбе; shareholders",
  location: "Table 12, Meeting area B",
  description: `A long description that goes well past the seventy-five octet limit of one line. ${"Ҳамкорӣ ".repeat(20)}\nSecond line.`,
  cancelled: false,
  url: null,
  lastModified: new Date("2031-07-01T00:00:00Z"),
  ...overrides,
});

const covers = { start: new Date("2031-07-08T00:00:00Z"), end: new Date("2031-07-12T00:00:00Z") };
const now = new Date("2031-07-02T10:00:00Z");

describe("writeAgendaCalendar", () => {
  const text = writeAgendaCalendar({
    name: "Joint Industrial Exhibition, Tajik Aluminium",
    timeZone: "Asia/Dushanbe",
    covers,
    now,
    events: [
      event(),
      event({
        uid: "meeting-2@hamkori",
        startsAt: new Date("2031-07-10T09:00:00Z"),
        endsAt: new Date("2031-07-10T09:30:00Z"),
        cancelled: true,
        url: "https://meet.example.org/m2",
      }),
    ],
  });

  it("keeps every line within 75 octets and ends lines with CRLF", () => {
    expect(text.endsWith("\r\n")).toBe(true);
    expect(text.replace(/\r\n/g, "")).not.toMatch(/[\r\n]/);
    for (const line of text.split("\r\n")) expect(Buffer.byteLength(line, "utf8")).toBeLessThanOrEqual(75);
  });

  it("describes Asia/Dushanbe as one standard offset of +05:00", () => {
    const calendar = parseCalendar(text);
    expect(calendar.timeZones).toEqual([{ tzid: "Asia/Dushanbe", components: [{ kind: "STANDARD", dtstart: "19700101T000000", from: "+0500", to: "+0500" }] }]);
  });

  it("writes the events in venue time with their zone, text unescaped back to the original", () => {
    const [first, second] = parseCalendar(text).events;
    expect(first.get("DTSTART")).toEqual({ params: { TZID: "Asia/Dushanbe" }, value: "20310709T100000" });
    expect(first.get("DTEND")?.value).toBe("20310709T103000");
    expect(first.get("UID")?.value).toBe("meeting-1@hamkori");
    expect(first.get("SUMMARY")?.value).toBe(event().summary);
    expect(first.get("DESCRIPTION")?.value).toBe(event().description);
    expect(first.get("STATUS")?.value).toBe("CONFIRMED");
    expect(second.get("DTSTART")?.value).toBe("20310710T140000");
    expect(second.get("STATUS")?.value).toBe("CANCELLED");
    expect(second.get("URL")?.value).toBe("https://meet.example.org/m2");
    expect(first.get("DTSTAMP")?.value).toBe("20310702T100000Z");
  });

  it("describes a zone with daylight saving by its changes within the forum's dates", () => {
    const berlin = writeAgendaCalendar({
      name: "Berlin",
      timeZone: "Europe/Berlin",
      covers: { start: new Date("2031-03-28T00:00:00Z"), end: new Date("2031-04-02T00:00:00Z") },
      now,
      events: [event({ startsAt: new Date("2031-03-31T08:00:00Z"), endsAt: new Date("2031-03-31T08:30:00Z") })],
    });
    const { timeZones, events } = parseCalendar(berlin);
    // Clocks go forward at 02:00 local on the last Sunday of March (30 March 2031).
    expect(timeZones[0].components).toEqual([
      { kind: "STANDARD", dtstart: "19700101T000000", from: "+0100", to: "+0100" },
      { kind: "DAYLIGHT", dtstart: "20310330T020000", from: "+0100", to: "+0200" },
    ]);
    expect(events[0].get("DTSTART")?.value).toBe("20310331T100000");
  });
});

describe("the pieces", () => {
  it("escapes the characters RFC 5545 reserves", () => {
    expect(escapeText("a\\b;c,d\ne")).toBe("a\\\\b\\;c\\,d\\ne");
  });

  it("never splits a character across a fold", () => {
    const folded = foldLine(`DESCRIPTION:${"ӯ".repeat(100)}`);
    for (const line of folded.split("\r\n")) {
      expect(Buffer.byteLength(line, "utf8")).toBeLessThanOrEqual(75);
      expect(line).not.toContain("\uFFFD");
    }
    expect(
      folded
        .split("\r\n")
        .map((line, i) => (i === 0 ? line : line.slice(1)))
        .join(""),
    ).toBe(`DESCRIPTION:${"ӯ".repeat(100)}`);
  });
});
