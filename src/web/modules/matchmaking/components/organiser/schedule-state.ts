import type { TJob } from "../../../../../contracts/jobs";
import type { TScheduleRun } from "../../../../../contracts/matchmaking";
import { toSearchKey } from "../../../../../engines/transliteration";

type Assignment = TScheduleRun["assignments"][number];

/** How far a background job got, 0–100; a finished job is full even when it counted nothing. */
export function jobPercent(job: Pick<TJob, "done" | "total" | "status"> | null | undefined): number {
  if (!job) return 0;
  if (job.status === "done") return 100;
  if (job.total <= 0) return 0;
  return Math.min(100, Math.max(0, Math.round((job.done / job.total) * 100)));
}

export const jobFinished = (job: Pick<TJob, "status"> | null | undefined) => !!job && ["done", "failed", "cancelled"].includes(job.status);

/** Only a checked draft without conflicts can be published. */
export function canPublish(run: TScheduleRun | null | undefined): boolean {
  return !!run && run.status === "draft" && !!run.review && run.review.conflicts.length === 0;
}

/** Placed meetings by time, then table, then host; the ones that did not fit at the end. */
export function sortAssignments(assignments: readonly Assignment[]): Assignment[] {
  return [...assignments].sort((a, b) => {
    if (a.startsAt === null || b.startsAt === null) return a.startsAt === b.startsAt ? a.hostName.localeCompare(b.hostName) : a.startsAt === null ? 1 : -1;
    return Date.parse(a.startsAt) - Date.parse(b.startsAt) || (a.tableNumber ?? Infinity) - (b.tableNumber ?? Infinity) || a.hostName.localeCompare(b.hostName);
  });
}

/**
 * Meetings where either side's name contains the text, in either alphabet ("казан" finds "Kazan
 * Motors"); optionally only those that were not placed.
 */
export function filterAssignments(assignments: readonly Assignment[], text: string, onlyUnplaced: boolean): Assignment[] {
  const needle = toSearchKey(text);
  return assignments.filter(
    (a) => (!onlyUnplaced || a.startsAt === null) && (!needle || toSearchKey(a.hostName).includes(needle) || toSearchKey(a.guestName).includes(needle)),
  );
}
