import { and, asc, desc, eq, inArray, sql } from "drizzle-orm";
import { user } from "../../../platform/auth.schema";
import type { Db } from "../../../platform/db";
import { newId } from "../../../platform/ids";
import { storedFile } from "../../../platform/platform.schema";
import { organization } from "../../directory";
import { agendaCommitment, commitmentDeal, deal, dealActivity, dealDocument, dealMilestone, dealOrganization } from "../schema";

export type DealRow = typeof deal.$inferSelect;
export type DealInsert = typeof deal.$inferInsert;

export async function insertDeal(db: Db, row: DealInsert) {
  await db.insert(deal).values(row);
}

export async function updateDeal(db: Db, id: string, values: Partial<DealInsert>) {
  await db
    .update(deal)
    .set({ ...values, updatedAt: new Date() })
    .where(eq(deal.id, id));
}

export async function findDeal(db: Db, id: string): Promise<DealRow | undefined> {
  const [row] = await db.select().from(deal).where(eq(deal.id, id));
  return row;
}

/** Replaces who takes part in a deal and who it is shared with, keeping the order given. */
export async function setDealOrganizations(db: Db, dealId: string, parties: string[], shared: string[]) {
  await db.delete(dealOrganization).where(eq(dealOrganization.dealId, dealId));
  const rows = [
    ...parties.map((organizationId, position) => ({ dealId, organizationId, role: "party", position })),
    ...shared.filter((id) => !parties.includes(id)).map((organizationId, position) => ({ dealId, organizationId, role: "shared", position })),
  ];
  if (rows.length > 0) await db.insert(dealOrganization).values(rows);
}

/** The organisations of these deals with what the pages show of them. */
export async function findDealOrganizations(db: Db, dealIds: string[]) {
  if (dealIds.length === 0) return [];
  return db
    .select({
      dealId: dealOrganization.dealId,
      role: dealOrganization.role,
      id: organization.id,
      legalName: organization.legalName,
      shortName: organization.shortName,
      country: organization.country,
      region: organization.region,
      sectors: organization.sectors,
    })
    .from(dealOrganization)
    .innerJoin(organization, eq(organization.id, dealOrganization.organizationId))
    .where(inArray(dealOrganization.dealId, dealIds))
    .orderBy(asc(dealOrganization.role), asc(dealOrganization.position));
}

/** Deals any of these organisations takes part in or has been shown, newest change first. */
export async function findDealsSeenBy(db: Db, organizationIds: string[], filter: { stage?: string; kind?: string }) {
  if (organizationIds.length === 0) return [];
  const seen = db.selectDistinct({ id: dealOrganization.dealId }).from(dealOrganization).where(inArray(dealOrganization.organizationId, organizationIds));
  return db
    .select()
    .from(deal)
    .where(and(inArray(deal.id, seen), filter.stage ? eq(deal.stage, filter.stage) : undefined, filter.kind ? eq(deal.kind, filter.kind) : undefined))
    .orderBy(desc(deal.updatedAt), asc(deal.id));
}

export async function findOrganizations(db: Db, ids: string[]) {
  if (ids.length === 0) return [];
  return db.select({ id: organization.id, country: organization.country, region: organization.region }).from(organization).where(inArray(organization.id, ids));
}

export async function insertMilestone(db: Db, row: typeof dealMilestone.$inferInsert) {
  await db.insert(dealMilestone).values(row);
}

export async function updateMilestone(db: Db, dealId: string, id: string, values: Partial<typeof dealMilestone.$inferInsert>) {
  const rows = await db
    .update(dealMilestone)
    .set(values)
    .where(and(eq(dealMilestone.dealId, dealId), eq(dealMilestone.id, id)))
    .returning({ id: dealMilestone.id });
  return rows.length > 0;
}

export async function findMilestones(db: Db, dealId: string) {
  return db.select().from(dealMilestone).where(eq(dealMilestone.dealId, dealId)).orderBy(asc(dealMilestone.dueDate), asc(dealMilestone.id));
}

export async function recordActivity(db: Db, dealId: string, actorId: string | null, action: string, detail: Record<string, unknown> = {}) {
  await db.insert(dealActivity).values({ id: newId(), dealId, actorId, action, detail });
}

export async function findActivity(db: Db, dealId: string) {
  return db
    .select({ at: dealActivity.at, actor: user.name, action: dealActivity.action, detail: dealActivity.detail })
    .from(dealActivity)
    .leftJoin(user, eq(user.id, dealActivity.actorId))
    .where(eq(dealActivity.dealId, dealId))
    .orderBy(asc(dealActivity.at), asc(dealActivity.id));
}

/** The agenda commitments a deal serves. */
export function findServedCommitments(db: Db, dealId: string) {
  return db
    .select({ id: agendaCommitment.id, title: agendaCommitment.title, agendaId: agendaCommitment.agendaId })
    .from(commitmentDeal)
    .innerJoin(agendaCommitment, eq(agendaCommitment.id, commitmentDeal.commitmentId))
    .where(eq(commitmentDeal.dealId, dealId))
    .orderBy(asc(agendaCommitment.dueDate));
}

export async function deleteDeal(db: Db, id: string) {
  await db.delete(deal).where(eq(deal.id, id));
}

export function findDocuments(db: Db, dealId: string) {
  return db
    .select({
      id: dealDocument.id,
      name: dealDocument.name,
      version: dealDocument.version,
      fileId: dealDocument.fileId,
      mediaType: storedFile.mediaType,
      byteSize: storedFile.byteSize,
      uploadedAt: dealDocument.uploadedAt,
      uploadedBy: user.name,
    })
    .from(dealDocument)
    .innerJoin(storedFile, eq(storedFile.id, dealDocument.fileId))
    .leftJoin(user, eq(user.id, dealDocument.uploadedBy))
    .where(eq(dealDocument.dealId, dealId))
    .orderBy(asc(dealDocument.name), desc(dealDocument.version));
}

/** Adds a document as the next version of its name; the unique index settles two uploads at once. */
export async function insertDocumentVersion(db: Db, row: { id: string; dealId: string; name: string; fileId: string; uploadedBy: string }) {
  const [{ next }] = await db
    .select({ next: sql<number>`coalesce(max(${dealDocument.version}), 0)::int + 1` })
    .from(dealDocument)
    .where(and(eq(dealDocument.dealId, row.dealId), eq(dealDocument.name, row.name)));
  await db.insert(dealDocument).values({ ...row, version: next });
  return next;
}
