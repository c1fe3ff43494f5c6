import { z } from "zod";
import { ZId, ZLanguage } from "../common";
import { ZMeeting } from "./meetings";
import { ZMeetingSlot } from "./settings";

export const ZAgendaQuery = z.object({ participant: ZId });
/** `lang` picks the language of the fixed words; without it the browser's Accept-Language decides, else English. */
export const ZAgendaFeedQuery = z.object({ participant: ZId, key: z.string().max(200).optional(), lang: ZLanguage.optional() });
export const ZAgendaPdfQuery = z.object({ participant: ZId, lang: ZLanguage.optional() });

export const ZAgenda = z.object({
  forumId: z.string(),
  organizationId: z.string(),
  timeZone: z.string(),
  meetings: z.array(ZMeeting),
  /** Accepted meetings not yet placed by a published schedule. */
  unscheduled: z.array(ZMeeting),
  /** Slots where both this participant is free: for booking on the spot. */
  freeSlots: z.array(ZMeetingSlot),
  unavailable: z.array(z.string()),
  /** A private link to subscribe to the agenda in a calendar app (iCalendar). */
  feedUrl: z.string(),
});
export type TAgenda = z.infer<typeof ZAgenda>;

export const ZMatchmakingStats = z.object({
  participants: z.number().int(),
  profiles: z.number().int(),
  requests: z.object({
    total: z.number().int(),
    pending: z.number().int(),
    accepted: z.number().int(),
    declined: z.number().int(),
    cancelled: z.number().int(),
    expired: z.number().int(),
  }),
  /** Accepted over answered (accepted + declined), 0–1; null before any answer. */
  acceptanceRate: z.number().nullable(),
  meetings: z.object({ total: z.number().int(), scheduled: z.number().int(), held: z.number().int(), cancelled: z.number().int(), noShow: z.number().int() }),
  outcomes: z.object({ noInterest: z.number().int(), followUp: z.number().int(), dealExpected: z.number().int() }),
  /** Expected deal values by currency. */
  expectedValue: z.array(z.object({ currency: z.string(), value: z.number() })),
  requestsByDay: z.array(z.object({ date: z.string(), requests: z.number().int() })),
});
export type TMatchmakingStats = z.infer<typeof ZMatchmakingStats>;
