import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { browserPerSpec, newPage, snapshot } from "./support/browser";
import { addHallByApi, apiCall, createForumByApi, createOrganizationByApi, createProductByApi, signUpByApi } from "./support/expo";

const browser = browserPerSpec();

async function speakTajik(page: Page) {
  await page.goto("/");
  await page.getByTestId("language-switcher").click();
  await page.getByRole("option", { name: "Тоҷикӣ" }).click();
  await expect.poll(() => page.evaluate(() => document.documentElement.lang)).toBe("tg");
}

/** Two morning sessions of half-hour slots at four tables; meetings at booths are switched off so each gets a table. */
const settings = {
  requestsOpen: true,
  requestExpiryHours: 72,
  slotMinutes: 30,
  sessions: [
    { date: "2031-07-10", start: "10:00", end: "12:00", label: { en: "Thursday morning" } },
    { date: "2031-07-11", start: "10:00", end: "12:00", label: { en: "Friday morning" } },
  ],
  tables: 4,
  meetingArea: { en: "B2B meeting area", tg: "Минтақаи вохӯриҳои B2B" },
  boothMeetings: false,
  onlineMeetings: false,
  videoLinkTemplate: null,
  receiveCaps: { buyer: 20 },
  mayRequest: {},
  crossBorderWeight: 0.5,
};

describe("B2B meetings", () => {
  it("a buyer finds a recommended supplier and requests a meeting, the supplier accepts in Tajik, the organiser publishes the schedule, and both agendas show the table", async () => {
    const stamp = Date.now();
    const supplierName = `Tojik Silk ${stamp}`;
    const buyerName = `Kama Workwear ${stamp}`;

    // Set-up through the API: the forum with its meeting sessions, and the supplier as an approved exhibitor.
    const organiser = await newPage(browser());
    await signUpByApi(organiser.context, "Ravshan Yormuhammadov", `organiser.b2b.${stamp}@example.org`);
    const organizer = await createOrganizationByApi(organiser.context, { en: `Dushanbe Expo Services ${stamp}` });
    const forum = await createForumByApi(organiser.context, organizer.id, { en: `Textile Forum ${stamp}` });
    const hall = await addHallByApi(organiser.context, forum.id, 5);
    await apiCall(organiser.context, "PUT", `/api/v1/forums/${forum.id}/matchmaking`, settings);

    const supplier = await newPage(browser());
    await signUpByApi(supplier.context, "Farhod Nazarzoda", `supplier.b2b.${stamp}@example.org`);
    const silk = await createOrganizationByApi(supplier.context, { en: supplierName, tg: `Абрешими Тоҷик ${stamp}` }, "TJ");
    await createProductByApi(supplier.context, silk.id, { en: "Raw silk", tg: "Абрешими хом" }, "500200");
    const application = await apiCall<{ id: string }>(supplier.context, "POST", `/api/v1/forums/${forum.id}/applications`, {
      organizationId: silk.id,
      kind: "booth",
      boothId: hall.booths[0]?.id,
      productIds: [],
      message: "",
    });
    await apiCall(organiser.context, "POST", `/api/v1/applications/${application.id}/decision`, { status: "approved", message: "" });

    // The buyer's company seeks raw silk for its weaving; it has not joined the meetings yet.
    const buyer = await newPage(browser());
    await signUpByApi(buyer.context, "Nailya Fattakhova", `buyer.b2b.${stamp}@example.org`);
    const kama = await createOrganizationByApi(buyer.context, { en: buyerName }, "RU");
    await apiCall(buyer.context, "POST", `/api/v1/organizations/${kama.id}/profiles`, {
      kind: "request",
      title: { en: "Raw silk for our weaving" },
      hsCodes: ["500200"],
      targetMarkets: ["TJ"],
      languages: ["ru", "en"],
    });

    // The buyer joins the B2B meetings from the forum's page and finds the supplier among the recommendations.
    await buyer.page.goto(`/forums/${forum.id}`);
    await buyer.page.getByTestId("forum-tab-meetings").click();
    await buyer.page.getByTestId("join-card").waitFor();
    // Their only organisation is already chosen.
    expect(await buyer.page.getByTestId("join-organization").inputValue()).toBe(buyerName);
    await buyer.page.getByTestId("join-category-buyer").check();
    await buyer.page.getByTestId("join-submit").click();
    const card = buyer.page.getByTestId("recommendation-card").filter({ hasText: supplierName });
    await card.waitFor();
    // The reason is spelled out: the supplier offers the raw silk (HS 5002) the buyer asked for.
    expect(await card.getByTestId("recommendation-reason").first().textContent()).toContain("5002");
    await snapshot(buyer.page, "b2b-recommendations");
    await card.getByTestId("request-meeting").click();
    await buyer.page.getByTestId("request-message").fill("We weave workwear fabric in Kazan and need 2 tonnes of raw silk a year. Shall we meet?");
    await buyer.page.getByTestId("send-request").click();
    await card.getByTestId("request-status").filter({ hasText: /./ }).waitFor();
    expect(await card.getByTestId("request-status").getAttribute("data-status")).toBe("pending");

    // The supplier reads the request in Tajik and accepts it.
    await speakTajik(supplier.page);
    await supplier.page.goto(`/forums/${forum.id}/meetings/requests`);
    const row = supplier.page.getByTestId("request-row").filter({ hasText: buyerName });
    await row.waitFor();
    expect(await row.textContent()).toContain("2 tonnes of raw silk");
    await row.getByTestId("accept-request").click();
    await supplier.page.getByTestId("accept-submit").click();
    await supplier.page.getByTestId("request-row").filter({ hasText: buyerName }).and(supplier.page.locator('[data-status="accepted"]')).waitFor();
    await snapshot(supplier.page, "b2b-request-accepted-tg");

    // The organiser runs the scheduler, reviews the draft and publishes it.
    await organiser.page.goto(`/forums/${forum.id}/matchmaking/schedule`);
    await organiser.page.getByTestId("run-schedule").click();
    const review = organiser.page.getByTestId("schedule-review");
    await review.waitFor({ timeout: 60_000 });
    await organiser.page.getByTestId("review-no-conflicts").waitFor();
    expect(await organiser.page.getByTestId("assignment-row").count()).toBe(1);
    await snapshot(organiser.page, "b2b-schedule-review");
    await organiser.page.getByTestId("publish-schedule").click();
    await organiser.page.getByTestId("publish-confirm").click();
    await organiser.page.getByTestId("schedule-published").waitFor();

    // Both see the meeting with its table: the buyer in English, the supplier in Tajik.
    await buyer.page.goto(`/forums/${forum.id}/meetings/agenda`);
    const buyerMeeting = buyer.page.getByTestId("agenda-meeting").filter({ hasText: supplierName });
    await buyerMeeting.waitFor();
    expect(await buyerMeeting.getByTestId("agenda-place").textContent()).toMatch(/Table \d+, B2B meeting area/);
    await snapshot(buyer.page, "b2b-agenda-en");

    await supplier.page.goto(`/forums/${forum.id}/meetings/agenda`);
    const supplierMeeting = supplier.page.getByTestId("agenda-meeting").filter({ hasText: buyerName });
    await supplierMeeting.waitFor();
    expect(await supplierMeeting.getByTestId("agenda-place").textContent()).toMatch(/Миз \d+, Минтақаи вохӯриҳои B2B/);
    // The same table for both: one meeting, one place.
    const tableOf = (text: string | null) => text?.match(/\d+/)?.[0];
    expect(tableOf(await supplierMeeting.getByTestId("agenda-place").textContent())).toBe(
      tableOf(await buyerMeeting.getByTestId("agenda-place").textContent()),
    );
    await snapshot(supplier.page, "b2b-agenda-tg");
  });
});
