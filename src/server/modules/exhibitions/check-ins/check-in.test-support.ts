import { randomUUID } from "node:crypto";
import type { TVisitorCategory } from "../../../../contracts/exhibitions";
import { newBadgeCode } from "../../../../engines/badge-token";
import type { AppContext } from "../../../platform/context";
import type { Db } from "../../../platform/db";
import { newId } from "../../../platform/ids";
import { invite, signUp, type TestApp } from "../../../testing/test-app";
import { badgeTokenOf } from "../registrations/badge-keys";
import { registration } from "../schema";

export type Visitor = { id: string; code: string; token: string; fullName: string; category: TVisitorCategory };
type VisitorChange = { category?: TVisitorCategory; cancelledAt?: Date; createdAt?: Date; organizationName?: string };

/**
 * Registers `count` visitors straight into the database, as the registration endpoints would,
 * so check-in can be tested and measured on its own.
 */
export async function registerVisitors(
  db: Db,
  ctx: Pick<AppContext, "config">,
  forumId: string,
  count: number,
  change: (i: number) => VisitorChange = () => ({}),
): Promise<Visitor[]> {
  const rows = Array.from({ length: count }, (_, i) => ({
    id: newId(),
    forumId,
    fullName: `Visitor ${i + 1}`,
    email: `visitor-${i + 1}-${randomUUID().slice(0, 8)}@example.org`,
    organizationName: null,
    country: "TJ",
    language: "en",
    category: "trade_visitor" as TVisitorCategory,
    source: "organiser",
    badgeCode: newBadgeCode(),
    accessKey: randomUUID(),
    ...change(i),
  }));
  for (let i = 0; i < rows.length; i += 500) await db.insert(registration).values(rows.slice(i, i + 500));
  return rows.map((r) => ({ id: r.id, code: r.badgeCode, token: badgeTokenOf(ctx, forumId, r.badgeCode), fullName: r.fullName, category: r.category }));
}

/** A plain member of the organising company: door staff, who may check visitors in but not run the forum. */
export async function joinDoorStaff(t: TestApp, ownerCookie: string, organizerId: string, email: string): Promise<string> {
  const cookie = await signUp(t, email, "Door staff");
  const invitation = await invite(t, ownerCookie, organizerId, email, "member");
  const accepted = await t.app.inject({ method: "POST", url: `/api/v1/invitations/${invitation.id}/accept`, headers: { cookie } });
  if (accepted.statusCode >= 300) throw new Error(`accepting the invitation failed: ${accepted.statusCode} ${accepted.body}`);
  return cookie;
}

export type ScanInput = { scanId: string; token?: string; code?: string; scannedAt: string; deviceId: string };

/** One scan with a fresh scan id: of the QR token if the badge has one, else of the typed code. */
export const scanOf = (badge: { token?: string; code?: string }, scannedAt: string, deviceId = "gate-1"): ScanInput => ({
  scanId: randomUUID(),
  ...(badge.token !== undefined ? { token: badge.token } : { code: badge.code }),
  scannedAt,
  deviceId,
});
