import type { SessionUser } from "../../../platform/auth";
import type { AppContext } from "../../../platform/context";
import { pickText } from "../../../platform/i18n";
import * as repo from "./agenda.repository";
import { requireKeeper } from "./agenda.service";

/** Commitments come up for a reminder this many days before they fall due, and every time after. */
const REMINDER_DAYS = 30;
/** The daily round reminds an owner of one commitment at most once in this many days. */
const REMINDER_EVERY_DAYS = 7;

type Ctx = Pick<AppContext, "database" | "mailer">;
type Commitment = Awaited<ReturnType<typeof repo.findCommitments>>[number];

const todayUtc = () => new Date().toISOString().slice(0, 10);
function addDays(day: string, days: number) {
  const date = new Date(`${day}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}

/** Open commitments with an owner's address that are overdue or due within the reminder window. */
export function dueForReminder<C extends { status: string; dueDate: string; ownerEmail: string | null }>(commitments: C[], today: string): C[] {
  const until = addDays(today, REMINDER_DAYS);
  return commitments.filter((c) => c.ownerEmail && c.status !== "done" && c.status !== "cancelled" && c.dueDate <= until);
}

/** The last day a previous reminder may have gone out for the daily round to send another. */
const lastReminderAllowed = (today: string) => addDays(today, -REMINDER_EVERY_DAYS);

/** Of those, the ones whose owner has not been reminded in the last week (the daily round's choice). */
export function dueForWeeklyReminder<C extends { status: string; dueDate: string; ownerEmail: string | null; remindedOn: string | null }>(
  commitments: C[],
  today: string,
): C[] {
  const lastAllowed = lastReminderAllowed(today);
  return dueForReminder(commitments, today).filter((c) => c.remindedOn === null || c.remindedOn <= lastAllowed);
}

/** One reminder: what was promised, under which agenda, and when. */
async function remind(ctx: Ctx, commitment: Commitment, agendaTitle: string, today: string) {
  const overdue = commitment.dueDate < today;
  await ctx.mailer.send({
    to: commitment.ownerEmail as string,
    subject: `${overdue ? "Overdue" : "Due soon"}: ${commitment.title}`,
    text: [
      `Dear ${commitment.owner},`,
      "",
      `Under "${agendaTitle}" you own this commitment:`,
      `  ${commitment.title}`,
      `  due ${commitment.dueDate}${overdue ? " (overdue)" : ""}, status: ${commitment.status.replace("_", " ")}.`,
      "",
      "Please update its status, or tell the agenda's keepers what stands in the way.",
    ].join("\n"),
  });
}

/**
 * E-mails each commitment's owner (those with an address) whose commitment is overdue or falls due
 * within 30 days. Sent by a keeper, any time, whenever the owners were last reminded.
 */
export async function remindCommitmentOwners(ctx: Ctx, actor: SessionUser, agendaId: string): Promise<{ sent: number }> {
  const agenda = await requireKeeper(ctx, actor, agendaId);
  const today = todayUtc();
  const due = dueForReminder(await repo.findCommitments(ctx.database.db, agendaId), today);
  for (const commitment of due) {
    await repo.updateCommitment(ctx.database.db, commitment.id, { remindedOn: today });
    await remind(ctx, commitment, pickText(agenda.title, "en"), today);
  }
  return { sent: due.length };
}

/**
 * The daily round over every agenda: the same reminders, to each owner at most once a week, so an
 * owner hears about a commitment a month before it falls due and weekly while it is overdue.
 */
export async function sendDueReminders(ctx: Ctx, today = todayUtc()): Promise<{ sent: number }> {
  let sent = 0;
  for (const agenda of await repo.listAgendas(ctx.database.db)) {
    for (const commitment of dueForWeeklyReminder(await repo.findCommitments(ctx.database.db, agenda.id), today)) {
      // Claimed before sending: a second server running the same round skips what this one sends.
      if (!(await repo.claimReminder(ctx.database.db, commitment.id, today, lastReminderAllowed(today)))) continue;
      await remind(ctx, commitment, pickText(agenda.title, "en"), today);
      sent++;
    }
  }
  return { sent };
}
