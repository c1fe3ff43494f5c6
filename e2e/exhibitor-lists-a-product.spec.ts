import { describe, expect, it } from "vitest";
import { browserPerSpec, newPage, snapshot } from "./support/browser";
import { resultNames, searchDirectory } from "./support/directory";

const browser = browserPerSpec();

describe("an exhibitor", () => {
  it("signs up, registers the company, adds a product through the HS picker, and finds it in Russian with Latin letters", async () => {
    const { context, page } = await newPage(browser());
    const stamp = Date.now();

    await page.goto("/");
    await page.getByRole("link", { name: "Sign up" }).first().click();
    await page.getByRole("heading", { name: "Create an account" }).waitFor();
    await page.getByLabel("Full name").fill("Zarina Rahimova");
    await page.getByLabel("E-mail").fill(`zarina.${stamp}@example.org`);
    await page.getByLabel("Password").fill("short");
    await page.getByRole("button", { name: "Create account" }).click();
    // The form explains what is wrong and stays on the page.
    await expect.poll(() => page.getByText("at least 8 characters").first().isVisible()).toBe(true);
    await page.getByLabel("Password").fill("silk-road-2026");
    await page.getByRole("button", { name: "Create account" }).click();
    await page.waitForURL("**/account");

    await page.getByRole("link", { name: "Create an organisation" }).click();
    await page.getByTestId("organization-form").waitFor();
    await page.getByLabel("Legal name (English)").fill(`Hisor Silk Works ${stamp}`);
    await page.getByRole("tab", { name: "Тоҷикӣ" }).first().click();
    await page.getByLabel("Legal name (Тоҷикӣ)").fill(`Корхонаи абрешими Ҳисор ${stamp}`);
    await page.getByLabel("Country", { exact: true }).click();
    await page.getByRole("option", { name: "Tajikistan" }).click();
    await page.getByLabel("Region").click();
    await page
      .getByRole("option", { name: /Sughd|Sogd/ })
      .first()
      .click();
    await page.getByLabel("City").fill("Khujand");
    await page.getByRole("button", { name: "Create organisation" }).click();
    await page.waitForURL(/\/organizations\/[0-9a-f-]{36}$/);
    const organizationUrl = page.url();
    await page.getByRole("heading", { level: 1, name: `Hisor Silk Works ${stamp}` }).waitFor();

    await page.getByRole("link", { name: "Add a product" }).click();
    await page.getByTestId("product-form").waitFor();
    await page.getByRole("tab", { name: "Тоҷикӣ" }).first().click();
    await page.getByLabel("Name (Тоҷикӣ)").fill(`Абрешими хоми Ҳисор ${stamp}`);
    await page.getByTestId("hs-picker").fill("raw silk");
    await page.getByRole("option", { name: /500200/ }).click();
    expect(await page.getByTestId("hs-picker-value").textContent()).toContain("500200");
    await page.getByRole("button", { name: "Add product" }).click();
    await page.waitForURL(/\/products\/[0-9a-f-]{36}$/);
    const productUrl = page.url();
    await page.getByTestId("product-hs-code").filter({ hasText: "500200" }).waitFor();

    await page.getByTestId("language-switcher").click();
    await page.getByRole("option", { name: "Русский" }).click();
    await expect.poll(() => page.evaluate(() => document.documentElement.lang)).toBe("ru");
    await page.goto("/");
    await page.getByRole("tab", { name: "Товары" }).click();
    await searchDirectory(page, "abreshimi hisor");
    await snapshot(page, "exhibitor-search-ru");
    // The product named only in Tajik Cyrillic is the best answer to the Latin query.
    expect((await resultNames(page, "product"))[0]).toContain(`Абрешими хоми Ҳисор ${stamp}`);
    await page.getByTestId("product-card").first().click();
    await page.waitForURL(productUrl);
    await page
      .getByTestId("product-name")
      .filter({ hasText: `Абрешими хоми Ҳисор ${stamp}` })
      .waitFor();
    expect(await page.getByTestId("product-maker").getAttribute("href")).toBe(new URL(organizationUrl).pathname);

    // The choice of language survives a reload.
    await page.reload();
    expect(await page.evaluate(() => document.documentElement.lang)).toBe("ru");
    await context.close();
  });
});
