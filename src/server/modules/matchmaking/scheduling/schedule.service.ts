import type { z } from "zod";
import type { TMeetingPlace, TScheduleReview, TScheduleRun, ZScheduleRunInput } from "../../../../contracts/matchmaking";
import type { SessionUser } from "../../../platform/auth";
import type { AppContext } from "../../../platform/context";
import type { Db } from "../../../platform/db";
import { AppError, notFound } from "../../../platform/errors";
import { pickText } from "../../../platform/i18n";
import { newId } from "../../../platform/ids";
import { findJob } from "../../../platform/jobs.repository";
import { type ForumRow, requireForumManager } from "../../exhibitions";
import { listForumUnavailability } from "../meetings/meeting.repository";
import { syncExhibitorParticipants } from "../participants/participant.service";
import { loadMatchmakingSettings } from "../settings/settings.service";
import { type ForumToSchedule, problemFromForum } from "./problem-from-forum";
import * as repo from "./schedule.repository";
import { reviewSchedule } from "./schedule-review";
import { solveSchedule } from "./solve-schedule";

type Ctx = Pick<AppContext, "database" | "jobs">;
type RunInput = z.output<typeof ZScheduleRunInput>;

/** The forum as it stands now: its slots and tables, its live meetings and who cannot meet when. */
export async function loadForumToSchedule(db: Db, forum: ForumRow): Promise<ForumToSchedule> {
  const [settings, rows, unavailability] = await Promise.all([
    loadMatchmakingSettings(db, forum),
    repo.listLiveMeetings(db, forum.id),
    listForumUnavailability(db, forum.id),
  ]);
  return {
    timeZone: forum.timeZone,
    slots: settings.slots,
    tables: settings.tables,
    unavailability,
    meetings: rows.map(({ meeting, request }) => ({
      id: meeting.id,
      host: meeting.hostOrganizationId,
      guest: meeting.guestOrganizationId,
      place: meeting.place as TMeetingPlace,
      startsAt: meeting.startsAt,
      publishedAt: meeting.publishedAt,
      agreedStartsAt: meeting.agreedStartsAt,
      tableNumber: meeting.tableNumber,
      createdAt: meeting.createdAt,
      request: request?.createdAt ? { mutual: request.mutual ?? false, priority: request.priority ?? 0, createdAt: request.createdAt } : null,
    })),
  };
}

/** Solves the forum as it is at this moment and keeps the result in the run as a draft. */
async function runSchedule(ctx: Ctx, forum: ForumRow, runId: string, input: RunInput, report: (share: number, message?: string) => void) {
  const db = ctx.database.db;
  try {
    const facts = await loadForumToSchedule(db, forum);
    const mapped = problemFromForum(facts);
    const solved = await solveSchedule(mapped.problem, { fairness: input.fairness, timeLimitMs: input.timeLimitSeconds * 1000, onProgress: report });
    const names = new Map((await repo.listParticipantNames(db, forum.id)).map((o) => [o.id, pickText(o.name)]));
    const extra = await repo.listOrganizationNames(
      db,
      mapped.organizations.filter((id) => !names.has(id)),
    );
    for (const o of extra) names.set(o.id, pickText(o.name));
    const { review, assignments } = reviewSchedule({
      forum: facts,
      mapped,
      solved,
      fairness: input.fairness,
      participants: [...names].map(([id, name]) => ({ id, name })),
      nameOf: (id) => names.get(id) ?? id,
    });
    await repo.updateRun(db, runId, { status: "draft", review, assignments });
  } catch (error) {
    await repo.updateRun(db, runId, { status: "failed" });
    throw error;
  }
}

/**
 * Starts the scheduler in the background (organisers); the run is a draft to review once the job
 * is done. Exhibitors are synced in first, so those without meetings are listed in the review.
 */
export async function startScheduleRun(ctx: Ctx, actor: SessionUser, forumId: string, input: RunInput) {
  const db = ctx.database.db;
  const forum = await requireForumManager(db, forumId, actor);
  await syncExhibitorParticipants(db, forumId);
  const settings = await loadMatchmakingSettings(db, forum);
  if (settings.slots.length === 0) throw new AppError("no_meeting_slots", 409, "Set the forum's meeting sessions before scheduling");
  if ((await repo.listLiveMeetings(db, forumId)).length === 0) throw new AppError("nothing_to_schedule", 409, "There are no accepted meetings to schedule");
  const run = await repo.insertRun(db, { id: newId(), forumId, status: "running", fairness: input.fairness, createdBy: actor.id });
  const job = await ctx.jobs.start("schedule-run", actor.id, 100, async (progress) => {
    await runSchedule(ctx, forum, run.id, input, (share, message) => progress.report(Math.min(99, Math.round(share * 100)), 100, message));
    progress.report(100, 100);
    return undefined;
  });
  await repo.updateRun(db, run.id, { jobId: job.id });
  return { runId: run.id, jobId: job.id };
}

/** The run with names for the organisers' review; a run whose job died with a restart reads as failed. */
async function toScheduleRun(db: Db, row: repo.ScheduleRunRow): Promise<TScheduleRun> {
  let status = row.status;
  if (status === "running" && row.jobId && (await findJob(db, row.jobId))?.status === "failed") {
    status = "failed";
    await repo.updateRun(db, row.id, { status });
  }
  const meetings = new Map(
    (
      await repo.listMeetingSides(
        db,
        row.assignments.map((a) => a.meetingId),
      )
    ).map((m) => [m.id, m]),
  );
  const names = new Map(
    (await repo.listOrganizationNames(db, [...new Set([...meetings.values()].flatMap((m) => [m.hostOrganizationId, m.guestOrganizationId]))])).map((o) => [
      o.id,
      pickText(o.name),
    ]),
  );
  return {
    id: row.id,
    forumId: row.forumId,
    jobId: row.jobId,
    status: status as TScheduleRun["status"],
    fairness: row.fairness,
    review: (row.review as TScheduleReview | null) ?? null,
    assignments: row.assignments.flatMap((a) => {
      const meeting = meetings.get(a.meetingId);
      if (!meeting) return []; // the meeting is gone (a side left the forum); publishing this run is refused as stale
      return [
        {
          ...a,
          place: a.place as TMeetingPlace,
          hostOrganizationId: meeting.hostOrganizationId,
          guestOrganizationId: meeting.guestOrganizationId,
          hostName: names.get(meeting.hostOrganizationId) ?? "",
          guestName: names.get(meeting.guestOrganizationId) ?? "",
        },
      ];
    }),
    createdAt: row.createdAt.toISOString(),
    publishedAt: row.publishedAt?.toISOString() ?? null,
  };
}

export async function getLatestScheduleRun(ctx: Pick<AppContext, "database">, actor: SessionUser, forumId: string) {
  const db = ctx.database.db;
  await requireForumManager(db, forumId, actor);
  const row = await repo.findLatestRun(db, forumId);
  if (!row) throw notFound("Schedule run");
  return toScheduleRun(db, row);
}

export async function getScheduleRun(ctx: Pick<AppContext, "database">, actor: SessionUser, forumId: string, runId: string) {
  const db = ctx.database.db;
  await requireForumManager(db, forumId, actor);
  const row = await repo.findRun(db, runId);
  if (!row || row.forumId !== forumId) throw notFound("Schedule run");
  return toScheduleRun(db, row);
}

/** The forum's scheduled meetings with their sides, in time order (for the demo seed and exports). */
export const listPublishedMeetingIds = (db: Db, forumId: string) => repo.listPublishedMeetings(db, forumId);

export { publishScheduleRun } from "./publish.service";
