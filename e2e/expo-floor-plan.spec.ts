import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { browserPerSpec, newPage, snapshot } from "./support/browser";
import { apiCall, createForumByApi, createOrganizationByApi, signUpByApi } from "./support/expo";

const browser = browserPerSpec();

type Plan = { halls: { id: string; booths: { id: string; number: string }[] }[] };

/** A hall plan as an organiser's drawing program might export it: two rows of booths across an aisle. */
function planFile(overlapping: boolean) {
  const row = (letter: string, y: number) =>
    Array.from({ length: 5 }, (_, i) => ({
      number: `${letter}-0${i + 1}`,
      // In the faulty file A-02 starts a metre inside A-01.
      x: 2 + i * 3 - (overlapping && letter === "A" && i === 1 ? 1 : 0),
      y,
      width: 3,
      height: 3,
      price: 1200,
      currency: "USD",
      pavilion: letter === "A" ? "Таджикистан" : null,
    }));
  return JSON.stringify({ width: 24, height: 16, entrances: [{ x: 12, y: 16 }], booths: [...row("A", 2), ...row("B", 8)] }, null, 2);
}

function writeTemp(name: string, text: string) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "hamkori-plan-"));
  const file = path.join(dir, name);
  fs.writeFileSync(file, text);
  return file;
}

async function importFile(page: Page, file: string) {
  const chooser = page.waitForEvent("filechooser");
  await page.getByTestId("plan-import-choose").click();
  await (await chooser).setFiles(file);
}

async function switchToRussian(page: Page) {
  await page.getByTestId("language-switcher").click();
  await page.getByRole("option", { name: "Русский" }).click();
  await expect.poll(() => page.evaluate(() => document.documentElement.lang)).toBe("ru");
}

describe("the floor plan", () => {
  it("is imported in Russian, checked, fixed and saved; a delegation tour is planned on it and its exhibitors are told", async () => {
    const stamp = Date.now();
    const { context, page } = await newPage(browser());
    await signUpByApi(context, "Фарход Назаров", `planner.${stamp}@example.org`);
    const organiser = await createOrganizationByApi(context, { en: `Expo Hall Services ${stamp}`, ru: `Экспо Холл Сервис ${stamp}` });
    const forum = await createForumByApi(context, organiser.id, { en: `Silk Road Fair ${stamp}`, ru: `Ярмарка Шёлкового пути ${stamp}` });
    await apiCall(context, "POST", `/api/v1/forums/${forum.id}/pavilions`, {
      name: { ru: "Таджикистан", en: "Tajikistan" },
      kind: "national",
      country: "TJ",
      color: "#2f9e44",
    });

    await page.goto(`/forums/${forum.id}/plan/edit`);
    await switchToRussian(page);
    await page.getByTestId("plan-editor").waitFor();

    // A new hall, then its booths from a file.
    await page.getByTestId("add-hall").click();
    const hallForm = page.getByTestId("add-hall-form");
    await hallForm.getByLabel("Название зала (Русский)").fill("Главный зал");
    await hallForm.getByLabel("Ширина").fill("24");
    await hallForm.getByLabel("Глубина").fill("16");
    await hallForm.getByTestId("add-hall-submit").click();
    await hallForm.waitFor({ state: "detached" });
    await page.getByTestId("editor-hall-tab").filter({ hasText: "Главный зал" }).waitFor();

    await page.getByTestId("editor-import").click();
    await importFile(page, writeTemp("plan.json", planFile(true)));
    const problems = page.getByTestId("import-problems");
    await problems.waitFor();
    const problemText = (await problems.textContent()) ?? "";
    expect(problemText).toContain("A-01");
    expect(problemText).toContain("A-02");
    expect(problemText).toContain("перекрываются");
    expect(await page.getByTestId("plan-import-apply").count()).toBe(0);
    await snapshot(page, "floor-plan-import-problem-ru");

    await importFile(page, writeTemp("plan-fixed.json", planFile(false)));
    await page.getByTestId("import-ready").waitFor();
    expect(await page.getByTestId("import-problems").count()).toBe(0);
    await page.getByTestId("plan-import-apply").click();
    await page.getByTestId("editor-booth-B-05").waitFor();
    await page.getByTestId("unsaved-badge").waitFor();
    const saved = page.waitForResponse((r) => r.request().method() === "PUT" && r.url().includes("/plan"));
    await page.getByTestId("editor-save").click();
    expect((await saved).status()).toBe(200);
    await page.getByTestId("unsaved-badge").waitFor({ state: "detached" });
    await snapshot(page, "floor-plan-editor-saved-ru");

    // The public plan shows the saved booths, A-row in the pavilion's colour.
    await page.getByTestId("forum-tab-plan").click();
    await page.getByTestId("booth-A-01").waitFor();
    expect(await page.getByTestId("booth-B-05").getAttribute("aria-label")).toContain("Стенд B-05, 9 м², свободен");
    await page.getByTestId("booth-A-03").click();
    await page.getByTestId("booth-details").getByText("Таджикистан").waitFor();
    await page.getByTestId("booth-directions").click();
    await page.getByTestId("directions-summary").filter({ hasText: "от входа 1" }).waitFor();
    await page.getByTestId("plan-route").waitFor();
    await snapshot(page, "floor-plan-public-directions-ru");

    // An exhibitor approved for B-02 (set up through the API) will be told of the visit.
    const exhibitor = await newPage(browser());
    await signUpByApi(exhibitor.context, "Зарина Рахимова", `exhibitor.${stamp}@example.org`);
    const company = await createOrganizationByApi(exhibitor.context, { en: `Pamir Textiles ${stamp}`, ru: `Памир Текстиль ${stamp}` });
    const plan = (await (await context.request.get(`/api/v1/forums/${forum.id}/floor-plan`)).json()) as Plan;
    const b02 = plan.halls[0].booths.find((b) => b.number === "B-02");
    const application = await apiCall<{ id: string }>(exhibitor.context, "POST", `/api/v1/forums/${forum.id}/applications`, {
      organizationId: company.id,
      kind: "booth",
      boothId: b02?.id,
    });
    await apiCall(context, "POST", `/api/v1/applications/${application.id}/decision`, { status: "approved" });
    await exhibitor.context.close();

    // The delegation tour: four booths clicked on the plan, ordered by the server.
    await page.getByTestId("forum-tab-tours").click();
    await page.getByTestId("tour-new").click();
    await page.getByTestId("tour-name").getByLabel("Название маршрута (Русский)").fill("Делегация Узбекистана");
    for (const number of ["A-05", "B-02", "A-01", "B-04"]) await page.getByTestId(`booth-${number}`).click();
    await expect.poll(() => page.getByTestId("tour-chosen").textContent()).toContain(`Памир Текстиль ${stamp}`);
    await snapshot(page, "floor-plan-tour-form-ru");
    await page.getByTestId("tour-save").click();
    await page.getByTestId("tour-detail").waitFor();
    await page.getByTestId("tour-name").filter({ hasText: "Делегация Узбекистана" }).waitFor();
    for (const stop of [1, 2, 3, 4]) await page.getByTestId(`route-stop-${stop}`).waitFor();
    const rows = page.getByTestId("tour-stop-row");
    expect(await rows.count()).toBe(4);
    expect(await page.getByTestId("tour-timetable").textContent()).toContain(`Памир Текстиль ${stamp}`);
    // The first stop is reached a minute or two after the 10:00 start, venue time.
    expect(await rows.first().getByTestId("stop-arrives").textContent()).toMatch(/^10:0\d$/);
    await page.getByTestId("tour-optimal").filter({ hasText: "Доказанно кратчайший" }).waitFor();
    await snapshot(page, "floor-plan-tour-ru");

    await page.getByTestId("tour-notify").click();
    await page.getByTestId("tour-notify-confirm").click();
    await page.getByTestId("tour-notified").filter({ hasText: "Оповещено экспонентов: 1" }).waitFor();
    await context.close();
  });

  it("zooms with the + button and opens a tapped booth on a 390-px phone", async () => {
    const stamp = Date.now();
    const { context, page } = await newPage(browser(), { phone: true });
    await signUpByApi(context, "Aziz Karimov", `phone.${stamp}@example.org`);
    const organiser = await createOrganizationByApi(context, { en: `Phone Expo ${stamp}` });
    const forum = await createForumByApi(context, organiser.id, { en: `Phone Fair ${stamp}` });
    const hall = await apiCall<{ id: string }>(context, "POST", `/api/v1/forums/${forum.id}/halls`, {
      name: { en: "Hall A" },
      width: 24,
      height: 16,
      entrances: [{ x: 12, y: 16 }],
    });
    // The plan file names pavilions; the API takes pavilion ids, and this forum has none.
    const file = JSON.parse(planFile(false)) as { booths: Record<string, unknown>[] };
    await apiCall(context, "PUT", `/api/v1/halls/${hall.id}/plan`, { ...file, booths: file.booths.map(({ pavilion: _, ...booth }) => booth) });

    await page.goto(`/forums/${forum.id}/plan`);
    const viewer = page.getByTestId("floor-plan");
    await page.getByTestId("booth-A-01").waitFor();
    const before = Number(await viewer.getAttribute("data-scale"));
    await page.getByTestId("plan-zoom-in").click();
    await expect.poll(async () => Number(await viewer.getAttribute("data-scale"))).toBeGreaterThan(before * 1.2);
    await page.getByTestId("booth-A-02").click();
    const panel = page.getByTestId("booth-panel");
    await panel.getByText("Booth A-02").waitFor();
    expect(await panel.getByTestId("booth-price").textContent()).toContain("1,200");
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    await snapshot(page, "floor-plan-phone");
    await context.close();
  });
});
