import { describe, expect, it } from "vitest";
import { baseUrl, browserPerSpec, newPage, snapshot } from "./support/browser";
import { resultNames, searchDirectory } from "./support/directory";

const browser = browserPerSpec();

describe("a visitor on a phone", () => {
  it("switches to Tajik, finds Shumkar's helicopter by a Latin spelling and opens its public page", async () => {
    const { context, page } = await newPage(browser(), { phone: true });
    await page.goto("/");
    await page.getByTestId("language-switcher").click();
    await page.getByRole("option", { name: "Тоҷикӣ" }).click();
    await expect.poll(() => page.evaluate(() => document.documentElement.lang)).toBe("tg");

    await page.getByRole("tab", { name: "Маҳсулот" }).click();
    await searchDirectory(page, "vertolet");
    expect((await resultNames(page, "product"))[0]).toMatch(/вертолёт|тик учак|helicopter/i);
    // Nothing on the page is wider than the phone.
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    await snapshot(page, "visitor-search-tg-phone");

    await page.getByTestId("product-card").first().click();
    await page.waitForURL(/\/products\/[0-9a-f-]{36}$/);
    await page.getByTestId("product-specifications").waitFor();
    const specifications = await page.getByTestId("product-specifications").textContent();
    expect(specifications).toMatch(/600/);
    expect(specifications).toMatch(/70/);
    expect(await page.getByTestId("product-hs-code").textContent()).toContain("880211");
    expect(await page.getByTestId("product-maker").textContent()).toMatch(/Шумкар|Shumkar/);
    // Component origins are named in the interface language.
    expect(await page.getByText("Лаҳистон").count()).toBeGreaterThan(0);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    await snapshot(page, "visitor-product-tg-phone");

    // A link shared on social media previews with the product's name and description.
    const html = await (await fetch(`${baseUrl()}${new URL(page.url()).pathname}`)).text();
    expect(html).toMatch(/<meta property="og:title" content="Locally assembled two-seat helicopter — Shumkar">/);
    expect(html).toMatch(/<meta property="og:description" content="Two-seat helicopter assembled in Kyrgyzstan/);
    expect(html).toMatch(/<meta name="twitter:card" content="summary_large_image">/);
    await context.close();
  });

  it("remembers the language on the next visit", async () => {
    const { context, page } = await newPage(browser(), { phone: true });
    await page.goto("/");
    await page.getByTestId("language-switcher").click();
    await page.getByRole("option", { name: "Кыргызча" }).click();
    await expect.poll(() => page.evaluate(() => document.documentElement.lang)).toBe("ky");
    const second = await context.newPage();
    await second.goto("/");
    await expect.poll(() => second.evaluate(() => document.documentElement.lang)).toBe("ky");
    await second.getByRole("tab", { name: "Уюмдар" }).waitFor();
    await context.close();
  });
});
