import type { APIRequestContext, APIResponse, Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { browserPerSpec, newPage, snapshot } from "./support/browser";

const browser = browserPerSpec();
// Polls wait for the page, not a fixed second: a busy machine answers later.
const SLOW = { timeout: 15_000 };

async function ok<T>(response: APIResponse, what: string): Promise<T> {
  if (!response.ok()) throw new Error(`${what} failed: ${response.status()} ${await response.text()}`);
  return (await response.json()) as T;
}

/** An organiser and a published forum, set up through the API in this browser's session. */
async function organiserWithForum(request: APIRequestContext, stamp: number): Promise<string> {
  await ok(
    await request.post("/api/auth/sign-up/email", { data: { email: `org.${stamp}@example.org`, password: "silk-road-2026", name: "Dilshod Organiser" } }),
    "sign-up",
  );
  const organization = await ok<{ id: string }>(
    await request.post("/api/v1/organizations", { data: { legalName: { en: `Dushanbe Expo ${stamp}` }, country: "TJ" } }),
    "organisation",
  );
  const forum = await ok<{ id: string }>(
    await request.post("/api/v1/forums", {
      data: {
        name: { en: `Textile Forum ${stamp}` },
        startsOn: "2031-07-09",
        endsOn: "2031-07-11",
        timeZone: "Asia/Dushanbe",
        venue: { name: { en: "EXPO Center" }, city: "Dushanbe", country: "TJ" },
        organizerOrganizationId: organization.id,
        status: "published",
      },
    }),
    "forum",
  );
  return forum.id;
}

const HEADER = "Full name,E-mail,Organisation,Job title,Country,Category,Language";
/** Clicks the file field and picks the file in the chooser, as a person does. */
async function chooseFile(page: Page, file: ReturnType<typeof csv>) {
  const chooser = page.waitForEvent("filechooser");
  await page.getByTestId("import-file").click();
  await (await chooser).setFiles(file);
}

const csv = (lines: string[]) => ({ name: "visitors.csv", mimeType: "text/csv", buffer: Buffer.from(`${[HEADER, ...lines].join("\n")}\n`) });

describe("an organiser", () => {
  it("imports visitors from a CSV after fixing the lines the preview named, then prints their badges", async () => {
    const { context, page } = await newPage(browser());
    const stamp = Date.now();
    const forumId = await organiserWithForum(page.request, stamp);
    const good = [
      `Farrukh Nazarov,farrukh.${stamp}@example.org,Dushanbe Textiles,Engineer,TJ,buyer,ru`,
      `Aigul Mamatova,aigul.${stamp}@example.org,Osh Silk,Director,KG,press,ky`,
      `Timur Gafarov,timur.${stamp}@example.org,Kazan Looms,,RU,visitor,en`,
    ];

    await page.goto(`/forums/${forumId}/registrations`);
    await page.getByRole("heading", { name: "Visitors and badges" }).waitFor();
    await page.getByRole("tab", { name: "Import from a file" }).click();

    // Lines 3 and 4 are wrong: an address that is no address, a country that does not exist.
    await chooseFile(
      page,
      csv([
        good[0],
        `Aigul Mamatova,aigul-at-example.org,Osh Silk,Director,KG,press,ky`,
        `Timur Gafarov,timur.${stamp}@example.org,Kazan Looms,,Narnia,visitor,en`,
      ]),
    );
    await page.getByTestId("import-report").waitFor();
    const lines = await page.getByTestId("import-problem").evaluateAll((rows) => rows.map((row) => row.getAttribute("data-line")));
    expect([...new Set(lines)]).toEqual(["3", "4"]);
    expect(await page.getByTestId("import-problems").textContent()).toContain("email");
    expect(await page.getByTestId("import-problems").textContent()).toContain("country");
    expect(await page.getByTestId("import-nothing-saved").isVisible()).toBe(true);
    expect(await page.getByTestId("import-commit").isDisabled()).toBe(true);
    await snapshot(page, "visitor-import-problems-desktop");

    // Nothing was saved.
    const before = await ok<{ total: number }>(await page.request.get(`/api/v1/forums/${forumId}/registrations`), "list");
    expect(before.total).toBe(0);

    await chooseFile(page, csv(good));
    await expect.poll(() => page.getByTestId("import-problem-count").textContent(), SLOW).toBe("0");
    expect(await page.getByTestId("import-valid").textContent()).toBe("3");
    await page.getByRole("button", { name: "Import 3 visitors" }).click();
    await page.getByTestId("import-result").waitFor();
    expect(await page.getByTestId("import-result").textContent()).toContain("3 visitors imported");

    await page.getByRole("tab", { name: "Visitors" }).click();
    await expect
      .poll(() => page.getByTestId("registration-name").allTextContents(), SLOW)
      .toEqual(expect.arrayContaining(["Farrukh Nazarov", "Aigul Mamatova", "Timur Gafarov"]));
    await page.getByTestId("registrations-search").fill("Osh Silk");
    await expect.poll(() => page.getByTestId("registration-name").allTextContents(), SLOW).toEqual(["Aigul Mamatova"]);
    await snapshot(page, "visitor-import-list-desktop");

    // One more by hand: a VIP, who only organisers can register; then cancelled.
    await page.getByTestId("registrations-search").fill("");
    await page.getByTestId("add-visitor").click();
    const dialog = page.getByRole("dialog");
    await dialog.getByRole("button", { name: "Register" }).click();
    await dialog.getByText("Enter the full name as it should be printed").waitFor();
    await dialog.getByLabel("Full name", { exact: true }).fill("Rustam Minnikhanov");
    await dialog.getByLabel("E-mail", { exact: true }).fill(`rustam.${stamp}@example.org`);
    await dialog.getByLabel("Country", { exact: true }).click();
    await page.getByRole("option", { name: "Russia" }).first().click();
    await dialog.getByLabel("Category", { exact: true }).click();
    await page.getByRole("option", { name: "VIP" }).click();
    await snapshot(page, "visitor-add-desktop");
    await dialog.getByRole("button", { name: "Register" }).click();
    await dialog.waitFor({ state: "hidden" });
    const vip = page.getByTestId("registration-row").filter({ hasText: "Rustam Minnikhanov" });
    await vip.waitFor();
    await vip.getByRole("button", { name: "Cancel registration" }).click();
    await page.getByRole("button", { name: "Cancel it" }).click();
    await expect.poll(() => vip.getAttribute("data-cancelled"), SLOW).toBe("true");

    await page.getByRole("tab", { name: "Print badges" }).click();
    await page.getByRole("button", { name: "Print all badges (PDF)" }).click();
    await expect.poll(() => page.getByTestId("badge-progress").getAttribute("data-percent"), { timeout: 60_000 }).toBe("100");
    await page.getByTestId("badge-download").waitFor();
    expect(await page.getByTestId("badge-progress-text").textContent()).toContain("3 of 3");
    const href = await page.getByTestId("badge-download").getAttribute("href");
    expect(href).toMatch(/^\/api\/v1\/jobs\/[\w-]+\/result$/);
    const pdf = await page.request.get(href ?? "");
    expect(pdf.headers()["content-type"]).toContain("application/pdf");
    await snapshot(page, "visitor-import-badges-desktop");

    // The same page on a phone.
    await page.setViewportSize({ width: 390, height: 844 });
    await page.getByRole("tab", { name: "Visitors" }).click();
    await snapshot(page, "visitor-import-list-phone");
    await page.getByRole("tab", { name: "Import from a file" }).click();
    await snapshot(page, "visitor-import-phone");
    await context.close();
  });
});
