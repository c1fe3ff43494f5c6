import type { FastifyBaseLogger } from "fastify";
import type { TLanguage } from "../../../../contracts/common";
import type { TScheduleReview } from "../../../../contracts/matchmaking";
import type { SessionUser } from "../../../platform/auth";
import type { AppContext } from "../../../platform/context";
import { type Db, inTransaction } from "../../../platform/db";
import { AppError, notFound } from "../../../platform/errors";
import { languageOr, pickText } from "../../../platform/i18n";
import { listMemberContacts } from "../../directory";
import { type ForumRow, requireForumManager } from "../../exhibitions";
import { agendaFeedUrl } from "../agenda/agenda-key";
import { listForumUnavailability, listMeetings, lockForumMatchmaking } from "../meetings/meeting.repository";
import { describeMeetings } from "../meetings/meeting.view";
import { describeParticipants } from "../participants/participant.views";
import { loadMatchmakingSettings } from "../settings/settings.service";
import * as repo from "./schedule.repository";
import { scheduleMail } from "./schedule-mail";

type Ctx = Pick<AppContext, "database" | "mailer" | "config">;
type Logger = Pick<FastifyBaseLogger, "warn">;

const stale = () => new AppError("schedule_stale", 409, "Meetings or availability changed since this schedule was made; run the scheduler again");

/**
 * A draft still fits the forum when it covers exactly the live meetings, none of them touched since
 * the run began (a spot booking, a new place), its slots and tables still exist, and nobody has
 * since said they cannot meet at the planned time.
 */
async function requireFresh(tx: Db, forum: ForumRow, run: repo.ScheduleRunRow, live: repo.MeetingRow[]) {
  const byId = new Map(live.map((m) => [m.id, m]));
  if (live.length !== run.assignments.length || run.assignments.some((a) => !byId.has(a.meetingId))) throw stale();
  const settings = await loadMatchmakingSettings(tx, forum);
  const slots = new Set(settings.slots.map((slot) => Date.parse(slot.startsAt)));
  for (const a of run.assignments) {
    const meeting = byId.get(a.meetingId)!;
    if (meeting.updatedAt > run.createdAt || meeting.place !== a.place) throw stale();
    if (a.startsAt && (!slots.has(Date.parse(a.startsAt)) || (a.tableNumber ?? 0) > settings.tables)) throw stale();
  }
  const unavailable = new Set((await listForumUnavailability(tx, forum.id)).map((u) => `${u.organizationId} ${u.startsAt.getTime()}`));
  for (const a of run.assignments) {
    if (!a.startsAt || a.locked) continue;
    const meeting = byId.get(a.meetingId)!;
    const at = Date.parse(a.startsAt);
    if (unavailable.has(`${meeting.hostOrganizationId} ${at}`) || unavailable.has(`${meeting.guestOrganizationId} ${at}`)) throw stale();
  }
}

/** Writes the draft into the meetings in one transaction; returns how many it schedules and whose meetings changed. */
async function applyRun(db: Db, forum: ForumRow, runId: string) {
  const forumId = forum.id;
  return inTransaction(db, async (tx) => {
    // Spot bookings take the same lock: none can slip in between the check and the writes.
    await lockForumMatchmaking(tx, forumId);
    const run = await repo.lockRun(tx, runId);
    if (!run || run.forumId !== forumId) throw notFound("Schedule run");
    if (run.status !== "draft") throw new AppError("schedule_not_draft", 409, `Only a draft can be published; this run is ${run.status}`);
    if ((run.review as TScheduleReview | null)?.conflicts.length) {
      throw new AppError("schedule_has_conflicts", 409, "This draft breaks scheduling rules (see its conflicts); run the scheduler again");
    }
    const live = await repo.lockLiveMeetings(tx, forumId);
    await requireFresh(tx, forum, run, live);
    const byId = new Map(live.map((m) => [m.id, m]));
    const now = new Date();
    const changed = new Set<string>();
    let published = 0;
    for (const a of run.assignments) {
      const meeting = byId.get(a.meetingId)!;
      const startsAt = a.startsAt ? new Date(a.startsAt) : null;
      if (startsAt) published++;
      const same = startsAt
        ? meeting.publishedAt !== null && meeting.startsAt?.getTime() === startsAt.getTime() && meeting.tableNumber === a.tableNumber
        : meeting.publishedAt === null;
      if (same) continue;
      await repo.setMeetingSchedule(tx, meeting.id, { startsAt, tableNumber: a.tableNumber, publishedAt: startsAt ? now : null });
      changed.add(meeting.hostOrganizationId).add(meeting.guestOrganizationId);
    }
    await repo.updateRun(tx, runId, { status: "published", publishedAt: now });
    await repo.discardOtherDrafts(tx, forumId, runId);
    return { published, changed: [...changed] };
  });
}

/**
 * One e-mail per organisation (per language its members read) listing all its meetings. A mail that
 * cannot be sent does not undo the schedule: it is logged, the agenda shows the same.
 */
async function notifyParticipants(ctx: Ctx, forum: ForumRow, organizationIds: string[], log: Logger): Promise<number> {
  const db = ctx.database.db;
  const settings = await loadMatchmakingSettings(db, forum);
  const [contacts, sides, rows] = await Promise.all([
    listMemberContacts(db, organizationIds),
    describeParticipants(db, forum.id, organizationIds),
    listMeetings(db, forum.id),
  ]);
  const scheduled = await describeMeetings(
    db,
    forum.id,
    settings,
    rows.filter((m) => m.publishedAt && m.startsAt && m.attendance !== "cancelled"),
  );
  let notified = 0;
  for (const organizationId of organizationIds) {
    const meetings = scheduled.filter((m) => m.host.organizationId === organizationId || m.guest.organizationId === organizationId);
    const own = sides.get(organizationId);
    const byLanguage = new Map<TLanguage, string[]>();
    for (const contact of contacts.filter((c) => c.organizationId === organizationId)) {
      const language = languageOr(contact.preferredLanguage);
      byLanguage.set(language, [...(byLanguage.get(language) ?? []), contact.email]);
    }
    let sent = false;
    for (const [lang, addresses] of byLanguage) {
      const facts = {
        forumName: pickText(forum.name, lang),
        organizationName: own ? pickText(own.name, lang) : "",
        timeZone: forum.timeZone,
        feedUrl: agendaFeedUrl(ctx, forum.id, organizationId),
      };
      try {
        await ctx.mailer.send({ to: addresses.join(", "), ...scheduleMail(lang, facts, organizationId, meetings) });
        sent = true;
      } catch (error) {
        log.warn({ err: error, organizationId }, "the schedule e-mail could not be sent");
      }
    }
    if (sent) notified++;
  }
  return notified;
}

/**
 * Publishes a draft (organisers): meetings get their time and table, earlier drafts are discarded,
 * and every organisation whose meetings are new or moved is told. A draft made before meetings or
 * availability changed is refused as stale.
 */
export async function publishScheduleRun(ctx: Ctx, actor: SessionUser, forumId: string, runId: string, log: Logger) {
  const forum = await requireForumManager(ctx.database.db, forumId, actor);
  const { published, changed } = await applyRun(ctx.database.db, forum, runId);
  const notified = await notifyParticipants(ctx, forum, changed, log);
  return { published, notified };
}
