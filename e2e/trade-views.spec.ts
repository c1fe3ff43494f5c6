import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { browserPerSpec, newPage, snapshot } from "./support/browser";
import { DEMO_PASSWORD, signIn } from "./support/outbox";

const browser = browserPerSpec();

describe("trade statistics", () => {
  it("an official compares Tajikistan and Tatarstan in Russian, sees the reported figure beside the statistics and downloads the table", async () => {
    const { page } = await newPage(browser(), { locale: "ru-RU" });
    await page.goto("/trade");
    await expect.poll(() => page.evaluate(() => document.documentElement.lang)).toBe("ru");
    await page.getByRole("heading", { name: "Торговля", level: 1 }).waitFor();
    // Every synthetic dataset says so on the landing page.
    expect(await page.getByTestId("trade-dataset").filter({ hasText: "Синтетические" }).count()).toBe(3);

    await page.getByRole("link", { name: /Таджикистан – .*Татарстан/ }).click();
    await page.getByRole("heading", { level: 1, name: /Таджикистан – .*Татарстан/ }).waitFor();
    await page.getByTestId("synthetic-notice").waitFor();
    const table = page.getByTestId("turnover-table");
    const row2024 = table.getByRole("row").filter({ hasText: /^2024/ });
    // The statement of 2024 ($77.3m, trt-tv.ru; pressa.tj) beside the computed turnover.
    await expect.poll(() => row2024.textContent()).toMatch(/77,3\s*млн/);
    expect(await row2024.textContent()).toContain("trt-tv.ru; pressa.tj");

    const download = page.waitForEvent("download");
    await table.getByRole("button", { name: "CSV" }).click();
    const file = await (await download).path();
    const csv = fs.readFileSync(file, "utf8").replace(/^\uFEFF/, "");
    const [header, ...rows] = csv.split("\n");
    expect(header).toContain("Год");
    const line2024 = rows.find((r) => r.startsWith("2024,"));
    expect(line2024).toContain("77300000");
    // The computed turnover of 2024 is a plain number a spreadsheet can add up.
    const turnover = Number(line2024?.split(",")[3]);
    expect(turnover / 77_300_000).toBeGreaterThan(0.85);
    expect(turnover / 77_300_000).toBeLessThan(1.1);
    await snapshot(page, "trade-bilateral-ru");
  });

  it("an administrator uploads regional statistics with a bad line, reads the report, fixes the file and imports it", async () => {
    const { page } = await newPage(browser());
    await signIn(page, "admin@demo.hamkori.org", DEMO_PASSWORD);
    await page.goto("/admin/trade/imports");
    await page.getByRole("heading", { name: "Import trade statistics" }).waitFor();

    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "hamkori-e2e-trade-"));
    const name = `Bashkortostan ${Date.now()}`;
    const header = "region,partner,year,flow,hs,value_usd,quantity_kg";
    const bad = path.join(dir, "bashkortostan.csv");
    fs.writeFileSync(bad, `${header}\nRU-BA,TJ,2024,export,870423,2500000,90000\nRU-BA,TJ,2024,export,87O423,1,1\n`);

    await page.getByLabel("Format").click();
    await page.getByRole("option", { name: "Regional statistics" }).click();
    await page.getByLabel("Dataset name").fill(name);
    await page.getByLabel("Version").fill("2024");
    await page.getByLabel("Refuse if more rows are rejected than").fill("10");
    await page.locator('input[type="file"]').setInputFiles(bad);
    await page.getByRole("button", { name: "Import", exact: true }).click();

    const report = page.getByTestId("import-report");
    await report.getByText(`${name} 2024 refused: nothing changed`).waitFor();
    await page.getByTestId("import-progress").getByText("Finished").waitFor();
    const rejected = report.getByRole("row").filter({ hasText: "bashkortostan.csv" });
    expect(await rejected.count()).toBe(1);
    expect(await rejected.textContent()).toMatch(/3.*malformed HS code "87O423"/);

    fs.writeFileSync(bad, `${header}\nRU-BA,TJ,2024,export,870423,2500000,90000\nRU-BA,TJ,2024,export,870421,400000,9000\n`);
    await page.locator('input[type="file"]').setInputFiles(bad);
    await page.getByRole("button", { name: "Import", exact: true }).click();
    await report.getByText(`${name} 2024 imported`).waitFor();
    expect(await report.textContent()).toContain("No row was rejected.");

    // The new region is now there to compare with Tajikistan.
    await page.goto("/trade/bilateral/RU-BA/TJ");
    const row = page.getByTestId("turnover-table").getByRole("row").filter({ hasText: /^2024/ });
    await expect.poll(() => row.textContent()).toContain("2.9");
    await snapshot(page, "trade-import-en");
  });
});
