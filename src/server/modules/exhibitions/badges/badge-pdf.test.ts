import jsQR from "jsqr";
import { describe, expect, it } from "vitest";
import { deriveForumKeys, signBadgeToken } from "../../../../engines/badge-token";
import { type PdfPage, readPdf } from "../../../testing/pdf-reader";
import { type BadgePrint, renderBadgePdf } from "./badge-pdf";
import { qrMatrix } from "./badge-qr";

const keys = deriveForumKeys("test-secret", "forum-1");
const badge = (overrides: Partial<BadgePrint> = {}): BadgePrint => ({
  fullName: "Ҳакимова Мадина Ғафуровна",
  organizationName: "ҶСК «Алюминийи Тоҷик»",
  country: "Тоҷикистон",
  categoryLabel: "VIP",
  categoryColor: "#d4af37",
  forumName: "Industrial Cooperation Forum",
  forumDates: "12–14 May 2026",
  token: signBadgeToken(keys.privateKey, { forumId: "forum-1", code: "7K3MQ9X2RT" }),
  code: "7K3MQ9X2RT",
  ...overrides,
});

const MM = 72 / 25.4;

/** Paints the page's small filled rectangles (QR modules; bands are far taller) and reads them as a camera would. */
function decodeQrOnPage(page: PdfPage): string | null {
  const scale = 3;
  const [width, height] = [Math.ceil(page.mediaBox[2] * scale), Math.ceil(page.mediaBox[3] * scale)];
  const pixels = new Uint8ClampedArray(width * height * 4).fill(255);
  for (const [x, y, w, h] of page.rects.filter(([, , , h]) => h < 5)) {
    for (let py = Math.round(y * scale); py < Math.round((y + h) * scale); py++) {
      for (let px = Math.round(x * scale); px < Math.round((x + w) * scale); px++) pixels.fill(0, (py * width + px) * 4, (py * width + px) * 4 + 3);
    }
  }
  return jsQR(pixels, width, height)?.data ?? null;
}

describe("renderBadgePdf", () => {
  it("makes one A6 portrait page per badge", async () => {
    const { pages } = readPdf(await renderBadgePdf([badge(), badge({ fullName: "Өмүрбеков Сүйүнбек" }), badge({ fullName: "Ann Lee" })]));
    expect(pages).toHaveLength(3);
    for (const page of pages) {
      expect(page.mediaBox[0]).toBe(0);
      expect(page.mediaBox[1]).toBe(0);
      expect(page.mediaBox[2]).toBeCloseTo(105 * MM, 1);
      expect(page.mediaBox[3]).toBeCloseTo(148 * MM, 1);
    }
  });

  it("writes Tajik and Kyrgyz names in their own letters, from the embedded font", async () => {
    const tajik = badge({ organizationName: "Ширкати саҳомии «Шарқу ғарб»" });
    const kyrgyz = badge({ fullName: "Ҷӯраев Қурбонӣ", organizationName: "«Көңүл» ЖЧК", country: "Кыргызстан" });
    const { pages, objects } = readPdf(await renderBadgePdf([tajik, kyrgyz], { compress: false }));
    const shown = pages.map((page) => page.text.join("\n"));
    for (const word of ["Ҳакимова", "Мадина", "Ғафуровна", "саҳомии", "«Шарқу", "ғарб»", "Тоҷикистон", "VIP", "7K3MQ-9X2RT"]) expect(shown[0]).toContain(word);
    for (const word of ["Ҷӯраев", "Қурбонӣ", "«Көңүл»", "Кыргызстан"]) expect(shown[1]).toContain(word);
    // A font without a letter draws .notdef instead, which maps back to U+0000, not to the letter.
    expect(shown.join("")).not.toContain("\u0000");
    const cmaps = [...objects.values()].map((object) => object.stream ?? "").filter((stream) => stream.includes("beginbfrange"));
    const mapped = cmaps.join("").toLowerCase();
    // ҳ қ ғ ҷ ӣ ӯ and Ҳ Қ Ғ Ҷ (Tajik), ң ө ү (Kyrgyz)
    for (const code of ["04b3", "049b", "0493", "04b7", "04e3", "04ef", "04b2", "049a", "0492", "04b6", "04a3", "04e9", "04af"]) {
      expect(mapped, `U+${code.toUpperCase()}`).toContain(`<${code}>`);
    }
  });

  it("embeds each font once for the whole document, as a subset", async () => {
    const pdf = Buffer.from(await renderBadgePdf([badge(), badge(), badge(), badge()], { compress: false })).toString("latin1");
    const fontFiles = pdf.match(/\/FontFile2 \d+ 0 R/g) ?? [];
    expect(fontFiles).toHaveLength(2); // regular and bold, however many pages
    expect(pdf).toMatch(/\/BaseFont \/[A-Z]{6}\+DejaVuSans-Bold/);
  });

  it("prints a QR code that decodes to the token", async () => {
    const token = badge().token;
    const { pages } = readPdf(await renderBadgePdf([badge()], { compress: false }));
    expect(decodeQrOnPage(pages[0])).toBe(token);
    // About 45 mm wide, so a phone reads it from arm's length.
    const xs = pages[0].rects.filter(([, , , h]) => h < 5).flatMap(([x, , w]) => [x, x + w]);
    expect((Math.max(...xs) - Math.min(...xs)) / MM).toBeCloseTo(45, 0);
    expect(qrMatrix(token).size).toBeLessThanOrEqual(41); // version 6 or lower: modules over 1 mm
  });

  it("reports progress and yields while it works", async () => {
    const calls: number[] = [];
    let ticks = 0;
    const ticker = setInterval(() => ticks++, 0);
    await renderBadgePdf(
      Array.from({ length: 30 }, () => badge()),
      { onProgress: (done, total) => calls.push(done / total) },
    );
    clearInterval(ticker);
    expect(calls.at(-1)).toBe(1);
    expect(calls).toEqual([...calls].sort((a, b) => a - b));
    expect(calls.length).toBeGreaterThan(3);
    expect(ticks).toBeGreaterThan(0);
  });

  it("stops early when aborted", async () => {
    const controller = new AbortController();
    let last = 0;
    const total = 200;
    const rendering = renderBadgePdf(
      Array.from({ length: total }, () => badge()),
      {
        signal: controller.signal,
        onProgress: (done) => {
          last = done;
          if (done >= 10) controller.abort();
        },
      },
    );
    await expect(rendering).rejects.toMatchObject({ name: "AbortError" });
    expect(last).toBeLessThan(20);
    await expect(renderBadgePdf([badge()], { signal: AbortSignal.abort() })).rejects.toMatchObject({ name: "AbortError" });
  });

  it("refuses bad input before drawing anything, naming the badge and field", async () => {
    await expect(renderBadgePdf([badge(), badge({ categoryColor: "gold" })])).rejects.toThrow("badges[1].categoryColor");
    await expect(renderBadgePdf([badge({ code: "nope" })])).rejects.toThrow("badges[0].code");
    await expect(renderBadgePdf([])).rejects.toThrow(RangeError);
  });
});
