import { eq } from "drizzle-orm";
import { newId } from "../../../platform/ids";
import { listOutbox } from "../../../platform/outbox.repository";
import type { TestApp } from "../../../testing/test-app";
import { exhibitorApplication } from "../schema";

/** A valid self-registration body; tests change what they are about. */
export const visitorInput = (email: string, overrides: Record<string, unknown> = {}) => ({
  fullName: "Farrukh Nazarov",
  email,
  organizationName: "Pamir Textiles",
  jobTitle: "Procurement manager",
  country: "TJ",
  language: "en",
  category: "buyer",
  ...overrides,
});

export async function register(t: TestApp, forumId: string, payload: Record<string, unknown>, cookie?: string) {
  return t.app.inject({ method: "POST", url: `/api/v1/forums/${forumId}/registrations`, payload, headers: cookie ? { cookie } : {} });
}

/** Messages sent to `to`, newest first. */
export async function outboxOf(t: TestApp, to: string) {
  return (await listOutbox(t.ctx.database.db, 1000, 0)).filter((m) => m.to === to);
}

/** pdfkit writes one page object per page, outside the compressed content streams. */
export const pageCount = (pdf: Buffer) => (pdf.toString("latin1").match(/\/Type \/Page\b(?!s)/g) ?? []).length;

/** An exhibitor application straight in the table, so staff rules are tested apart from the applications API. */
export async function fileApplication(t: TestApp, forumId: string, organizationId: string, status = "pending") {
  const id = newId();
  await t.ctx.database.db.insert(exhibitorApplication).values({ id, forumId, organizationId, kind: "booth", status });
  return id;
}

export async function setApplicationStatus(t: TestApp, id: string, status: string) {
  await t.ctx.database.db.update(exhibitorApplication).set({ status }).where(eq(exhibitorApplication.id, id));
}
