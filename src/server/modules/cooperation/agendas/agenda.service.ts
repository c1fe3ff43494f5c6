import type { z } from "zod";
import type {
  TAgenda,
  TAgendaInput,
  ZAgendaPatch,
  ZCommitmentInput,
  ZCommitmentPatch,
  ZHighLevelMeetingInput,
  ZHighLevelMeetingPatch,
  ZTargetInput,
  ZTargetPatch,
} from "../../../../contracts/cooperation";
import type { SessionUser } from "../../../platform/auth";
import type { AppContext } from "../../../platform/context";
import { inTransaction } from "../../../platform/db";
import { forbidden, invalid, notFound } from "../../../platform/errors";
import { newId } from "../../../platform/ids";
import { pairTurnover } from "../../trade";
import { findDealOrganizations, findOrganizations } from "../deals/deal.repository";
import { loadDealFor, organizationsOf } from "../deals/deal-access";
import * as repo from "./agenda.repository";
import { targetActual } from "./target-actuals";

type Ctx = Pick<AppContext, "database" | "reference" | "analytics">;
const today = () => new Date().toISOString().slice(0, 10);

/** Agendas are public; only members of the organisations that keep one may change it. Returns the agenda. */
export async function requireKeeper(ctx: Pick<Ctx, "database">, actor: SessionUser, agendaId: string) {
  const db = ctx.database.db;
  const agenda = await repo.findAgenda(db, agendaId);
  if (!agenda) throw notFound("Agenda");
  if (!(await repo.isKeeper(db, agendaId, await organizationsOf(db, actor))))
    throw forbidden("Only members of the organisations keeping this agenda may change it");
  return agenda;
}

export async function createAgenda(ctx: Ctx, actor: SessionUser, input: TAgendaInput) {
  const db = ctx.database.db;
  for (const field of ["a", "b"] as const) if (!ctx.reference.jurisdictions.get(input[field])) throw invalid(field, `Unknown jurisdiction ${input[field]}`);
  const found = new Set((await findOrganizations(db, input.keepers)).map((o) => o.id));
  input.keepers.forEach((id, index) => {
    if (!found.has(id)) throw invalid(`keepers.${index}`, `No organisation ${id}`);
  });
  const mine = new Set(await organizationsOf(db, actor));
  if (!input.keepers.some((id) => mine.has(id))) throw invalid("keepers", "Include an organisation you belong to among the keepers");
  const id = newId();
  await inTransaction(db, (tx) => repo.insertAgenda(tx, { id, a: input.a, b: input.b, title: input.title, priorityAreas: input.priorityAreas }, input.keepers));
  return getAgenda(ctx, actor, id);
}

export async function listAgendas(ctx: Ctx) {
  const rows = await repo.listAgendas(ctx.database.db);
  return {
    items: rows.map((r) => ({
      id: r.id,
      a: r.a,
      b: r.b,
      title: r.title as Record<string, string>,
      priorityAreas: r.priorityAreas as TAgenda["priorityAreas"],
    })),
  };
}

/**
 * The whole agenda with its dashboard: each target's actual (turnover from the trade statistics,
 * joint enterprises from the linked joint ventures, scholarships as the keepers enter them) and
 * progress, and which commitments are overdue. Deals appear only to those who may see them.
 */
export async function getAgenda(ctx: Ctx, actor: SessionUser | null, id: string): Promise<TAgenda> {
  const db = ctx.database.db;
  const row = await repo.findAgenda(db, id);
  if (!row) throw notFound("Agenda");
  const mine = await organizationsOf(db, actor);
  const [keepers, meetings, commitments, targets, editable] = await Promise.all([
    repo.findKeepers(db, id),
    repo.findMeetings(db, id),
    repo.findCommitments(db, id),
    repo.findTargets(db, id),
    repo.isKeeper(db, id, mine),
  ]);
  const linked = await repo.findCommitmentDeals(
    db,
    commitments.map((c) => c.id),
  );
  const seenBy = new Set(mine);
  const dealOrganizations = await findDealOrganizations(db, [...new Set(linked.map((l) => l.id))]);
  const visible = (dealId: string) => dealOrganizations.some((o) => o.dealId === dealId && seenBy.has(o.id));
  const turnover = targets.some((t) => t.kind === "turnover_usd") ? await pairTurnover(ctx, row.a, row.b) : null;
  return {
    id: row.id,
    a: row.a,
    b: row.b,
    title: row.title as Record<string, string>,
    priorityAreas: row.priorityAreas as TAgenda["priorityAreas"],
    keepers: keepers.map((k) => ({ id: k.id, name: { ...k.legalName, ...k.shortName } as Record<string, string> })),
    editable,
    meetings: meetings.map((m) => ({ id: m.id, date: m.date, place: m.place, participants: m.participants, decisions: m.decisions })),
    commitments: commitments.map((c) => {
      const deals = linked.filter((l) => l.commitmentId === c.id);
      return {
        id: c.id,
        title: c.title,
        area: c.area as TAgenda["commitments"][number]["area"],
        owner: c.owner,
        ownerEmail: editable ? c.ownerEmail : null,
        dueDate: c.dueDate,
        status: c.status as TAgenda["commitments"][number]["status"],
        overdue: c.dueDate < today() && c.status !== "done" && c.status !== "cancelled",
        deals: deals.filter((d) => visible(d.id)).map((d) => ({ id: d.id, title: d.title as Record<string, string>, kind: d.kind, stage: d.stage })),
        dealCount: deals.length,
      };
    }),
    targets: targets.map((t) => {
      const { actual, actualSource } = targetActual(t, { turnover, linked });
      return {
        id: t.id,
        kind: t.kind as TAgenda["targets"][number]["kind"],
        year: t.year,
        target: t.target,
        actual,
        actualSource,
        reported: t.reported,
        source: t.source,
        progress: actual !== null && t.target > 0 ? actual / t.target : null,
      };
    }),
  };
}

export async function changeAgenda(ctx: Ctx, actor: SessionUser, agendaId: string, patch: z.infer<typeof ZAgendaPatch>) {
  await requireKeeper(ctx, actor, agendaId);
  await repo.updateAgenda(ctx.database.db, agendaId, patch);
  return getAgenda(ctx, actor, agendaId);
}

/** Removes the agenda with its meetings, commitments and targets; the deals that served it stay with their parties. */
export async function removeAgenda(ctx: Ctx, actor: SessionUser, agendaId: string) {
  await requireKeeper(ctx, actor, agendaId);
  await repo.deleteAgenda(ctx.database.db, agendaId);
}

/**
 * A meeting, commitment or target is changed or removed by a keeper of the agenda it belongs to;
 * the answer is the whole agenda again, so a page shows the dashboard as it now stands.
 */
async function changePart<R extends { agendaId: string }>(
  ctx: Ctx,
  actor: SessionUser,
  part: { find: () => Promise<R | undefined>; missing: string; apply: (db: Ctx["database"]["db"]) => Promise<void> },
) {
  const found = await part.find();
  if (!found) throw notFound(part.missing);
  await requireKeeper(ctx, actor, found.agendaId);
  await part.apply(ctx.database.db);
  return getAgenda(ctx, actor, found.agendaId);
}

export const changeMeeting = (ctx: Ctx, actor: SessionUser, id: string, patch: z.infer<typeof ZHighLevelMeetingPatch>) =>
  changePart(ctx, actor, { find: () => repo.findMeeting(ctx.database.db, id), missing: "Meeting", apply: (db) => repo.updateMeeting(db, id, patch) });
export const removeMeeting = (ctx: Ctx, actor: SessionUser, id: string) =>
  changePart(ctx, actor, { find: () => repo.findMeeting(ctx.database.db, id), missing: "Meeting", apply: (db) => repo.deleteMeeting(db, id) });
export const removeCommitment = (ctx: Ctx, actor: SessionUser, id: string) =>
  changePart(ctx, actor, { find: () => repo.findCommitment(ctx.database.db, id), missing: "Commitment", apply: (db) => repo.deleteCommitment(db, id) });
export const changeTarget = (ctx: Ctx, actor: SessionUser, id: string, patch: z.infer<typeof ZTargetPatch>) =>
  changePart(ctx, actor, { find: () => repo.findTarget(ctx.database.db, id), missing: "Target", apply: (db) => repo.updateTarget(db, id, patch) });
export const removeTarget = (ctx: Ctx, actor: SessionUser, id: string) =>
  changePart(ctx, actor, { find: () => repo.findTarget(ctx.database.db, id), missing: "Target", apply: (db) => repo.deleteTarget(db, id) });

export async function addMeeting(ctx: Ctx, actor: SessionUser, agendaId: string, input: z.infer<typeof ZHighLevelMeetingInput>) {
  await requireKeeper(ctx, actor, agendaId);
  await repo.insertMeeting(ctx.database.db, { id: newId(), agendaId, ...input });
  return getAgenda(ctx, actor, agendaId);
}

export async function addCommitment(ctx: Ctx, actor: SessionUser, agendaId: string, input: z.infer<typeof ZCommitmentInput>) {
  await requireKeeper(ctx, actor, agendaId);
  await repo.insertCommitment(ctx.database.db, { id: newId(), agendaId, ...input });
  return getAgenda(ctx, actor, agendaId);
}

export const changeCommitment = (ctx: Ctx, actor: SessionUser, id: string, patch: z.infer<typeof ZCommitmentPatch>) =>
  changePart(ctx, actor, { find: () => repo.findCommitment(ctx.database.db, id), missing: "Commitment", apply: (db) => repo.updateCommitment(db, id, patch) });

export async function addTarget(ctx: Ctx, actor: SessionUser, agendaId: string, input: z.infer<typeof ZTargetInput>) {
  await requireKeeper(ctx, actor, agendaId);
  await repo.insertTarget(ctx.database.db, { id: newId(), agendaId, ...input });
  return getAgenda(ctx, actor, agendaId);
}

/**
 * Says a deal serves a commitment. A party of the deal may say so (it is their deal), and so may a
 * keeper of the agenda who was shown the deal.
 */
export async function linkDealToCommitment(ctx: Ctx, actor: SessionUser, commitmentId: string, dealId: string) {
  const db = ctx.database.db;
  const commitment = await repo.findCommitment(db, commitmentId);
  if (!commitment) throw notFound("Commitment");
  const { editable } = await loadDealFor(db, actor, dealId, "see");
  if (!editable && !(await repo.isKeeper(db, commitment.agendaId, await organizationsOf(db, actor))))
    throw forbidden("Only the deal's parties or the agenda's keepers may link it");
  await repo.linkDeal(db, commitmentId, dealId);
  return getAgenda(ctx, actor, commitment.agendaId);
}
