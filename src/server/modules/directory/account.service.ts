import type { TLanguage } from "../../../contracts/common";
import type { TMe } from "../../../contracts/directory";
import type { SessionUser } from "../../platform/auth";
import type { AppContext } from "../../platform/context";
import { decodeCursor, pageOf } from "../../platform/cursor";
import { forbidden } from "../../platform/errors";
import { countOutbox, listOutbox } from "../../platform/outbox.repository";
import { updateUserPreferences } from "../../platform/users.repository";
import { listMemberships, listMyInvitations } from "./members/member.service";

type Ctx = Pick<AppContext, "database" | "mailer" | "config">;

export async function describeMe(ctx: Ctx, actor: SessionUser): Promise<TMe> {
  const [memberships, invitations] = await Promise.all([listMemberships(ctx, actor), listMyInvitations(ctx, actor)]);
  return { user: { ...actor, preferredLanguage: actor.preferredLanguage ?? null }, memberships, invitations };
}

export async function savePreferences(ctx: Ctx, actor: SessionUser, preferences: { preferredLanguage: TLanguage }) {
  await updateUserPreferences(ctx.database.db, actor.id, preferences);
  return preferences;
}

/** The mail the platform sent or stored, newest first: platform administrators only. */
export async function readOutbox(ctx: Ctx, actor: SessionUser, query: { cursor?: string; limit: number }) {
  if (actor.platformRole !== "admin") throw forbidden("Only platform administrators may read the outbox");
  const offset = decodeCursor(query.cursor);
  const [rows, total] = await Promise.all([listOutbox(ctx.database.db, query.limit, offset), countOutbox(ctx.database.db)]);
  const items = rows.map((r) => ({
    id: r.id,
    to: r.to,
    subject: r.subject,
    text: r.text,
    status: r.status as "stored" | "sent" | "failed",
    createdAt: r.createdAt.toISOString(),
  }));
  return pageOf(items, offset, total);
}
