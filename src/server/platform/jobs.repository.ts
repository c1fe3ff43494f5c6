import { eq, inArray } from "drizzle-orm";
import type { Db } from "./db";
import { job } from "./jobs.schema";

export type JobRow = typeof job.$inferSelect;

export async function insertJob(db: Db, row: typeof job.$inferInsert): Promise<JobRow> {
  const [inserted] = await db.insert(job).values(row).returning();
  return inserted;
}

export async function findJob(db: Db, id: string): Promise<JobRow | undefined> {
  const [row] = await db.select().from(job).where(eq(job.id, id));
  return row;
}

export async function updateJob(db: Db, id: string, values: Partial<Omit<JobRow, "id">>) {
  await db
    .update(job)
    .set({ ...values, updatedAt: new Date() })
    .where(eq(job.id, id));
}

/** Jobs a stopped process left unfinished can never finish: say so instead of showing them running. */
export async function failInterruptedJobs(db: Db) {
  await db
    .update(job)
    .set({ status: "failed", message: "Interrupted by a restart; start it again", updatedAt: new Date() })
    .where(inArray(job.status, ["queued", "running"]));
}
