import { z } from "zod";

const ZNames = z.object({ en: z.string(), ru: z.string(), tg: z.string(), ky: z.string() });

export const ZHsLevel = z.union([z.literal(2), z.literal(4), z.literal(6)]);
export const ZHsEntry = z.object({
  code: z.string(),
  level: ZHsLevel,
  description: z.string(),
  section: z.string(),
  parent: z.string().nullable(),
});
export type THsEntry = z.infer<typeof ZHsEntry>;

export const ZHsQuery = z.object({
  q: z.string().trim().max(100).default(""),
  limit: z.coerce.number().int().min(1).max(50).default(20),
  level: z.coerce.number().int().optional(),
});

export const ZJurisdiction = z.object({
  code: z.string(),
  kind: z.enum(["country", "region"]),
  country: z.string(),
  names: ZNames,
  type: z.string().optional(),
});
export type TJurisdiction = z.infer<typeof ZJurisdiction>;

export const ZJurisdictionQuery = z.object({
  q: z.string().trim().max(100).default(""),
  country: z
    .string()
    .regex(/^[A-Z]{2}$/)
    .optional(),
  kind: z.enum(["country", "region"]).optional(),
  limit: z.coerce.number().int().min(1).max(300).default(50),
});

export const ZSector = z.object({ code: z.string(), names: ZNames });
export type TSector = z.infer<typeof ZSector>;

export const ZHealth = z.object({
  status: z.literal("ok"),
  database: z.enum(["pglite", "postgres"]),
  version: z.string(),
  demo: z.boolean(),
});
