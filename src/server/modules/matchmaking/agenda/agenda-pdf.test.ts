import { describe, expect, it } from "vitest";
import { readPdf } from "../../../testing/pdf-reader";
import { type AgendaPrint, renderAgendaPdf } from "./agenda-pdf";
import { languageFromHeader } from "./agenda-words";

const agenda = (overrides: Partial<AgendaPrint> = {}): AgendaPrint => ({
  language: "tg",
  forumName: "Намоишгоҳи муштараки саноатӣ",
  forumDates: "9–11 июли 2031",
  organizationName: "ҶСК «Алюминийи Тоҷик»",
  timeZone: "Asia/Dushanbe",
  meetings: [
    {
      startsAt: new Date("2031-07-09T05:00:00Z"),
      endsAt: new Date("2031-07-09T05:30:00Z"),
      counterpart: "Ширкати «Шарқу ғарб»",
      place: "Миз 3, Минтақаи мулоқотҳо",
      videoUrl: null,
      cancelled: false,
    },
    {
      startsAt: new Date("2031-07-10T06:00:00Z"),
      endsAt: new Date("2031-07-10T06:30:00Z"),
      counterpart: "Kazan Textile",
      place: "Онлайн",
      videoUrl: "https://meet.example.org/m-2",
      cancelled: true,
    },
  ],
  unscheduled: [{ counterpart: "Қурбонов ва шарикон", place: "Стенд A-01, Hall A" }],
  ...overrides,
});

const textOf = async (print: AgendaPrint) => {
  const { pages } = readPdf(await renderAgendaPdf(print, { compress: false }));
  return { pages, text: pages.map((page) => page.text.join("\n")).join("\n") };
};

describe("renderAgendaPdf", () => {
  it("prints an A4 page with the forum, the organisation and each meeting in Tajik letters", async () => {
    const { pages, text } = await textOf(agenda());
    expect(pages).toHaveLength(1);
    expect(pages[0].mediaBox[2]).toBeCloseTo(595.28, 1);
    expect(pages[0].mediaBox[3]).toBeCloseTo(841.89, 1);
    for (const words of [
      "Намоишгоҳи",
      "ҶСК",
      "«Алюминийи",
      "Тоҷик»",
      "Ҷадвали",
      "мулоқотҳо",
      "10:00–10:30",
      "«Шарқу",
      "ғарб»",
      "Миз",
      "11:00–11:30",
      "бекор",
      "Қурбонов",
      "Қабул",
    ]) {
      expect(text).toContain(words);
    }
    expect(text).not.toContain("\u0000");
  });

  it("speaks the reader's language in its fixed words", async () => {
    const { text } = await textOf(agenda({ language: "en", meetings: [], unscheduled: [] }));
    expect(text).toContain("Meeting agenda");
    expect(text).toContain("No meetings scheduled yet.");
  });

  it("runs onto more pages when the meetings do not fit on one", async () => {
    const many = Array.from({ length: 60 }, (_, i) => ({ ...agenda().meetings[0], counterpart: `Company ${i}` }));
    const { pages, text } = await textOf(agenda({ meetings: many }));
    expect(pages.length).toBeGreaterThan(1);
    expect(text).toContain("Company 59");
  });
});

describe("languageFromHeader", () => {
  it("takes the best-ranked language we speak", () => {
    expect(languageFromHeader("de-DE,de;q=0.9,ru;q=0.8,en;q=0.7")).toBe("ru");
    expect(languageFromHeader("en;q=0.5, tg-TJ")).toBe("tg");
    expect(languageFromHeader("fr")).toBeUndefined();
    expect(languageFromHeader(undefined)).toBeUndefined();
  });
});
