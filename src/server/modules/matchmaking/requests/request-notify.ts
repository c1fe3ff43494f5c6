import type { AppContext } from "../../../platform/context";
import { languageOr } from "../../../platform/i18n";
import { listMemberContacts } from "../../directory";
import type { ForumRow } from "../../exhibitions";
import { describeParticipants } from "../participants/participant.views";
import type { RequestRow } from "./request.repository";
import { type RequestEvent, requestMail } from "./request-mail";

type Ctx = Pick<AppContext, "database" | "mailer" | "config">;

/**
 * Mails every member of the organisation on the other side, each in their own language. The
 * change stands even if a mail cannot go out: both sides also see it in the app.
 */
export async function notifyOtherSide(
  ctx: Ctx,
  forum: Pick<ForumRow, "id" | "name" | "timeZone">,
  request: RequestRow,
  event: RequestEvent,
  recipientOrganizationId: string,
  extra: { message?: string | null; reason?: string | null; startsAt?: Date | null } = {},
) {
  const db = ctx.database.db;
  const counterpartId = recipientOrganizationId === request.toOrganizationId ? request.fromOrganizationId : request.toOrganizationId;
  const counterpart = (await describeParticipants(db, forum.id, [counterpartId])).get(counterpartId);
  const contacts = await listMemberContacts(db, [recipientOrganizationId]);
  for (const contact of contacts) {
    const mail = requestMail({
      language: languageOr(contact.preferredLanguage),
      event,
      forumName: forum.name,
      counterpartName: counterpart?.name ?? {},
      message: extra.message ?? null,
      reason: extra.reason ?? null,
      startsAt: extra.startsAt ?? null,
      timeZone: forum.timeZone,
      link: `${ctx.config.publicUrl}/forums/${forum.id}/meetings/requests`,
    });
    await ctx.mailer.send({ to: contact.email, ...mail }).catch(() => undefined);
  }
}
