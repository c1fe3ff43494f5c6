import { z } from "zod";
import { ZCountryCode, ZCurrencyCode, zLocalizedText, zRequiredLocalizedText, zText } from "../common";
import { ZHexColor, ZMetres, ZPoint, ZRect } from "./shared";

export const BOOTH_TYPES = ["inline", "corner", "peninsula", "island"] as const;
export const ZBoothType = z.enum(BOOTH_TYPES);
export const PAVILION_KINDS = ["national", "thematic"] as const;
/** free: for sale; reserved: held by an application under review; sold: held by an approved exhibitor. */
export const BOOTH_STATUSES = ["free", "reserved", "sold"] as const;

const pavilionFields = {
  name: zRequiredLocalizedText(120),
  kind: z.enum(PAVILION_KINDS),
  country: ZCountryCode.nullable().optional(),
  color: ZHexColor,
};
export const ZPavilionInput = z.object(pavilionFields).strict();
export const ZPavilionPatch = z.object(pavilionFields).partial().strict();
export const ZPavilion = z.object({
  id: z.string(),
  name: zLocalizedText(120),
  kind: z.enum(PAVILION_KINDS),
  country: z.string().nullable(),
  color: z.string(),
});
export type TPavilion = z.infer<typeof ZPavilion>;

/** One booth as the editor sends it: booths are matched by number when a hall is saved. */
export const ZBoothInput = ZRect.extend({
  number: zText(20).min(1, "Enter the booth number"),
  type: ZBoothType.nullable().optional(),
  price: z.number().finite().min(0).max(1e9).nullable().optional(),
  currency: ZCurrencyCode.nullable().optional(),
  pavilionId: z.string().max(64).nullable().optional(),
}).strict();

const hallFields = {
  name: zRequiredLocalizedText(120),
  width: ZMetres.positive(),
  height: ZMetres.positive(),
  entrances: z.array(ZPoint).min(1, "Mark at least one entrance").max(20),
  obstacles: z.array(ZRect).max(500),
};
export const ZHallInput = z.object({ ...hallFields, obstacles: hallFields.obstacles.default([]) }).strict();
export const ZHallPatch = z.object({ name: hallFields.name }).strict();
/** A whole hall as drawn: saving replaces its outline, entrances, obstacles and booths at once. */
export const ZHallPlanInput = z
  .object({
    width: hallFields.width,
    height: hallFields.height,
    entrances: hallFields.entrances,
    obstacles: hallFields.obstacles.default([]),
    booths: z.array(ZBoothInput).max(3000),
  })
  .strict();

export const ZBoothExhibitor = z.object({
  applicationId: z.string(),
  organizationId: z.string(),
  name: zLocalizedText(200),
  country: z.string(),
});
export const ZBooth = z.object({
  id: z.string(),
  hallId: z.string(),
  number: z.string(),
  x: z.number(),
  y: z.number(),
  width: z.number(),
  height: z.number(),
  area: z.number(),
  type: ZBoothType,
  price: z.number().nullable(),
  currency: z.string().nullable(),
  pavilionId: z.string().nullable(),
  status: z.enum(BOOTH_STATUSES),
  /** Shown once the exhibitor is approved; a reservation under review stays anonymous. */
  exhibitor: ZBoothExhibitor.nullable(),
});
export type TBooth = z.infer<typeof ZBooth>;

export const ZHall = z.object({
  id: z.string(),
  forumId: z.string(),
  name: zLocalizedText(120),
  width: z.number(),
  height: z.number(),
  entrances: z.array(ZPoint),
  obstacles: z.array(ZRect),
  booths: z.array(ZBooth),
});
export type THall = z.infer<typeof ZHall>;

export const ZFloorPlan = z.object({ forumId: z.string(), pavilions: z.array(ZPavilion), halls: z.array(ZHall) });
export type TFloorPlan = z.infer<typeof ZFloorPlan>;
