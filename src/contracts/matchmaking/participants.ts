import { z } from "zod";
import { ZId, zLocalizedText, zPage } from "../common";
import { ZParticipantCategory } from "./settings";

export const ZParticipantJoin = z.object({ organizationId: ZId, category: ZParticipantCategory }).strict();
export const ZParticipantPatch = z.object({ category: ZParticipantCategory }).strict();

export const ZParticipant = z.object({
  organizationId: z.string(),
  name: zLocalizedText(300),
  country: z.string(),
  region: z.string().nullable(),
  sectors: z.array(z.string()),
  languages: z.array(z.string()),
  category: ZParticipantCategory,
  /** The exhibitor's booth, where booth meetings happen. */
  booth: z.object({ id: z.string(), number: z.string(), hallName: zLocalizedText(200) }).nullable(),
  profileCount: z.number().int(),
  joinedAt: z.string(),
});
export type TParticipant = z.infer<typeof ZParticipant>;
export const ZParticipantPage = zPage(ZParticipant);
export const ZParticipantQuery = z.object({
  q: z.string().trim().max(200).optional(),
  category: ZParticipantCategory.optional(),
  country: z
    .string()
    .regex(/^[A-Z]{2}$/)
    .optional(),
  cursor: z.string().max(200).optional(),
  limit: z.coerce.number().int().min(1).max(100).default(20),
});

/** Slots (their start instants) in which an organisation cannot meet. */
export const ZUnavailability = z.object({ slots: z.array(z.iso.datetime({ offset: true })).max(500) }).strict();

/**
 * Where the viewer can ask an organisation for a meeting: the published forums it takes part in
 * whose meeting requests are open, each with the viewer's own organisations that take part there
 * and may ask it (empty when none does: the viewer has to join that forum's matchmaking first).
 */
export const ZMeetingForums = z.object({
  items: z.array(
    z.object({
      forum: z.object({ id: z.string(), name: zLocalizedText(300), startsOn: z.string(), endsOn: z.string(), timeZone: z.string() }),
      to: ZParticipant,
      from: z.array(ZParticipant),
    }),
  ),
});
export type TMeetingForums = z.infer<typeof ZMeetingForums>;
