import type { z } from "zod";
import type { TApplication, ZApplicationDecision, ZApplicationInput, ZApplicationQuery } from "../../../../contracts/exhibitions";
import type { SessionUser } from "../../../platform/auth";
import type { AppContext } from "../../../platform/context";
import { decodeCursor, pageOf } from "../../../platform/cursor";
import { type Db, inTransaction } from "../../../platform/db";
import { AppError, invalid, isUniqueViolation, notFound, validationFailed } from "../../../platform/errors";
import { languageOr } from "../../../platform/i18n";
import { newId } from "../../../platform/ids";
import { findUserById } from "../../../platform/users.repository";
import { requireOrganizationRole } from "../../directory";
import { loadVisibleForum, requireApplicationAccess, requireForumManager } from "../access";
import * as repo from "./application.repository";
import { toApplication } from "./application.views";
import { decisionMail } from "./decision-mail";

type Ctx = Pick<AppContext, "database" | "mailer" | "config">;

const boothTaken = () => invalid("boothId", "This booth has just been taken by another exhibitor; choose another one", "booth_taken", 409);
const withdrawn = () => new AppError("application_withdrawn", 409, "The exhibitor withdrew this application");
const isWithdrawn = (status: string) => status === "withdrawn";
const isClosed = (status: string) => status === "withdrawn" || status === "rejected";
const alreadyApplied = () => invalid("organizationId", "This organisation already has an application to this forum", "already_applied", 409);

export async function describeOne(db: Db, row: repo.ApplicationRow): Promise<TApplication> {
  return toApplication(row, await repo.describeApplications(db, [row]));
}

export async function applyToForum(ctx: Ctx, actor: SessionUser, forumId: string, input: z.output<typeof ZApplicationInput>): Promise<TApplication> {
  const db = ctx.database.db;
  const { forum } = await loadVisibleForum(db, forumId, actor);
  if (!forum.applicationsOpen) throw new AppError("applications_closed", 409, "This forum does not take exhibitor applications at the moment");
  await requireOrganizationRole(db, actor, input.organizationId, "member");
  if (input.kind === "booth" && !input.boothId) throw invalid("boothId", "Choose a booth on the plan");
  if (input.kind === "pavilion_place" && !input.pavilionId) throw invalid("pavilionId", "Choose a pavilion");
  if (input.boothId && !(await repo.findBoothInForum(db, forumId, input.boothId))) throw invalid("boothId", "There is no such booth in this forum");
  if (input.pavilionId && !(await repo.findPavilionInForum(db, forumId, input.pavilionId)))
    throw invalid("pavilionId", "There is no such pavilion in this forum");
  const productIds = [...new Set(input.productIds)];
  const owned = new Set((await repo.findProductsOf(db, input.organizationId, productIds)).map((p) => p.id));
  const foreign = productIds.findIndex((id) => !owned.has(id));
  if (foreign >= 0) throw invalid(`productIds[${foreign}]`, "Only products from your organisation's catalogue can be shown");

  try {
    const row = await inTransaction(db, async (tx) => {
      const created = await repo.insertApplication(tx, {
        id: newId(),
        forumId,
        organizationId: input.organizationId,
        kind: input.kind,
        status: "pending",
        pavilionId: input.pavilionId ?? null,
        requestedArea: input.requestedArea ?? null,
        productIds,
        message: input.message,
        createdBy: actor.id,
      });
      if (input.boothId && !(await repo.holdBooth(tx, forumId, input.boothId, created.id))) throw boothTaken();
      return created;
    });
    return describeOne(db, row);
  } catch (error) {
    if (isUniqueViolation(error, "application_live_uq")) throw alreadyApplied();
    throw error;
  }
}

async function managedApplication(ctx: Ctx, actor: SessionUser, applicationId: string) {
  const row = await repo.findApplication(ctx.database.db, applicationId);
  if (!row) throw notFound("Application");
  const forum = await requireForumManager(ctx.database.db, row.forumId, actor);
  return { row, forum };
}

/**
 * Re-reads the application under a row lock inside the transaction. The status checked before it
 * began may be stale: an exhibitor withdrawing at the same moment used to end up "approved" again,
 * or withdrawn but still holding the booth it had just been given, which then stayed reserved.
 */
async function lockUnless(tx: Db, id: string, refused: (status: string) => boolean, refusal: () => AppError) {
  const current = await repo.lockApplication(tx, id);
  if (!current) throw notFound("Application");
  if (refused(current.status)) throw refusal();
  return current;
}

/** Moves the application to `boothId` (or off any booth): both in one transaction. */
async function moveToBooth(tx: Db, row: repo.ApplicationRow, boothId: string | null) {
  await repo.releaseBooth(tx, row.id);
  if (boothId && !(await repo.holdBooth(tx, row.forumId, boothId, row.id))) throw boothTaken();
}

export async function decideApplication(ctx: Ctx, actor: SessionUser, applicationId: string, decision: z.output<typeof ZApplicationDecision>) {
  const db = ctx.database.db;
  const { row, forum } = await managedApplication(ctx, actor, applicationId);
  if (isWithdrawn(row.status)) throw withdrawn();
  if (decision.boothId && !(await repo.findBoothInForum(db, row.forumId, decision.boothId))) throw invalid("boothId", "There is no such booth in this forum");
  if (decision.boothId && decision.status !== "approved") throw invalid("boothId", "A booth is assigned only when approving");
  let updated: repo.ApplicationRow;
  try {
    updated = await inTransaction(db, async (tx) => {
      await lockUnless(tx, row.id, isWithdrawn, withdrawn);
      // Waitlisted and rejected exhibitors give their booth back for others to book.
      if (decision.status !== "approved") await repo.releaseBooth(tx, row.id);
      else if (decision.boothId) await moveToBooth(tx, row, decision.boothId);
      return repo.updateApplication(tx, row.id, {
        status: decision.status,
        decisionMessage: decision.message || null,
        decidedBy: actor.id,
        decidedAt: new Date(),
      });
    });
  } catch (error) {
    if (isUniqueViolation(error, "application_live_uq"))
      throw validationFailed([{ field: "status", message: "The organisation has another live application to this forum" }], "already_applied", 409);
    throw error;
  }
  const view = await describeOne(db, updated);
  await notifyApplicant(ctx, updated, forum.name, view.booth?.number ?? null);
  return view;
}

async function notifyApplicant(ctx: Ctx, row: repo.ApplicationRow, forumName: Record<string, string>, boothNumber: string | null) {
  if (!row.createdBy) return;
  const applicant = await findUserById(ctx.database.db, row.createdBy);
  if (!applicant) return;
  const mail = decisionMail({
    language: languageOr(applicant.preferredLanguage),
    decision: row.status as "approved" | "waitlisted" | "rejected",
    forumName,
    boothNumber,
    message: row.decisionMessage ?? "",
    link: `${ctx.config.publicUrl}/forums/${row.forumId}/applications/${row.id}`,
  });
  // The decision stands even if the mail cannot go out; the exhibitor also sees it in the app.
  await ctx.mailer.send({ to: applicant.email, ...mail }).catch(() => undefined);
}

export async function assignBooth(ctx: Ctx, actor: SessionUser, applicationId: string, boothId: string | null) {
  const db = ctx.database.db;
  const { row } = await managedApplication(ctx, actor, applicationId);
  const closed = () => new AppError("application_closed", 409, "Booths can be assigned only to live applications");
  if (isClosed(row.status)) throw closed();
  if (boothId && !(await repo.findBoothInForum(db, row.forumId, boothId))) throw invalid("boothId", "There is no such booth in this forum");
  await inTransaction(db, async (tx) => moveToBooth(tx, await lockUnless(tx, row.id, isClosed, closed), boothId));
  return describeOne(db, row);
}

/** Exhibitor side: members of the applying organisation. */
async function ownApplication(ctx: Ctx, actor: SessionUser, applicationId: string) {
  const row = await repo.findApplication(ctx.database.db, applicationId);
  if (!row) throw notFound("Application");
  await requireOrganizationRole(ctx.database.db, actor, row.organizationId, "member");
  return row;
}

export async function withdrawApplication(ctx: Ctx, actor: SessionUser, applicationId: string) {
  const db = ctx.database.db;
  const row = await ownApplication(ctx, actor, applicationId);
  const closed = () => new AppError("application_closed", 409, "This application is already closed");
  if (isClosed(row.status)) throw closed();
  const updated = await inTransaction(db, async (tx) => {
    await lockUnless(tx, row.id, isClosed, closed);
    await repo.releaseBooth(tx, row.id);
    return repo.updateApplication(tx, row.id, { status: "withdrawn" });
  });
  return describeOne(db, updated);
}

/** The exhibitor's members and the forum's organisers may read an application. */
export async function getApplication(ctx: Ctx, actor: SessionUser, applicationId: string) {
  const db = ctx.database.db;
  const row = await repo.findApplication(db, applicationId);
  if (!row) throw notFound("Application");
  await requireApplicationAccess(db, actor, row);
  return describeOne(db, row);
}

async function pageOfApplications(db: Db, where: Parameters<typeof repo.listApplications>[1], query: z.output<typeof ZApplicationQuery>) {
  const offset = decodeCursor(query.cursor);
  const { rows, total } = await repo.listApplications(db, { ...where, status: query.status }, offset, query.limit);
  const facts = await repo.describeApplications(db, rows);
  return pageOf(
    rows.map((r) => toApplication(r, facts)),
    offset,
    total,
  );
}

export async function listForumApplications(ctx: Ctx, actor: SessionUser, forumId: string, query: z.output<typeof ZApplicationQuery>) {
  await requireForumManager(ctx.database.db, forumId, actor);
  return pageOfApplications(ctx.database.db, { forumId }, query);
}

export async function listOrganizationApplications(ctx: Ctx, actor: SessionUser, organizationId: string, query: z.output<typeof ZApplicationQuery>) {
  await requireOrganizationRole(ctx.database.db, actor, organizationId, "member");
  return pageOfApplications(ctx.database.db, { organizationId }, query);
}
