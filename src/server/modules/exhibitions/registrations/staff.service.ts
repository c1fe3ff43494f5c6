import type { z } from "zod";
import type { TRegistration, ZStaffInput } from "../../../../contracts/exhibitions";
import type { SessionUser } from "../../../platform/auth";
import type { AppContext } from "../../../platform/context";
import { AppError, notFound } from "../../../platform/errors";
import { pickText } from "../../../platform/i18n";
import { requireApplicationAccess, requireForumManager } from "../access";
import { findApplication } from "../applications/application.repository";
import { type Logger, mailBadgeQuietly } from "./badge-mail.service";
import * as repo from "./registration.repository";
import { checkCountry, insertWithBadgeCode } from "./registration.service";
import { toRegistration } from "./registration.view";

type Ctx = Pick<AppContext, "database" | "config" | "reference" | "mailer">;

/** Enough for a large stand; more than this is a delegation, which the organisers register. */
export const MAX_STAFF_PER_EXHIBITOR = 20;

/** Booth staff are managed by the exhibitor's own people and by the forum's organisers. */
async function loadApplicationFor(ctx: Ctx, actor: SessionUser, applicationId: string) {
  const db = ctx.database.db;
  const application = await findApplication(db, applicationId);
  if (!application) throw notFound("Application");
  return { application, forum: await requireApplicationAccess(db, actor, application) };
}

export async function listStaff(ctx: Ctx, actor: SessionUser, applicationId: string) {
  const { forum } = await loadApplicationFor(ctx, actor, applicationId);
  const rows = await repo.listApplicationStaff(ctx.database.db, applicationId);
  return { items: rows.map((row) => toRegistration(ctx, row, forum.name)), total: rows.length, nextCursor: null };
}

export async function addStaff(ctx: Ctx, actor: SessionUser, applicationId: string, input: z.output<typeof ZStaffInput>, log: Logger): Promise<TRegistration> {
  const db = ctx.database.db;
  const { application, forum } = await loadApplicationFor(ctx, actor, applicationId);
  if (application.status !== "approved") {
    throw new AppError("application_not_approved", 409, "Staff badges are issued once the organisers have approved the application");
  }
  checkCountry(ctx, input.country);
  const names = await repo.findOrganizationNames(db, application.organizationId);
  // The stand's company is what visitors look for on a staff badge, whatever the person typed.
  const organizationName = input.organizationName || (names ? pickText({ ...names.legalName, ...names.shortName }, input.language) : null);
  const row = await insertWithBadgeCode(
    ctx,
    {
      ...input,
      organizationName,
      jobTitle: input.jobTitle ?? null,
      forumId: forum.id,
      userId: null,
      applicationId,
      category: "exhibitor_staff",
      source: "staff",
    },
    async (values) => {
      const inserted = await repo.insertStaffWithinLimit(db, { ...values, applicationId }, MAX_STAFF_PER_EXHIBITOR);
      if (!inserted) throw new AppError("staff_limit_reached", 409, `An exhibitor may register at most ${MAX_STAFF_PER_EXHIBITOR} staff`);
      return inserted;
    },
  );
  await mailBadgeQuietly(ctx, row, forum, log);
  return toRegistration(ctx, row, forum.name);
}

/**
 * Removes a staff badge. One already used at the door is cancelled instead, so the attendance
 * record survives; visitors' registrations are cancelled by organisers (PATCH), never deleted.
 */
export async function removeStaff(ctx: Ctx, actor: SessionUser, registrationId: string): Promise<void> {
  const db = ctx.database.db;
  const found = await repo.findRegistration(db, registrationId);
  if (!found) throw notFound("Registration");
  const { registration } = found;
  if (!registration.applicationId) {
    await requireForumManager(db, found.forum.id, actor);
    throw new AppError(
      "not_staff_registration",
      409,
      "Only exhibitor staff badges are deleted; cancel a visitor's registration instead (PATCH cancelled: true)",
    );
  }
  await loadApplicationFor(ctx, actor, registration.applicationId);
  if (registration.checkedInAt) await repo.updateRegistration(db, registrationId, { cancelledAt: registration.cancelledAt ?? new Date() });
  else await repo.deleteRegistration(db, registrationId);
}
