import { createHmac, timingSafeEqual } from "node:crypto";
import type { AppContext } from "../../../platform/context";

type Ctx = Pick<AppContext, "config">;

/**
 * The private key of a participant's calendar feed. Calendar apps send no cookies, so the link
 * itself is the permission; it is derived from the server secret, so nothing is stored and it
 * cannot be guessed, and it changes only if the secret does.
 */
export function agendaKeyOf(ctx: Ctx, forumId: string, organizationId: string): string {
  return createHmac("sha256", ctx.config.secret).update(`agenda-feed\u0000${forumId}\u0000${organizationId}`).digest("base64url");
}

export function isAgendaKey(ctx: Ctx, forumId: string, organizationId: string, key: string): boolean {
  const expected = Buffer.from(agendaKeyOf(ctx, forumId, organizationId));
  const sent = Buffer.from(key);
  return sent.length === expected.length && timingSafeEqual(sent, expected);
}

export const agendaFeedUrl = (ctx: Ctx, forumId: string, organizationId: string) =>
  `${ctx.config.publicUrl}/api/v1/forums/${forumId}/agenda.ics?participant=${organizationId}&key=${agendaKeyOf(ctx, forumId, organizationId)}`;
