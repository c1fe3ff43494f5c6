import { z } from "zod";
import { ZCurrencyCode, ZId, zLocalizedText, zText } from "../common";
import { ZInstant } from "../exhibitions/shared";
import { ZParticipant } from "./participants";
import { ZMeetingPlace } from "./settings";

export const ATTENDANCE = ["planned", "held", "cancelled", "no_show"] as const;
export const ZAttendance = z.enum(ATTENDANCE);
export const OUTCOMES = ["no_interest", "follow_up", "deal_expected"] as const;
export const ZOutcomeKind = z.enum(OUTCOMES);

export const ZMeetingOutcome = z.object({
  organizationId: z.string(),
  outcome: ZOutcomeKind,
  value: z.number().nullable(),
  currency: z.string().nullable(),
  note: z.string().nullable(),
  recordedAt: z.string(),
});

export const ZMeeting = z.object({
  id: z.string(),
  forumId: z.string(),
  requestId: z.string().nullable(),
  host: ZParticipant,
  guest: ZParticipant,
  /** Null until a schedule with this meeting is published. */
  startsAt: z.string().nullable(),
  endsAt: z.string().nullable(),
  place: ZMeetingPlace,
  tableNumber: z.number().int().nullable(),
  /** Where to go, in words: "Table 12, Meeting area B" or "Booth A-14, Hall 1". */
  placeLabel: zLocalizedText(200).nullable(),
  videoUrl: z.string().nullable(),
  attendance: ZAttendance,
  outcomes: z.array(ZMeetingOutcome),
  publishedAt: z.string().nullable(),
});
export type TMeeting = z.infer<typeof ZMeeting>;

export const ZAttendanceInput = z.object({ attendance: ZAttendance }).strict();
export const ZOutcomeInput = z
  .object({
    organizationId: ZId,
    outcome: ZOutcomeKind,
    value: z.number().positive().max(1e13).nullable().default(null),
    currency: ZCurrencyCode.nullable().default(null),
    note: zText(2000).nullable().default(null),
  })
  .strict()
  .refine((o) => (o.value === null) === (o.currency === null), { message: "Give a value together with its currency", path: ["currency"] })
  .refine((o) => o.outcome === "deal_expected" || o.value === null, { message: "Only an expected deal has a value", path: ["value"] });

/** A meeting booked into a free slot on the day, outside the schedule run. */
export const ZSpotMeetingInput = z.object({ hostOrganizationId: ZId, guestOrganizationId: ZId, startsAt: ZInstant, place: ZMeetingPlace }).strict();
