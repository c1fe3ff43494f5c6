import fs from "node:fs";
import path from "node:path";
import type { TJob } from "../../contracts/jobs";
import type { Db } from "./db";
import { forbidden, notFound } from "./errors";
import { newId } from "./ids";
import { findJob, insertJob, type JobRow, updateJob } from "./jobs.repository";

export type JobResult = { bytes: Buffer; name: string; mediaType: string };
export type JobProgress = {
  /** Reports progress; cheap to call often, it writes at most a few times a second. */
  report(done: number, total?: number, message?: string): void;
  signal: AbortSignal;
};
export type JobWork = (progress: JobProgress) => Promise<JobResult | undefined>;

export type JobRunner = {
  /** Starts work in the background and returns its job at once; the work runs in this process. */
  start(kind: string, ownerId: string, total: number, work: JobWork): Promise<TJob>;
  get(id: string, viewerId: string, isAdmin: boolean): Promise<TJob>;
  result(id: string, viewerId: string, isAdmin: boolean): Promise<JobResult>;
  /** Resolves when every job started by this runner has settled (tests and orderly shutdown). */
  idle(): Promise<void>;
};

const REPORT_INTERVAL_MS = 250;

export const toJob = (row: JobRow): TJob => ({
  id: row.id,
  kind: row.kind,
  status: row.status as TJob["status"],
  done: row.done,
  total: row.total,
  message: row.message,
  resultUrl: row.resultName ? `/api/v1/jobs/${row.id}/result` : null,
  createdAt: row.createdAt.toISOString(),
  updatedAt: row.updatedAt.toISOString(),
});

/**
 * In-process background work with progress kept in the `job` table, so any page (or a restarted
 * one) can show it. Work that is interrupted by a restart is not resumed: it is marked failed
 * when the next process starts and the person starts it again.
 */
export function createJobRunner(db: Db, dataDir: string): JobRunner {
  const directory = path.join(dataDir, "jobs");
  const running = new Set<Promise<void>>();
  const resultPath = (id: string) => path.join(directory, id);

  async function run(row: JobRow, work: JobWork) {
    const controller = new AbortController();
    let last = 0;
    let pending: Promise<unknown> = Promise.resolve();
    const progress: JobProgress = {
      signal: controller.signal,
      report(done, total, message) {
        const now = Date.now();
        if (now - last < REPORT_INTERVAL_MS && (total === undefined || done < total)) return;
        last = now;
        pending = pending.then(() => updateJob(db, row.id, { done, ...(total !== undefined && { total }), ...(message && { message }) }));
      },
    };
    try {
      await updateJob(db, row.id, { status: "running" });
      const result = await work(progress);
      await pending;
      if (result) {
        await fs.promises.mkdir(directory, { recursive: true });
        await fs.promises.writeFile(resultPath(row.id), result.bytes);
      }
      await updateJob(db, row.id, { status: "done", ...(result && { resultName: result.name, resultMediaType: result.mediaType }) });
    } catch (error) {
      await pending.catch(() => undefined);
      await updateJob(db, row.id, { status: "failed", message: error instanceof Error ? error.message : String(error) });
    }
  }

  async function visible(id: string, viewerId: string, isAdmin: boolean) {
    const row = await findJob(db, id);
    if (!row) throw notFound("Job");
    if (row.ownerId !== viewerId && !isAdmin) throw forbidden("Only the person who started this job can see it");
    return row;
  }

  return {
    async start(kind, ownerId, total, work) {
      const row = await insertJob(db, { id: newId(), kind, status: "queued", total, ownerId });
      const task = run(row, work).finally(() => running.delete(task));
      running.add(task);
      return toJob(row);
    },
    async get(id, viewerId, isAdmin) {
      return toJob(await visible(id, viewerId, isAdmin));
    },
    async result(id, viewerId, isAdmin) {
      const row = await visible(id, viewerId, isAdmin);
      if (row.status !== "done" || !row.resultName || !row.resultMediaType) throw notFound("Job result");
      const bytes = await fs.promises.readFile(resultPath(id)).catch(() => undefined);
      if (!bytes) throw notFound("Job result");
      return { bytes, name: row.resultName, mediaType: row.resultMediaType };
    },
    async idle() {
      while (running.size > 0) await Promise.allSettled([...running]);
    },
  };
}
