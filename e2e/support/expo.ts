import type { BrowserContext } from "playwright-core";
import { baseUrl } from "./browser";

/**
 * Set-up through the API for the Expo journeys, done in a browser context so its cookies are the
 * page's: signing up here signs the page in. Only for what a journey does not itself test.
 */
export async function apiCall<T = Record<string, unknown>>(context: BrowserContext, method: "POST" | "PUT" | "PATCH", path: string, data: unknown): Promise<T> {
  // better-auth refuses cookie-bearing writes without the page's origin, as a browser would send it.
  const response = await context.request.fetch(path, { method, data, headers: { origin: baseUrl() } });
  if (!response.ok()) throw new Error(`${method} ${path} failed: ${response.status()} ${await response.text()}`);
  return (await response.json()) as T;
}

export async function signUpByApi(context: BrowserContext, name: string, email: string, password = "silk-road-2026") {
  await apiCall(context, "POST", "/api/auth/sign-up/email", { name, email, password });
}

export async function createOrganizationByApi(context: BrowserContext, legalName: Record<string, string>, country = "TJ") {
  return apiCall<{ id: string }>(context, "POST", "/api/v1/organizations", { legalName, country, city: "Dushanbe" });
}

export async function createProductByApi(context: BrowserContext, organizationId: string, name: Record<string, string>, hsCode: string) {
  return apiCall<{ id: string }>(context, "POST", `/api/v1/organizations/${organizationId}/products`, { name, hsCode });
}

/** A hall of 3 × 3 m booths numbered, … in rows of five with 4 m aisles. */
export async function addHallByApi(context: BrowserContext, forumId: string, count = 10) {
  const rows = Math.ceil(count / 5);
  const plan = {
    width: 24,
    height: 6 + rows * 7,
    entrances: [{ x: 12, y: 6 + rows * 7 }],
    obstacles: [],
    booths: Array.from({ length: count }, (_, i) => ({
      number: `A-${String(i + 1).padStart(2, "0")}`,
      x: 3 + (i % 5) * 3.5,
      y: 3 + Math.floor(i / 5) * 7,
      width: 3,
      height: 3,
      price: 900,
      currency: "USD",
    })),
  };
  const hall = await apiCall<{ id: string }>(context, "POST", `/api/v1/forums/${forumId}/halls`, {
    name: { en: "Hall A", ru: "Зал A", tg: "Толори A" },
    width: plan.width,
    height: plan.height,
    entrances: plan.entrances,
  });
  return apiCall<{ id: string; booths: { id: string; number: string }[] }>(context, "PUT", `/api/v1/halls/${hall.id}/plan`, plan);
}

/** A published three-day forum in Dushanbe far enough ahead to stay "upcoming". */
export async function createForumByApi(context: BrowserContext, organizerOrganizationId: string, name: Record<string, string>) {
  return apiCall<{ id: string }>(context, "POST", "/api/v1/forums", {
    name,
    description: { en: "Textiles, food, machinery and construction materials from Tajikistan and Kyrgyzstan." },
    startsOn: "2031-07-09",
    endsOn: "2031-07-11",
    timeZone: "Asia/Dushanbe",
    venue: { name: { en: "EXPO Center Dushanbe", tg: "Маркази EXPO Душанбе" }, city: "Dushanbe", country: "TJ" },
    parties: [{ role: "backer", name: { en: "Ministry of Industry and New Technologies", tg: "Вазорати саноат ва технологияҳои нав" } }],
    organizerOrganizationId,
    status: "published",
  });
}

export async function addSessionByApi(
  context: BrowserContext,
  forumId: string,
  session: { title: Record<string, string>; room: string; startsAt: string; endsAt: string; speakers: string[]; language: string },
) {
  return apiCall(context, "POST", `/api/v1/forums/${forumId}/programme`, session);
}
