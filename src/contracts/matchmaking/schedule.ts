import { z } from "zod";
import { ZMeetingPlace } from "./settings";

export const ZScheduleRunInput = z
  .object({
    /** Any two participants' break counts may differ by at most this many. */
    fairness: z.number().int().min(0).max(20).default(2),
    timeLimitSeconds: z.number().int().min(1).max(300).default(20),
  })
  .strict();
export const ZScheduleRunStarted = z.object({ runId: z.string(), jobId: z.string() });

export const SCHEDULE_RUN_STATUSES = ["running", "draft", "published", "discarded", "failed"] as const;

export const ZScheduleAssignment = z.object({
  meetingId: z.string(),
  hostOrganizationId: z.string(),
  guestOrganizationId: z.string(),
  hostName: z.string(),
  guestName: z.string(),
  /** Null when the meeting did not fit. */
  startsAt: z.string().nullable(),
  place: ZMeetingPlace,
  tableNumber: z.number().int().nullable(),
  locked: z.boolean(),
});

export const ZScheduleReview = z.object({
  meetings: z.number().int(),
  scheduled: z.number().int(),
  unscheduled: z.number().int(),
  breaks: z.number().int(),
  spread: z.number().int(),
  provenOptimal: z.boolean(),
  lowerBound: z.number(),
  /** Mode "most valuable": the LP upper bound on value and the share reached. */
  upperBound: z.number().nullable(),
  shareOfBound: z.number().nullable(),
  mode: z.enum(["all", "most-valuable"]),
  seconds: z.number(),
  /** Constraint violations found by the independent check; empty for a valid draft. */
  conflicts: z.array(z.string()),
  participantsWithoutMeetings: z.array(z.object({ organizationId: z.string(), name: z.string() })),
  tableLoad: z.array(z.object({ startsAt: z.string(), tables: z.number().int(), booth: z.number().int(), online: z.number().int() })),
});
export type TScheduleReview = z.infer<typeof ZScheduleReview>;

export const ZScheduleRun = z.object({
  id: z.string(),
  forumId: z.string(),
  jobId: z.string().nullable(),
  status: z.enum(SCHEDULE_RUN_STATUSES),
  fairness: z.number().int(),
  review: ZScheduleReview.nullable(),
  assignments: z.array(ZScheduleAssignment),
  createdAt: z.string(),
  publishedAt: z.string().nullable(),
});
export type TScheduleRun = z.infer<typeof ZScheduleRun>;
export const ZPublishResult = z.object({ published: z.number().int(), notified: z.number().int() });
