import type { Browser, Page } from "playwright-core";
import { newPage } from "./browser";

export const DEMO_PASSWORD = "hamkori-demo";

export async function signIn(page: Page, email: string, password: string) {
  await page.goto("/sign-in");
  await page.getByRole("heading", { name: "Sign in" }).waitFor();
  await page.getByLabel("E-mail").fill(email);
  await page.getByLabel("Password").fill(password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await page.waitForURL("**/account");
}

/**
 * Without SMTP, mail waits in the outbox: the platform administrator signs in, opens
 * Admin → Outbox, expands the newest message to `to` with `subject` and copies its link.
 */
export async function linkFromOutbox(browser: Browser, to: string, subject: string): Promise<string> {
  const { context, page } = await newPage(browser);
  try {
    await signIn(page, "admin@demo.hamkori.org", DEMO_PASSWORD);
    await page.getByTestId("user-menu").click();
    await page.getByRole("menuitem", { name: "Outbox (admin)" }).click();
    const message = page.getByTestId("outbox-message").filter({ hasText: to }).filter({ hasText: subject }).first();
    await message.click();
    const text = (await message.textContent()) ?? "";
    const link = text.match(/https?:\/\/[^\s]+/)?.[0];
    if (!link) throw new Error(`No link in the message "${subject}" to ${to}`);
    const url = new URL(link);
    return `${url.pathname}${url.search}`;
  } finally {
    await context.close();
  }
}
