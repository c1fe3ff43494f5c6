import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { type APIRequestContext, type APIResponse, chromium, type Page, request } from "playwright-core";
import QRCode from "qrcode";
import { describe, expect, it } from "vitest";
import { baseUrl, browserPerSpec, CHROMIUM_PATH, newPage, snapshot } from "./support/browser";

const browser = browserPerSpec();
// Polls wait for the page, not a fixed second: a busy machine answers later.
const SLOW = { timeout: 15_000 };

async function ok<T>(response: APIResponse, what: string): Promise<T> {
  if (!response.ok()) throw new Error(`${what} failed: ${response.status()} ${await response.text()}`);
  return (await response.json()) as T;
}

/** An organiser with a published forum and one registered visitor, set up through the API in this browser's session. */
async function forumWithVisitor(request: APIRequestContext, stamp: number) {
  await ok(
    await request.post("/api/auth/sign-up/email", { data: { email: `organiser.${stamp}@example.org`, password: "silk-road-2026", name: "Nurlan Organiser" } }),
    "sign-up",
  );
  const organization = await ok<{ id: string }>(
    await request.post("/api/v1/organizations", { data: { legalName: { en: `Bishkek Expo ${stamp}` }, country: "KG" } }),
    "organisation",
  );
  const forum = await ok<{ id: string }>(
    await request.post("/api/v1/forums", {
      data: {
        name: { en: `Joint Industrial Exhibition ${stamp}`, ky: `Биргелешкен өнөр жай көргөзмөсү ${stamp}` },
        startsOn: "2031-07-09",
        endsOn: "2031-07-11",
        timeZone: "Asia/Bishkek",
        venue: { name: { en: "Expo Center" }, city: "Bishkek", country: "KG" },
        organizerOrganizationId: organization.id,
        status: "published",
      },
    }),
    "forum",
  );
  const visitor = await ok<{ badgeCode: string; badgeToken: string; fullName: string }>(
    await request.post(`/api/v1/forums/${forum.id}/registrations/organiser`, {
      data: { fullName: "Aigerim Toktogulova", email: `aigerim.${stamp}@example.org`, organizationName: "Ala-Too Textiles", country: "KG", category: "buyer" },
    }),
    "registration",
  );
  return { forumId: forum.id, visitor };
}

const outcome = (page: Page) => page.getByTestId("scan-result").getAttribute("data-outcome");
const pending = (page: Page) => page.getByTestId("pending-count").getAttribute("data-count");

async function typeCode(page: Page, text: string) {
  await page.getByTestId("code-input").fill(text);
  await page.getByTestId("code-submit").click();
}

describe("door staff at a forum", () => {
  it("check a visitor in with no network, in Kyrgyz, and the dashboard counts one entry once back online", async () => {
    const { context, page } = await newPage(browser(), { phone: true });
    const stamp = Date.now();
    const { forumId, visitor } = await forumWithVisitor(page.request, stamp);

    // The door staff's phone speaks Kyrgyz.
    await page.goto("/");
    await page.getByTestId("language-switcher").click();
    await page.getByRole("option", { name: "Кыргызча" }).click();
    await expect.poll(() => page.evaluate(() => document.documentElement.lang), SLOW).toBe("ky");

    await page.goto(`/forums/${forumId}/check-in`);
    await page.getByRole("heading", { name: "Кирүүдөгү каттоо" }).waitFor();
    await expect.poll(() => page.getByTestId("bundle-info").textContent(), SLOW).toMatch(/1 даана/);
    // The app must be served by its service worker before the network goes, or a reload would fail.
    // (A page the worker did not claim reloads itself once; the check survives that navigation.)
    const controlled = () => page.evaluate(() => navigator.serviceWorker?.controller !== null).catch(() => false);
    await expect.poll(controlled, { timeout: 30_000 }).toBe(true);
    await page.getByTestId("bundle-info").waitFor();
    await snapshot(page, "check-in-online-ky-phone");
    // This phone has no camera: the page says so and the typed code remains.
    await page.getByTestId("camera-toggle").click();
    await page.getByTestId("camera-problem").waitFor();
    await snapshot(page, "check-in-no-camera-ky-phone");
    await page.getByTestId("camera-toggle").click();
    await page.getByTestId("camera-problem").waitFor({ state: "hidden" });

    await context.setOffline(true);
    await expect.poll(() => page.getByTestId("connection").getAttribute("data-online"), SLOW).toBe("false");

    // Typed as a person would copy it from the badge: lower case, on a Cyrillic layout for "К".
    const typed = `${visitor.badgeCode.slice(0, 5)}-${visitor.badgeCode.slice(5)}`.toLowerCase();
    await typeCode(page, typed);
    await expect.poll(() => outcome(page), SLOW).toBe("accepted");
    expect(await page.getByTestId("scan-name").textContent()).toBe("Aigerim Toktogulova");
    expect(await page.getByTestId("scan-verdict").textContent()).toBe("Кош келиңиз");
    await expect.poll(() => pending(page), SLOW).toBe("1");
    await snapshot(page, "check-in-offline-accepted-ky-phone");

    // The same badge again, now as its QR token: flagged as already in.
    await typeCode(page, visitor.badgeToken);
    await expect.poll(() => outcome(page), SLOW).toBe("repeat");
    expect(await page.getByTestId("scan-verdict").textContent()).toMatch(/^Саат \d\d:\d\d кирген$/);
    expect(await page.getByTestId("recent-scan").first().getAttribute("data-outcome")).toBe("repeat");
    await snapshot(page, "check-in-offline-repeat-ky-phone");

    // A forged token (one signature character changed) is refused with no network to ask.
    const token = visitor.badgeToken;
    const forged = `${token.slice(0, -3)}${token.at(-3) === "A" ? "B" : "A"}${token.slice(-2)}`;
    await typeCode(page, forged);
    await expect.poll(() => outcome(page), SLOW).toBe("forged");
    expect(await page.getByTestId("scan-verdict").textContent()).toBe("Жараксыз бейдж");
    await snapshot(page, "check-in-offline-forged-ky-phone");
    const waiting = Number(await pending(page));
    expect(waiting).toBeGreaterThanOrEqual(2);

    // A reload with no network: the service worker serves the app, IndexedDB the list and the queue.
    await page.reload();
    await page.getByRole("heading", { name: "Кирүүдөгү каттоо" }).waitFor();
    await expect.poll(() => page.getByTestId("bundle-info").textContent(), SLOW).toMatch(/1 даана/);
    expect(await page.getByTestId("connection").getAttribute("data-online")).toBe("false");
    await expect.poll(() => pending(page), SLOW).toBe(String(waiting));
    expect(await page.getByTestId("recent-scan").count()).toBe(3);
    await typeCode(page, visitor.badgeCode);
    await expect.poll(() => outcome(page), SLOW).toBe("repeat");
    await snapshot(page, "check-in-offline-reloaded-ky-phone");
    // The installed app starts at /check-in, which must reach this forum's door page with no network.
    await page.goto("/check-in");
    await expect.poll(() => new URL(page.url()).pathname, SLOW).toBe(`/forums/${forumId}/check-in`);
    await page.getByTestId("check-in-page").waitFor();

    await context.setOffline(false);
    await expect.poll(() => page.getByTestId("connection").getAttribute("data-online"), SLOW).toBe("true");
    await expect.poll(() => pending(page), { timeout: 20_000 }).toBe("0");
    await expect.poll(() => page.getByTestId("recent-scan").first().getAttribute("data-synced"), SLOW).toBe("true");
    await snapshot(page, "check-in-synced-ky-phone");

    // The installable app's files are served as browsers require, and always revalidated.
    const manifest = await page.request.get("/manifest.webmanifest");
    expect(manifest.headers()["content-type"]).toContain("application/manifest+json");
    expect((await manifest.json()).start_url).toBe("/check-in");
    const worker = await page.request.get("/sw.js");
    expect(worker.headers()["content-type"]).toContain("javascript");
    expect(worker.headers()["cache-control"]).toBe("no-cache");
    expect(worker.headers()["content-security-policy"]).toContain("worker-src 'self'");

    const stats = await ok<{ checkIns: { total: number } }>(await page.request.get(`/api/v1/forums/${forumId}/stats`), "stats");
    expect(stats.checkIns.total).toBe(1);
    await page.goto(`/forums/${forumId}/dashboard`);
    await expect.poll(() => page.getByTestId("kpi-check-ins").textContent(), { timeout: 20_000 }).toMatch(/(^|\D)1(\D|$)/);
    await snapshot(page, "check-in-dashboard-ky-phone");
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.goto(`/forums/${forumId}/check-in`);
    await expect.poll(() => page.getByTestId("recent-scan").count(), SLOW).toBe(4);
    await snapshot(page, "check-in-ky-desktop");
    await context.close();
  });
});

/**
 * A camera that films a badge: a Y4M video (what Chromium's fake camera plays) of the QR code
 * holding `text`, black modules on white, centred in a 640×480 frame.
 */
function badgeVideo(text: string): string {
  const { modules } = QRCode.create(text, { errorCorrectionLevel: "M" });
  const [width, height, scale, quiet] = [640, 480, 8, 4];
  const side = (modules.size + 2 * quiet) * scale;
  const [left, top] = [(width - side) / 2 + quiet * scale, (height - side) / 2 + quiet * scale];
  const luma = Buffer.alloc(width * height, 235);
  for (let y = 0; y < modules.size; y++)
    for (let x = 0; x < modules.size; x++) {
      if (!modules.get(y, x)) continue;
      for (let dy = 0; dy < scale; dy++)
        luma.fill(16, (top + y * scale + dy) * width + left + x * scale, (top + y * scale + dy) * width + left + (x + 1) * scale);
    }
  const frame = Buffer.concat([Buffer.from("FRAME\n"), luma, Buffer.alloc((width * height) / 2, 128)]);
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "hamkori-camera-")), "badge.y4m");
  fs.writeFileSync(file, Buffer.concat([Buffer.from(`YUV4MPEG2 W${width} H${height} F10:1 Ip A1:1 C420jpeg\n`), ...Array.from({ length: 10 }, () => frame)]));
  return file;
}

describe("the door camera", () => {
  it("reads a badge's QR code and lets the visitor in", async () => {
    const api = await request.newContext({ baseURL: baseUrl() });
    const { forumId, visitor } = await forumWithVisitor(api, Date.now());
    const video = badgeVideo(visitor.badgeToken);
    const browser = await chromium.launch({
      executablePath: CHROMIUM_PATH,
      args: [
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--use-fake-device-for-media-stream",
        "--use-fake-ui-for-media-stream",
        `--use-file-for-fake-video-capture=${video}`,
      ],
    });
    try {
      const context = await browser.newContext({
        baseURL: baseUrl(),
        storageState: await api.storageState(),
        viewport: { width: 390, height: 844 },
        isMobile: true,
        permissions: ["camera"],
      });
      const page = await context.newPage();
      page.setDefaultTimeout(15_000);
      await page.goto(`/forums/${forumId}/check-in`);
      await expect.poll(() => page.getByTestId("bundle-info").textContent(), SLOW).toMatch(/badges: 1$/);
      await page.getByRole("button", { name: "Turn the camera on" }).click();
      await expect.poll(() => outcome(page), { timeout: 20_000 }).toBe("accepted");
      expect(await page.getByTestId("scan-name").textContent()).toBe("Aigerim Toktogulova");
      await snapshot(page, "check-in-camera-en-phone");
      // The badge stays in front of the camera: it is not scanned again as its own repeat.
      await new Promise((resolve) => setTimeout(resolve, 3_000));
      expect(await page.getByTestId("recent-scan").count()).toBe(1);
      await page.getByRole("button", { name: "Turn the camera off" }).click();
    } finally {
      await browser.close();
      await api.dispose();
      fs.rmSync(path.dirname(video), { recursive: true, force: true });
    }
  });
});
