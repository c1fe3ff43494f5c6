import { z } from "zod";
import { ZId, zLocalizedText, zRequiredLocalizedText } from "../common";
import { ZInstant, ZPoint } from "./shared";

const tourFields = {
  name: zRequiredLocalizedText(200),
  note: zLocalizedText(2000),
  hallId: ZId,
  startsAt: ZInstant,
  minutesPerStop: z.number().int().min(1).max(120),
  entrance: z.number().int().min(0).max(19),
  /** The booths to visit, in any order: the planner orders them. */
  boothIds: z.array(ZId).min(1, "Pick at least one booth").max(60),
};
export const ZTourInput = z
  .object({ ...tourFields, note: tourFields.note.default({}), minutesPerStop: tourFields.minutesPerStop.default(5), entrance: tourFields.entrance.default(0) })
  .strict();
export const ZTourPatch = z.object(tourFields).partial().strict();

export const ZTourStop = z.object({
  boothId: z.string(),
  boothNumber: z.string(),
  exhibitor: z.object({ organizationId: z.string(), name: zLocalizedText(200) }).nullable(),
  walkMinutes: z.number(),
  distanceMetres: z.number(),
  arrivesAt: z.string(),
  leavesAt: z.string(),
  /** The walk to this stop, in hall metres, to draw on the plan. */
  path: z.array(ZPoint),
});
export const ZTour = z.object({
  id: z.string(),
  forumId: z.string(),
  name: zLocalizedText(200),
  note: zLocalizedText(2000),
  hallId: z.string(),
  startsAt: z.string(),
  endsAt: z.string(),
  minutesPerStop: z.number().int(),
  entrance: z.number().int(),
  stops: z.array(ZTourStop),
  totalDistanceMetres: z.number(),
  /** True when the order is proven shortest (small tours); larger ones are very good, not proven. */
  optimal: z.boolean(),
  notifiedAt: z.string().nullable(),
});
export type TTour = z.infer<typeof ZTour>;
export const ZTourList = z.object({ items: z.array(ZTour) });
export const ZNotifyResult = z.object({ notified: z.number().int(), recipients: z.number().int() });
