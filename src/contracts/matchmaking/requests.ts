import { z } from "zod";
import { ZId, zPage, zText } from "../common";
import { ZInstant } from "../exhibitions/shared";
import { ZParticipant } from "./participants";
import { ZMeetingPlace } from "./settings";

export const REQUEST_STATUSES = ["pending", "accepted", "declined", "cancelled", "expired"] as const;
export const ZRequestStatus = z.enum(REQUEST_STATUSES);
export type TRequestStatus = z.infer<typeof ZRequestStatus>;

export const ZMeetingRequestInput = z
  .object({
    forumId: ZId,
    fromOrganizationId: ZId,
    toOrganizationId: ZId,
    message: zText(2000).min(1, "Write a short message"),
    /** A slot the requester would like; the scheduler treats it as a wish unless both agree. */
    preferredStartsAt: ZInstant.nullable().default(null),
  })
  .strict();
/** Accepting settles where to meet (among the places the forum allows); the default follows the forum's rules. */
export const ZAcceptInput = z.object({ message: zText(2000).optional(), place: ZMeetingPlace.optional() }).strict();
export const ZDeclineInput = z.object({ reason: zText(1000).min(1, "Say why, briefly") }).strict();
export const ZProposeInput = z.object({ startsAt: ZInstant, message: zText(2000).optional() }).strict();
export const ZRequestPriorityInput = z.object({ priority: z.number().int().min(0).max(9) }).strict();

export const ZMeetingRequest = z.object({
  id: z.string(),
  forumId: z.string(),
  from: ZParticipant,
  to: ZParticipant,
  message: z.string(),
  status: ZRequestStatus,
  declineReason: z.string().nullable(),
  /** A slot one side proposed; the other side accepts it or not. */
  proposedStartsAt: z.string().nullable(),
  proposedByOrganizationId: z.string().nullable(),
  /** Both sides asked each other: such meetings are scheduled first. */
  mutual: z.boolean(),
  priority: z.number().int(),
  meetingId: z.string().nullable(),
  createdAt: z.string(),
  expiresAt: z.string(),
  respondedAt: z.string().nullable(),
});
export type TMeetingRequest = z.infer<typeof ZMeetingRequest>;
export const ZMeetingRequestPage = zPage(ZMeetingRequest);
export const ZMeetingRequestQuery = z.object({
  organization: ZId.optional(),
  box: z.enum(["incoming", "outgoing", "all"]).default("all"),
  status: ZRequestStatus.optional(),
  cursor: z.string().max(200).optional(),
  limit: z.coerce.number().int().min(1).max(100).default(20),
});
