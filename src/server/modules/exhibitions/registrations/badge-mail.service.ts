import type { FastifyBaseLogger } from "fastify";
import { formatBadgeCode } from "../../../../engines/badge-token";
import type { AppContext } from "../../../platform/context";
import { languageOr, pickText } from "../../../platform/i18n";
import type { JobProgress } from "../../../platform/jobs";
import { renderBadgePdf } from "../badges/badge-pdf";
import type { ForumRow, RegistrationRow } from "./registration.repository";
import { badgePathOf, forumDatesText, toBadgePrint } from "./registration.view";
import { BADGE_MAIL } from "./registration-mail";

type Ctx = Pick<AppContext, "config" | "reference" | "mailer">;
export type Logger = Pick<FastifyBaseLogger, "warn">;

export const badgeFileName = (row: Pick<RegistrationRow, "badgeCode">) => `badge-${formatBadgeCode(row.badgeCode)}.pdf`;

export const renderOneBadge = (ctx: Pick<AppContext, "config" | "reference">, row: RegistrationRow, forum: ForumRow) =>
  renderBadgePdf([toBadgePrint(ctx, row, forum)]);

/** Sends the badge to its holder, in their language, with the PDF attached and a link to fetch it again. */
export async function sendBadgeMail(ctx: Ctx, row: RegistrationRow, forum: ForumRow): Promise<void> {
  const language = languageOr(row.language);
  const texts = BADGE_MAIL[language];
  const facts = {
    fullName: row.fullName,
    forumName: pickText(forum.name, language),
    dates: forumDatesText(forum, language),
    code: formatBadgeCode(row.badgeCode),
    link: `${ctx.config.publicUrl}${badgePathOf(row)}`,
  };
  const pdf = await renderOneBadge(ctx, row, forum);
  await ctx.mailer.send({
    to: row.email,
    subject: texts.subject(facts),
    text: texts.text(facts),
    attachments: [{ filename: badgeFileName(row), content: pdf, contentType: "application/pdf" }],
  });
}

/** The registration stands whatever happens to its e-mail: the badge can still be fetched or printed at the desk. */
export async function mailBadgeQuietly(ctx: Ctx, row: RegistrationRow, forum: ForumRow, log: Logger): Promise<void> {
  try {
    await sendBadgeMail(ctx, row, forum);
  } catch (error) {
    log.warn({ err: error, registrationId: row.id }, "the badge e-mail could not be sent");
  }
}

/** Background work after an import: one e-mail per visitor, progress and failures visible in the job. */
export async function mailBadges(ctx: Ctx, rows: RegistrationRow[], forum: ForumRow, progress: JobProgress): Promise<undefined> {
  let failed = 0;
  for (const [index, row] of rows.entries()) {
    progress.signal.throwIfAborted();
    await sendBadgeMail(ctx, row, forum).catch(() => {
      failed++;
    });
    progress.report(index + 1, rows.length, failed ? `${failed} e-mails could not be sent` : undefined);
  }
  return undefined;
}
