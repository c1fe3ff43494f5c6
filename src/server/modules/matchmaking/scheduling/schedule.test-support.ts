import { expect } from "vitest";
import type { TScheduleRun } from "../../../../contracts/matchmaking";
import type { MatchmakingForum } from "../../../testing/matchmaking-fixtures";
import type { TestApp } from "../../../testing/test-app";

/** Polls the job as its owner would, until it settles. */
export async function waitForJob(t: TestApp, cookie: string, jobId: string) {
  for (let attempt = 0; attempt < 600; attempt++) {
    const job = (await t.app.inject({ url: `/api/v1/jobs/${jobId}`, headers: { cookie } })).json();
    if (job.status === "done" || job.status === "failed") return job as { status: string; done: number; total: number; message: string | null };
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`job ${jobId} did not finish`);
}

/** Starts the scheduler as the organiser, waits for its job and returns the draft run. */
export async function runScheduler(t: TestApp, forum: MatchmakingForum, body: Record<string, unknown> = { timeLimitSeconds: 1 }) {
  const started = await t.app.inject({ method: "POST", url: `/api/v1/forums/${forum.forumId}/schedule`, headers: { cookie: forum.organiser }, payload: body });
  expect(started.statusCode, started.body).toBe(202);
  const { runId, jobId } = started.json() as { runId: string; jobId: string };
  const job = await waitForJob(t, forum.organiser, jobId);
  expect(job.status, job.message ?? "").toBe("done");
  const run = await t.app.inject({ url: `/api/v1/forums/${forum.forumId}/schedule-runs/${runId}`, headers: { cookie: forum.organiser } });
  expect(run.statusCode, run.body).toBe(200);
  return run.json() as TScheduleRun;
}

export const publishRun = (t: TestApp, forum: MatchmakingForum, runId: string, cookie = forum.organiser) =>
  t.app.inject({ method: "POST", url: `/api/v1/forums/${forum.forumId}/schedule-runs/${runId}/publish`, headers: { cookie } });
