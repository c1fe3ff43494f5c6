import fs from "node:fs";
import type { Page } from "playwright-core";
import { beforeAll, describe, expect, it } from "vitest";
import { browserPerSpec, newPage, snapshot } from "./support/browser";
import { addHallByApi, addSessionByApi, apiCall, createForumByApi, createOrganizationByApi, createProductByApi, signUpByApi } from "./support/expo";

const browser = browserPerSpec();
const stamp = Date.now();
const forumName = { en: `Textile Forum ${stamp}`, tg: `Форуми нассоҷӣ ${stamp}` };
// Every letter of Tajik that Russian lacks, as a badge must print them: ҳ ҷ ғ ӣ қ ӯ.
const visitorName = "Муҳаммадҷон Тоғӣ Ҳақдӯстзода";
let forumPath = "";

/** The page has no sideways scrolling: everything fits the phone's width. */
const fitsWidth = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth);

async function speakTajik(page: Page) {
  await page.goto("/");
  await page.getByTestId("language-switcher").click();
  await page.getByRole("option", { name: "Тоҷикӣ" }).click();
  await expect.poll(() => page.evaluate(() => document.documentElement.lang)).toBe("tg");
}

// The forum, its programme, plan and one approved exhibitor exist before the visitor comes.
beforeAll(async () => {
  const organiser = await newPage(browser());
  await signUpByApi(organiser.context, "Organiser", `organiser.tg.${stamp}@example.org`);
  const organizer = await createOrganizationByApi(organiser.context, { en: `Expo Services ${stamp}` });
  const forum = await createForumByApi(organiser.context, organizer.id, forumName);
  forumPath = `/forums/${forum.id}`;
  const hall = await addHallByApi(organiser.context, forum.id, 10);
  const sessions: { title: Record<string, string>; room: string; startsAt: string; endsAt: string; language: string }[] = [
    {
      title: { en: "Opening of the forum", tg: "Маросими ифтитоҳи форум" },
      room: "Толори калон",
      startsAt: "2031-07-09T10:00:00+05:00",
      endsAt: "2031-07-09T11:30:00+05:00",
      language: "tg",
    },
    {
      title: { en: "Cotton to cloth", ru: "От хлопка до ткани" },
      room: "Толори 2",
      startsAt: "2031-07-09T12:00:00+05:00",
      endsAt: "2031-07-09T13:00:00+05:00",
      language: "ru",
    },
    {
      title: { en: "Financing joint ventures", tg: "Маблағгузории корхонаҳои муштарак" },
      room: "Толори калон",
      startsAt: "2031-07-10T15:00:00+05:00",
      endsAt: "2031-07-10T16:30:00+05:00",
      language: "en",
    },
  ];
  for (const session of sessions) await addSessionByApi(organiser.context, forum.id, { ...session, speakers: ["Нилуфар Қодирова", "Азамат Токтосунов"] });

  const exhibitor = await newPage(browser());
  await signUpByApi(exhibitor.context, "Exhibitor", `exhibitor.tg.${stamp}@example.org`);
  const company = await createOrganizationByApi(exhibitor.context, { en: `Khujand Cotton ${stamp}`, tg: `Корхонаи пахтаи Хуҷанд ${stamp}` });
  const product = await createProductByApi(exhibitor.context, company.id, { en: "Cotton yarn", tg: "Риштаи пахтагӣ" }, "520100");
  const booth = hall.booths.find((b) => b.number === "A-03");
  const application = await apiCall<{ id: string }>(exhibitor.context, "POST", `/api/v1${forumPath}/applications`, {
    organizationId: company.id,
    kind: "booth",
    boothId: booth?.id,
    productIds: [product.id],
  });
  await apiCall(organiser.context, "POST", `/api/v1/applications/${application.id}/decision`, { status: "approved", message: "" });
  await organiser.context.close();
  await exhibitor.context.close();
});

describe("a visitor speaking Tajik", () => {
  it("registers through the steps with a Tajik name and downloads the badge as a PDF", async () => {
    const { context, page } = await newPage(browser(), { phone: true });
    await speakTajik(page);
    await page.goto(forumPath);
    await page.getByRole("link", { name: "Ҳамчун меҳмон сабти ном кунед" }).click();
    await page.getByTestId("registration-form").waitFor();

    // Step 1 insists on a name before going on.
    await page.getByRole("button", { name: "Минбаъд" }).click();
    await page.getByText("Ному насабро тавре ки чоп шавад, нависед").waitFor();
    await page.getByLabel("Ному насаб").fill(visitorName);
    await page.getByLabel("Ташкилот").fill("Ҷамъияти саҳомии «Ғалаба»");
    await page.getByLabel("Вазифа").fill("Муҳандиси технолог");
    await page.getByRole("button", { name: "Минбаъд" }).click();

    await page.getByLabel("Почтаи электронӣ").fill(`visitor.${stamp}@example.org`);
    await page.getByLabel("Кишвар").click();
    await page.getByRole("option", { name: "Тоҷикистон" }).click();
    await page.getByRole("button", { name: "Минбаъд" }).click();

    await page.getByLabel("Харидор").check();
    await snapshot(page, "expo-register-tg-phone");
    await page.getByRole("button", { name: "Сабти ном кардан" }).click();

    const done = page.getByTestId("registration-done");
    await done.waitFor();
    expect(await page.getByTestId("badge-name").textContent()).toBe(visitorName);
    expect(await page.getByTestId("badge-code").textContent()).toMatch(/^[0-9A-Z]{5}-[0-9A-Z]{5}$/);
    expect(await done.textContent()).toContain(`visitor.${stamp}@example.org`);
    await snapshot(page, "expo-badge-tg-phone");

    const link = page.getByTestId("badge-download");
    const [download] = await Promise.all([page.waitForEvent("download"), link.click()]);
    const file = await download.path();
    expect(fs.readFileSync(file).subarray(0, 5).toString()).toBe("%PDF-");
    const response = await context.request.get((await link.getAttribute("href")) ?? "");
    expect(response.status()).toBe(200);
    expect(response.headers()["content-type"]).toContain("application/pdf");
    await context.close();
  });

  it("reads the programme and searches the catalogue on a 390-px phone", async () => {
    const { context, page } = await newPage(browser(), { phone: true });
    await speakTajik(page);
    await page.goto(`${forumPath}/programme`);
    await page.getByTestId("programme-day").first().waitFor();
    expect(await page.getByTestId("programme-day").count()).toBe(2);
    expect(await page.getByTestId("session").count()).toBe(3);
    expect(await page.getByTestId("session-title").first().textContent()).toBe("Маросими ифтитоҳи форум");
    // Venue time: 10:00 in Dushanbe, whatever the phone's own zone.
    expect(await page.getByTestId("session-time").first().textContent()).toBe("10:00");
    expect(await fitsWidth(page)).toBe(true);
    await snapshot(page, "expo-programme-tg-phone");

    await page.getByTestId("programme-room-filter").click();
    await page.getByRole("option", { name: "Толори 2" }).click();
    await expect.poll(() => page.getByTestId("session").count()).toBe(1);
    expect(await page.getByTestId("session-room").allTextContents()).toEqual(["Толори 2"]);

    // The forum's sections scroll sideways on a phone; the catalogue is one of them.
    await page.getByTestId("forum-tab-exhibitors").click();
    await page.getByTestId("exhibitor-search").waitFor();
    const answered = page.waitForResponse((r) => r.url().includes("/exhibitors") && new URL(r.url()).searchParams.get("q") === "Хуҷанд");
    await page.getByTestId("exhibitor-search").fill("Хуҷанд");
    await answered;
    const card = page.getByTestId("exhibitor-card").filter({ hasText: `Корхонаи пахтаи Хуҷанд ${stamp}` });
    await card.waitFor();
    expect(await card.getByTestId("exhibitor-booth").textContent()).toContain("A-03");
    expect(await fitsWidth(page)).toBe(true);
    await snapshot(page, "expo-catalogue-tg-phone");
    await context.close();
  });
});
