import { createHash, timingSafeEqual } from "node:crypto";
import type { z } from "zod";
import type { ZBadgeBatchInput } from "../../../../contracts/exhibitions";
import type { TJob } from "../../../../contracts/jobs";
import { transliterateToLatin } from "../../../../engines/transliteration";
import type { SessionUser } from "../../../platform/auth";
import type { AppContext } from "../../../platform/context";
import { AppError, notFound } from "../../../platform/errors";
import { pickText } from "../../../platform/i18n";
import { forumAccessOf, requireForumManager } from "../access";
import { renderBadgePdf } from "../badges/badge-pdf";
import { findForumRow } from "../forums/forum.repository";
import { badgeFileName, renderOneBadge } from "./badge-mail.service";
import * as repo from "./registration.repository";
import { toBadgePrint } from "./registration.view";

type Ctx = Pick<AppContext, "database" | "config" | "reference">;
export type BadgeBatchFilter = z.output<typeof ZBadgeBatchInput>;

// Hashing first gives both sides one length, so the comparison takes the same time whatever was sent.
const digest = (text: string) => createHash("sha256").update(text).digest();
const sameKey = (sent: string, stored: string) => timingSafeEqual(digest(sent), digest(stored));

async function mayOpenBadge(
  ctx: Ctx,
  viewer: SessionUser | null,
  found: { registration: repo.RegistrationRow; forum: repo.ForumRow },
  key: string | undefined,
) {
  const { registration: row, forum } = found;
  if (key && sameKey(key, row.accessKey)) return true;
  if (!viewer) return false;
  if (row.userId === viewer.id || (viewer.emailVerified && viewer.email.toLowerCase() === row.email)) return true;
  if ((await forumAccessOf(ctx.database.db, forum, viewer)).manage) return true;
  return row.applicationId !== null && (await repo.isApplicantMember(ctx.database.db, row.applicationId, viewer.id));
}

/** One badge as a PDF. Anyone not entitled to it is told it does not exist, so ids cannot be probed. */
export async function getBadgePdf(ctx: Ctx, viewer: SessionUser | null, registrationId: string, key: string | undefined) {
  const found = await repo.findRegistration(ctx.database.db, registrationId);
  if (!found || !(await mayOpenBadge(ctx, viewer, found, key))) throw notFound("Badge");
  if (found.registration.cancelledAt) throw new AppError("registration_cancelled", 410, "This registration was cancelled; its badge is no longer valid");
  return { bytes: await renderOneBadge(ctx, found.registration, found.forum), filename: badgeFileName(found.registration) };
}

/** Every matching badge of the forum in one PDF, one A6 page each; exported for the benchmark. */
export async function renderForumBadges(
  ctx: Ctx,
  forumId: string,
  filter: BadgeBatchFilter,
  onProgress?: (done: number, total: number) => void,
  signal?: AbortSignal,
): Promise<Buffer> {
  const forum = await findForumRow(ctx.database.db, forumId);
  if (!forum) throw notFound("Forum");
  const rows = await repo.listBadgeRegistrations(ctx.database.db, forumId, filter);
  if (rows.length === 0) throw nothingToPrint();
  return renderBadgePdf(
    rows.map((row) => toBadgePrint(ctx, row, forum)),
    { onProgress, signal },
  );
}

const nothingToPrint = () => new AppError("nothing_to_print", 409, "No active registration matches; there is no badge to print");

const fileSlug = (forum: repo.ForumRow) =>
  transliterateToLatin(pickText(forum.name, "en"))
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-|-$/g, "")
    .slice(0, 60) || forum.id;

/** Printing a thousand badges takes seconds: it runs as a job whose progress the organiser watches. */
export async function startBadgeBatch(ctx: Ctx & Pick<AppContext, "jobs">, actor: SessionUser, forumId: string, filter: BadgeBatchFilter): Promise<TJob> {
  const forum = await requireForumManager(ctx.database.db, forumId, actor);
  const total = await repo.countBadges(ctx.database.db, forumId, filter);
  if (total === 0) throw nothingToPrint();
  return ctx.jobs.start("badge-batch", actor.id, total, async (progress) => {
    const bytes = await renderForumBadges(ctx, forumId, filter, (done, all) => progress.report(done, all), progress.signal);
    return { bytes, name: `badges-${fileSlug(forum)}.pdf`, mediaType: "application/pdf" };
  });
}
