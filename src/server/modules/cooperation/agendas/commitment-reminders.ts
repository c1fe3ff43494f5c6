import type { SessionUser } from "../../../platform/auth";
import type { AppContext } from "../../../platform/context";
import { pickText } from "../../../platform/i18n";
import * as repo from "./agenda.repository";
import { requireKeeper } from "./agenda.service";

/** Commitments come up for a reminder this many days before they fall due, and every time after. */
const REMINDER_DAYS = 30;

type Ctx = Pick<AppContext, "database" | "mailer">;

/** Open commitments with an owner's address that are overdue or due within the reminder window. */
export function dueForReminder<C extends { status: string; dueDate: string; ownerEmail: string | null }>(commitments: C[], today: string): C[] {
  const horizon = new Date(`${today}T00:00:00Z`);
  horizon.setUTCDate(horizon.getUTCDate() + REMINDER_DAYS);
  const until = horizon.toISOString().slice(0, 10);
  return commitments.filter((c) => c.ownerEmail && c.status !== "done" && c.status !== "cancelled" && c.dueDate <= until);
}

/**
 * E-mails each commitment's owner (those with an address) whose commitment is overdue or falls due
 * within 30 days: what was promised, under which agenda, and when. Sent by a keeper, any time.
 */
export async function remindCommitmentOwners(ctx: Ctx, actor: SessionUser, agendaId: string): Promise<{ sent: number }> {
  const agenda = await requireKeeper(ctx, actor, agendaId);
  const today = new Date().toISOString().slice(0, 10);
  const due = dueForReminder(await repo.findCommitments(ctx.database.db, agendaId), today);
  const title = pickText(agenda.title, "en");
  for (const commitment of due) {
    const overdue = commitment.dueDate < today;
    await ctx.mailer.send({
      to: commitment.ownerEmail as string,
      subject: `${overdue ? "Overdue" : "Due soon"}: ${commitment.title}`,
      text: [
        `Dear ${commitment.owner},`,
        "",
        `Under "${title}" you own this commitment:`,
        `  ${commitment.title}`,
        `  due ${commitment.dueDate}${overdue ? " (overdue)" : ""}, status: ${commitment.status.replace("_", " ")}.`,
        "",
        "Please update its status, or tell the agenda's keepers what stands in the way.",
      ].join("\n"),
    });
  }
  return { sent: due.length };
}
