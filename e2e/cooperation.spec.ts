import { describe, expect, it } from "vitest";
import { browserPerSpec, newPage, snapshot } from "./support/browser";
import { DEMO_PASSWORD, signIn } from "./support/outbox";

const browser = browserPerSpec();

describe("cooperation", () => {
  it("an official opens the Tajikistan–Tatarstan agenda in Russian, finds silk and its chain, opens a candidate company and proposes a meeting, which the company finds among its requests", async () => {
    const { page } = await newPage(browser());
    // Her choice of Russian is kept with her account, so the chamber's other journeys use a colleague.
    await signIn(page, "sabina.usupova@crossborder-chamber.demo.hamkori.org", DEMO_PASSWORD);
    await page.getByTestId("language-switcher").click();
    await page.getByRole("option", { name: "Русский" }).click();
    await expect.poll(() => page.evaluate(() => document.documentElement.lang)).toBe("ru");
    await page.goto("/agendas");
    await page.getByRole("link", { name: "Повестка сотрудничества Таджикистана и Татарстана" }).click();
    await page.getByRole("heading", { level: 1, name: "Повестка сотрудничества Таджикистана и Татарстана" }).waitFor();
    // The dashboard: the reported 2024 figure beside the statistics, and the commitments with their owners.
    await page
      .getByTestId("agenda-targets")
      .getByText(/Заявлено: 77,3\s*млн/)
      .waitFor();
    await page.getByTestId("commitment").filter({ hasText: "Joint enterprises for silk and wool yarns" }).waitFor();
    await snapshot(page, "agenda-ru");
    await page.getByRole("link", { name: "Возможности для совместных предприятий" }).click();
    await page.getByRole("heading", { level: 1, name: /Таджикистан и .*Татарстан: совместные предприятия/ }).waitFor();
    await page.getByTestId("synthetic-notice").waitFor();
    const silk = page.getByTestId("opportunity").filter({ hasText: "Шёлк" }).first();
    await silk.waitFor();
    // The reason in words, the trade figure behind it and the Tajik silk maker among the candidates.
    expect(await silk.textContent()).toMatch(/импортирует|ищет/);
    expect(await silk.textContent()).toMatch(/млн|тыс/);
    await snapshot(page, "cooperation-opportunities-ru");

    await page.getByRole("tab", { name: "Цепочки стоимости" }).click();
    await page.getByLabel("Цепочка стоимости").click();
    await page.getByRole("option", { name: "Шёлк" }).click();
    await page.getByTestId("chain-sankey").locator("svg").waitFor();
    const rawSilk = page.getByTestId("chain-stages").getByRole("row").filter({ hasText: "Шёлк-сырец" });
    // Tojik Silk makes raw silk: the Tajik side has a company at that stage.
    await expect.poll(async () => (await rawSilk.textContent()) ?? "").toMatch(/Шёлк-сырец/);
    await snapshot(page, "cooperation-chain-ru");

    await page.getByRole("tab", { name: "Возможности" }).click();
    await silk.getByTestId("candidates").getByRole("link", { name: "Таджикский шёлк" }).click();
    await page.getByRole("heading", { level: 1, name: /Таджикский шёлк/ }).waitFor();

    // Meetings are arranged in a forum's matchmaking: the dialog offers the forum both take part in.
    await page.getByRole("button", { name: "Предложить встречу" }).click();
    const dialog = page.getByTestId("propose-meeting-dialog");
    await dialog.getByRole("radio", { name: /Международный текстильный форум/ }).waitFor();
    await snapshot(page, "propose-meeting-ru");
    await dialog.getByRole("button", { name: "Написать запрос" }).click();
    const message = `Палата предлагает обсудить совместное производство шёлковой пряжи с Казанью (${Date.now()})`;
    await page.getByTestId("request-message").fill(message);
    await page.getByRole("button", { name: "Отправить запрос" }).click();
    await page.getByText(/Запрос отправлен/).waitFor();

    // The silk maker finds it among the requests it received.
    const silkMaker = await newPage(browser());
    await signIn(silkMaker.page, "farhod.nazarzoda@tojik-silk.demo.hamkori.org", DEMO_PASSWORD);
    const forums = (await (await silkMaker.page.request.get("/api/v1/forums?limit=100")).json()) as { items: { id: string; name: { en: string } }[] };
    const dushanbe = forums.items.find((f) => f.name.en.startsWith("International Textile Forum"));
    await silkMaker.page.goto(`/forums/${dushanbe?.id}/meetings/requests`);
    await silkMaker.page.getByTestId("request-row").filter({ hasText: message }).waitFor();
  });

  it("a Tajik silk maker turns the opportunity into a joint venture with Kazan Silk, moves it on, and finds it on the board", async () => {
    const { page } = await newPage(browser());
    await signIn(page, "farhod.nazarzoda@tojik-silk.demo.hamkori.org", DEMO_PASSWORD);
    await page.goto("/cooperation?a=TJ&b=RU-TA");
    const silk = page.getByTestId("opportunity").filter({ hasText: "Silk" }).first();
    await silk.getByRole("link", { name: "Turn into a deal" }).click();

    await page.getByRole("heading", { level: 1, name: "New deal" }).waitFor();
    const form = page.getByTestId("deal-form");
    // Filled in from the opportunity: a joint venture with the stage's codes.
    expect(await form.getByLabel("Kind").inputValue()).toBe("Joint venture");
    expect(await form.getByLabel("HS codes").inputValue()).toMatch(/^50/);
    const title = `Silk yarn with Kazan ${Date.now()}`;
    await form.getByLabel("Title").fill(title);
    await form.getByLabel("Partner", { exact: true }).fill("Kazan Silk");
    await page
      .getByRole("option", { name: /Kazan Silk/ })
      .first()
      .click();
    await form.getByLabel("Value").fill("148000000");
    await form.getByLabel("Currency").fill("RUB");
    // A value in roubles needs its dollar rate: the form says so and nothing is saved.
    await form.getByRole("button", { name: "Create deal" }).click();
    await form.getByText("Give the USD rate and its date for a value in another currency").waitFor();
    await form.getByLabel("USD per unit of currency").fill("0.0118");
    await form.getByLabel("Rate date").fill("2025-04-10");
    await form.getByLabel("Location").fill("Khujand");
    await form.getByRole("button", { name: "Create deal" }).click();

    await page.getByRole("heading", { level: 1, name: title }).waitFor();
    expect(await page.getByTestId("deal-stage").textContent()).toBe("Lead");
    await expect.poll(async () => (await page.locator("main").textContent()) ?? "").toContain("US$1.7m");
    await page.getByTestId("deal-stage-select").click();
    await page.getByRole("option", { name: "Talks" }).click();
    await page.getByRole("button", { name: "Save stage" }).click();
    await expect.poll(async () => page.getByTestId("deal-stage").textContent()).toBe("Talks");
    await page.getByTestId("activity").getByText("Moved from Lead to Talks").waitFor();

    // The joint venture serves the agenda's commitment on silk and wool yarns, and shows under it.
    await page.getByLabel("Agenda", { exact: true }).click();
    await page.getByRole("option", { name: "Tajikistan–Tatarstan cooperation agenda" }).click();
    await page.getByLabel("Commitment", { exact: true }).click();
    await page.getByRole("option", { name: "Joint enterprises for silk and wool yarns" }).click();
    await page.getByRole("button", { name: "Link" }).click();
    await page.getByRole("link", { name: "Joint enterprises for silk and wool yarns" }).click();
    const commitment = page.getByTestId("commitment").filter({ hasText: "Joint enterprises for silk and wool yarns" });
    await commitment.getByRole("link", { name: new RegExp(title) }).waitFor();

    await page.goto("/deals");
    await page.getByTestId("deal-column-talks").getByRole("link", { name: title }).waitFor();
    await snapshot(page, "deals-board");
    // On the board the parties drag a card to move the deal on.
    await page
      .getByTestId("deal-column-talks")
      .getByTestId("deal-card")
      .filter({ hasText: title })
      .dragTo(page.getByTestId("deal-column-memorandum"));
    await page.getByTestId("deal-column-memorandum").getByRole("link", { name: title }).waitFor();
    // Filtering by a country none of its parties is in hides it.
    await page.goto("/deals?country=KG");
    await page.getByTestId("deal-board").waitFor();
    expect(await page.getByRole("link", { name: title }).count()).toBe(0);
  });

  it("the chamber that keeps the Tajikistan–Kyrgyzstan agenda adds a commitment, is told about an impossible date, fixes it, later moves its date and removes it", async () => {
    const { page } = await newPage(browser());
    await signIn(page, "kanat.abdykalykov@crossborder-chamber.demo.hamkori.org", DEMO_PASSWORD);
    await page.goto("/agendas");
    await page.getByRole("link", { name: "Tajikistan–Kyrgyzstan industrial cooperation after the Dushanbe exhibition" }).click();
    const form = page.getByTestId("commitment-form");
    await form.getByLabel("Commitment").fill("Joint felt workshop in Naryn");
    await form.getByLabel("Due").fill("2027-02-30");
    await form.getByLabel("Owner", { exact: true }).fill("Chamber of Cross-Border Industrial Cooperation");
    await form.getByRole("button", { name: "Add" }).click();
    await form.getByText("This date does not exist").waitFor();
    await form.getByLabel("Due").fill("2027-02-28");
    await form.getByRole("button", { name: "Add" }).click();
    const added = page.getByTestId("commitment").filter({ hasText: "Joint felt workshop in Naryn" });
    await added.waitFor();
    await snapshot(page, "agenda-keeper-en");

    // The date slips: the keeper corrects it in place, then decides the workshop is not theirs to promise.
    await added.getByRole("button", { name: "Edit Joint felt workshop in Naryn" }).click();
    const dialog = page.getByRole("dialog", { name: "Edit the commitment" });
    expect(await dialog.getByLabel("Due").inputValue()).toBe("2027-02-28");
    await dialog.getByLabel("Due").fill("2027-05-31");
    await dialog.getByRole("button", { name: "Save" }).click();
    await dialog.waitFor({ state: "detached" });
    await expect.poll(async () => (await added.textContent()) ?? "").toContain("31 May 2027");
    await added.getByRole("button", { name: "Remove Joint felt workshop in Naryn" }).click();
    await page.getByRole("button", { name: "Remove", exact: true }).click();
    await added.waitFor({ state: "detached" });
  });
});
