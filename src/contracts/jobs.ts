import { z } from "zod";

export const JOB_STATUSES = ["queued", "running", "done", "failed", "cancelled"] as const;

/** Long work (badge batches, imports) runs in the background; pages poll this to show progress. */
export const ZJob = z.object({
  id: z.string(),
  kind: z.string(),
  status: z.enum(JOB_STATUSES),
  done: z.number().int(),
  total: z.number().int(),
  message: z.string().nullable(),
  resultUrl: z.string().nullable(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type TJob = z.infer<typeof ZJob>;
