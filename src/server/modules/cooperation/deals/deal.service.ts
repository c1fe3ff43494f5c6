import {
  type TDeal,
  type TDealInput,
  type TDealList,
  type TDealPatch,
  type TMilestoneInput,
  type TMilestonePatch,
  ZDealInput,
} from "../../../../contracts/cooperation";
import type { SessionUser } from "../../../platform/auth";
import type { AppContext } from "../../../platform/context";
import { inTransaction } from "../../../platform/db";
import { AppError, invalid, notFound, validationFailed } from "../../../platform/errors";
import { newId } from "../../../platform/ids";
import * as repo from "./deal.repository";
import { isPartyMember, loadDealFor, organizationsOf } from "./deal-access";
import { dealTotals, toDealSummary, usdEquivalent } from "./deal-views";

type Ctx = Pick<AppContext, "database" | "reference">;

const columnsOf = (input: TDealInput) => ({
  kind: input.kind,
  title: input.title,
  description: input.description,
  stage: input.stage,
  dropReason: input.stage === "dropped" ? input.dropReason : null,
  value: input.value,
  currency: input.value === null ? null : input.currency,
  usdRate: input.value === null || input.currency === "USD" ? null : input.usdRate,
  rateDate: input.value === null || input.currency === "USD" ? null : input.rateDate,
  hsCodes: input.hsCodes,
  facility: input.facility,
  origin: input.origin,
});

/** Parties and shared organisations must exist; a joint venture's parties span two jurisdictions or more. */
async function checkOrganizations(ctx: Ctx, input: Pick<TDealInput, "kind" | "parties" | "sharedWith" | "hsCodes">) {
  const ids = [...new Set([...input.parties, ...input.sharedWith])];
  const found = new Map((await repo.findOrganizations(ctx.database.db, ids)).map((o) => [o.id, o]));
  input.parties.forEach((id, index) => {
    if (!found.has(id)) throw invalid(`parties.${index}`, `No organisation ${id}`);
  });
  input.sharedWith.forEach((id, index) => {
    if (!found.has(id)) throw invalid(`sharedWith.${index}`, `No organisation ${id}`);
  });
  if (input.kind === "joint_venture") {
    // A region is within its country: Sughd and Tajikistan are one jurisdiction, Tatarstan and Moscow two.
    const places = input.parties.map((id) => found.get(id) as { country: string; region: string | null });
    const apart = (x: (typeof places)[number], y: (typeof places)[number]) =>
      x.country !== y.country || (x.region !== null && y.region !== null && x.region !== y.region);
    if (!places.some((x, i) => places.slice(i + 1).some((y) => apart(x, y))))
      throw invalid("parties", "A joint venture needs parties from at least two jurisdictions");
  }
  input.hsCodes.forEach((code, index) => {
    if (!ctx.reference.hs.get(code)) throw invalid(`hsCodes.${index}`, `HS code ${code} is not in HS 2022`);
  });
}

export async function getDeal(ctx: Ctx, actor: SessionUser | null, id: string): Promise<TDeal> {
  const db = ctx.database.db;
  const { row, editable, organizations } = await loadDealFor(db, actor, id, "see");
  const [milestones, activity, commitments, documents] = await Promise.all([
    repo.findMilestones(db, id),
    repo.findActivity(db, id),
    repo.findServedCommitments(db, id),
    repo.findDocuments(db, id),
  ]);
  const summary = toDealSummary(row, organizations, editable);
  return {
    ...summary,
    description: row.description,
    sharedWith: organizations.filter((o) => o.role === "shared").map((o) => summaryParty(o)),
    dropReason: row.dropReason,
    usdRate: row.usdRate,
    rateDate: row.rateDate,
    facility: row.facility ?? null,
    origin: row.origin ?? null,
    milestones: milestones.map((m) => ({ id: m.id, title: m.title, dueDate: m.dueDate, owner: m.owner, doneOn: m.doneOn })),
    activity: activity.map((a) => ({ at: a.at.toISOString(), actor: a.actor, action: a.action, detail: a.detail })),
    documents: documents.map(({ fileId: _file, ...d }) => ({ ...d, uploadedAt: d.uploadedAt.toISOString() })),
    commitments,
    editable,
    createdAt: row.createdAt.toISOString(),
  };
}

const summaryParty = (o: Awaited<ReturnType<typeof repo.findDealOrganizations>>[number]) => ({
  id: o.id,
  name: { ...o.legalName, ...o.shortName },
  country: o.country,
  region: o.region,
  sectors: o.sectors,
});

/** Starts a deal; whoever starts it must belong to one of its parties. */
export async function createDeal(ctx: Ctx, actor: SessionUser, input: TDealInput): Promise<TDeal> {
  const db = ctx.database.db;
  await checkOrganizations(ctx, input);
  const mine = new Set(await organizationsOf(db, actor));
  if (!input.parties.some((id) => mine.has(id))) throw invalid("parties", "Include an organisation you belong to among the parties");
  const id = newId();
  await inTransaction(db, async (tx) => {
    await repo.insertDeal(tx, { id, ...columnsOf(input), createdBy: actor.id });
    await repo.setDealOrganizations(tx, id, input.parties, input.sharedWith);
    await repo.recordActivity(tx, id, actor.id, "created", { stage: input.stage, valueUsd: usdEquivalent(input) });
  });
  return getDeal(ctx, actor, id);
}

const inputOf = (row: repo.DealRow, organizations: Awaited<ReturnType<typeof repo.findDealOrganizations>>): TDealInput => ({
  kind: row.kind as TDealInput["kind"],
  title: row.title,
  description: row.description,
  parties: organizations.filter((o) => o.role === "party").map((o) => o.id),
  sharedWith: organizations.filter((o) => o.role === "shared").map((o) => o.id),
  stage: row.stage as TDealInput["stage"],
  dropReason: row.dropReason,
  value: row.value,
  currency: row.currency,
  usdRate: row.usdRate,
  rateDate: row.rateDate,
  hsCodes: row.hsCodes,
  facility: row.facility ?? null,
  origin: row.origin ?? null,
});

/** The patch is merged into the stored deal and the whole checked again; every change is logged. */
export async function updateDeal(ctx: Ctx, actor: SessionUser, id: string, patch: TDealPatch): Promise<TDeal> {
  const db = ctx.database.db;
  const { row, organizations } = await loadDealFor(db, actor, id, "change");
  const before = inputOf(row, organizations);
  const merged = ZDealInput.safeParse({ ...before, ...patch });
  if (!merged.success) throw validationFailed(merged.error.issues.map((issue) => ({ field: issue.path.join(".") || "body", message: issue.message })));
  const after = merged.data;
  await checkOrganizations(ctx, after);
  const mine = new Set(await organizationsOf(db, actor));
  if (!after.parties.some((party) => mine.has(party))) throw invalid("parties", "You cannot remove every organisation you belong to from the parties");
  const changed = (Object.keys(patch) as (keyof TDealInput)[]).filter((key) => JSON.stringify(before[key]) !== JSON.stringify(after[key]));
  if (changed.length === 0) return getDeal(ctx, actor, id);
  await inTransaction(db, async (tx) => {
    await repo.updateDeal(tx, id, columnsOf(after));
    if (changed.includes("parties") || changed.includes("sharedWith")) await repo.setDealOrganizations(tx, id, after.parties, after.sharedWith);
    if (changed.includes("stage")) await repo.recordActivity(tx, id, actor.id, "stage", { from: before.stage, to: after.stage, reason: after.dropReason });
    const rest = changed.filter((key) => key !== "stage" && key !== "dropReason");
    if (rest.length > 0) await repo.recordActivity(tx, id, actor.id, "changed", { fields: rest, valueUsd: usdEquivalent(after) });
  });
  return getDeal(ctx, actor, id);
}

/** The deals the reader may see, with totals by stage, country and sector (dropped deals count only under "dropped"). */
/**
 * A party removes a deal entered by mistake while it is still a lead. Past that, the deal is part
 * of the record (an agenda may count it): it is moved to "dropped" with a reason instead.
 */
export async function removeDeal(ctx: Pick<AppContext, "database" | "files">, actor: SessionUser, id: string) {
  const db = ctx.database.db;
  const { row } = await loadDealFor(db, actor, id, "change");
  if (row.stage !== "lead") throw new AppError("deal_under_way", 409, "Only a lead can be removed; move this deal to Dropped with a reason instead");
  const documents = await repo.findDocuments(db, id);
  await repo.deleteDeal(db, id);
  for (const document of documents) await ctx.files.remove(document.fileId);
}

export async function listDeals(
  ctx: Ctx,
  actor: SessionUser | null,
  query: { stage?: string; kind?: string; country?: string; sector?: string },
): Promise<TDealList> {
  const db = ctx.database.db;
  const mine = await organizationsOf(db, actor);
  const rows = await repo.findDealsSeenBy(db, mine, query);
  const reader = new Set(mine);
  const organizations = await repo.findDealOrganizations(
    db,
    rows.map((r) => r.id),
  );
  const items = rows
    .map((row) => {
      const ofDeal = organizations.filter((o) => o.dealId === row.id);
      return toDealSummary(row, ofDeal, isPartyMember(ofDeal, reader));
    })
    .filter((d) => !query.country || d.parties.some((p) => p.country === query.country))
    .filter((d) => !query.sector || d.parties.some((p) => p.sectors.includes(query.sector as string)));
  return { items, totals: dealTotals(items) };
}

export async function addMilestone(ctx: Ctx, actor: SessionUser, dealId: string, input: TMilestoneInput): Promise<TDeal> {
  const db = ctx.database.db;
  await loadDealFor(db, actor, dealId, "change");
  await inTransaction(db, async (tx) => {
    await repo.insertMilestone(tx, { id: newId(), dealId, ...input });
    await repo.recordActivity(tx, dealId, actor.id, "milestone-added", { title: input.title, dueDate: input.dueDate });
  });
  return getDeal(ctx, actor, dealId);
}

export async function changeMilestone(ctx: Ctx, actor: SessionUser, dealId: string, milestoneId: string, patch: TMilestonePatch): Promise<TDeal> {
  const db = ctx.database.db;
  await loadDealFor(db, actor, dealId, "change");
  const { done, ...fields } = patch;
  const today = new Date().toISOString().slice(0, 10);
  await inTransaction(db, async (tx) => {
    const updated = await repo.updateMilestone(tx, dealId, milestoneId, { ...fields, ...(done === undefined ? {} : { doneOn: done ? today : null }) });
    if (!updated) throw notFound("Milestone");
    await repo.recordActivity(tx, dealId, actor.id, done === true ? "milestone-done" : "milestone-changed", { milestoneId, ...fields });
  });
  return getDeal(ctx, actor, dealId);
}
