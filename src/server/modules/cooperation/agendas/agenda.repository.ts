import { and, asc, eq, inArray, isNull, lte, or } from "drizzle-orm";
import type { Db } from "../../../platform/db";
import { organization } from "../../directory";
import { agenda, agendaCommitment, agendaKeeper, agendaMeeting, agendaTarget, commitmentDeal, deal } from "../schema";

export type TargetRow = typeof agendaTarget.$inferSelect;

export async function insertAgenda(db: Db, row: typeof agenda.$inferInsert, keepers: string[]) {
  await db.insert(agenda).values(row);
  await db.insert(agendaKeeper).values(keepers.map((organizationId) => ({ agendaId: row.id, organizationId })));
}

export const findAgenda = async (db: Db, id: string) => (await db.select().from(agenda).where(eq(agenda.id, id)))[0];
export const listAgendas = (db: Db) => db.select().from(agenda).orderBy(asc(agenda.createdAt), asc(agenda.id));

export const findKeepers = (db: Db, agendaId: string) =>
  db
    .select({ id: organization.id, legalName: organization.legalName, shortName: organization.shortName })
    .from(agendaKeeper)
    .innerJoin(organization, eq(organization.id, agendaKeeper.organizationId))
    .where(eq(agendaKeeper.agendaId, agendaId));

export const findMeetings = (db: Db, agendaId: string) =>
  db.select().from(agendaMeeting).where(eq(agendaMeeting.agendaId, agendaId)).orderBy(asc(agendaMeeting.date));
export const findCommitments = (db: Db, agendaId: string) =>
  db.select().from(agendaCommitment).where(eq(agendaCommitment.agendaId, agendaId)).orderBy(asc(agendaCommitment.dueDate), asc(agendaCommitment.id));
export const findTargets = (db: Db, agendaId: string) =>
  db.select().from(agendaTarget).where(eq(agendaTarget.agendaId, agendaId)).orderBy(asc(agendaTarget.kind), asc(agendaTarget.year));

export const findCommitment = async (db: Db, id: string) => (await db.select().from(agendaCommitment).where(eq(agendaCommitment.id, id)))[0];

export async function insertMeeting(db: Db, row: typeof agendaMeeting.$inferInsert) {
  await db.insert(agendaMeeting).values(row);
}
export async function insertCommitment(db: Db, row: typeof agendaCommitment.$inferInsert) {
  await db.insert(agendaCommitment).values(row);
}
export async function updateCommitment(db: Db, id: string, values: Partial<typeof agendaCommitment.$inferInsert>) {
  await db.update(agendaCommitment).set(values).where(eq(agendaCommitment.id, id));
}
/**
 * Marks a commitment reminded today unless it was reminded after `lastAllowed`; true when this
 * caller won it. Several server processes running the daily round send one reminder between them.
 */
export async function claimReminder(db: Db, id: string, today: string, lastAllowed: string) {
  const claimed = await db
    .update(agendaCommitment)
    .set({ remindedOn: today })
    .where(and(eq(agendaCommitment.id, id), or(isNull(agendaCommitment.remindedOn), lte(agendaCommitment.remindedOn, lastAllowed))))
    .returning({ id: agendaCommitment.id });
  return claimed.length === 1;
}

export async function insertTarget(db: Db, row: typeof agendaTarget.$inferInsert) {
  await db.insert(agendaTarget).values(row);
}

export async function updateAgenda(db: Db, id: string, values: Partial<Pick<typeof agenda.$inferInsert, "title" | "priorityAreas">>) {
  await db.update(agenda).set(values).where(eq(agenda.id, id));
}
export async function deleteAgenda(db: Db, id: string) {
  await db.delete(agenda).where(eq(agenda.id, id));
}

export const findMeeting = async (db: Db, id: string) => (await db.select().from(agendaMeeting).where(eq(agendaMeeting.id, id)))[0];
export async function updateMeeting(db: Db, id: string, values: Partial<typeof agendaMeeting.$inferInsert>) {
  await db.update(agendaMeeting).set(values).where(eq(agendaMeeting.id, id));
}
export async function deleteMeeting(db: Db, id: string) {
  await db.delete(agendaMeeting).where(eq(agendaMeeting.id, id));
}

export async function deleteCommitment(db: Db, id: string) {
  await db.delete(agendaCommitment).where(eq(agendaCommitment.id, id));
}

export const findTarget = async (db: Db, id: string) => (await db.select().from(agendaTarget).where(eq(agendaTarget.id, id)))[0];
export async function updateTarget(db: Db, id: string, values: Partial<typeof agendaTarget.$inferInsert>) {
  await db.update(agendaTarget).set(values).where(eq(agendaTarget.id, id));
}
export async function deleteTarget(db: Db, id: string) {
  await db.delete(agendaTarget).where(eq(agendaTarget.id, id));
}

export async function linkDeal(db: Db, commitmentId: string, dealId: string) {
  await db.insert(commitmentDeal).values({ commitmentId, dealId }).onConflictDoNothing();
}

/** The deals serving these commitments, with what a commitment line shows of them. */
export function findCommitmentDeals(db: Db, commitmentIds: string[]) {
  if (commitmentIds.length === 0) return Promise.resolve([]);
  return db
    .select({ commitmentId: commitmentDeal.commitmentId, id: deal.id, title: deal.title, kind: deal.kind, stage: deal.stage, createdAt: deal.createdAt })
    .from(commitmentDeal)
    .innerJoin(deal, eq(deal.id, commitmentDeal.dealId))
    .where(inArray(commitmentDeal.commitmentId, commitmentIds))
    .orderBy(asc(deal.createdAt));
}

export async function isKeeper(db: Db, agendaId: string, organizationIds: string[]) {
  if (organizationIds.length === 0) return false;
  const rows = await db
    .select({ id: agendaKeeper.organizationId })
    .from(agendaKeeper)
    .where(and(eq(agendaKeeper.agendaId, agendaId), inArray(agendaKeeper.organizationId, organizationIds)));
  return rows.length > 0;
}
