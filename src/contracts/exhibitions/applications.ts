import { z } from "zod";
import { ZId, ZPageQuery, zLocalizedText, zPage, zText } from "../common";

export const APPLICATION_KINDS = ["booth", "pavilion_place"] as const;
export const APPLICATION_STATUSES = ["pending", "approved", "waitlisted", "rejected", "withdrawn"] as const;
export type TApplicationStatus = (typeof APPLICATION_STATUSES)[number];
/** The decisions an organiser can take; withdrawing is the exhibitor's. */
export const DECISIONS = ["approved", "waitlisted", "rejected"] as const;

export const ZApplicationInput = z
  .object({
    organizationId: ZId,
    kind: z.enum(APPLICATION_KINDS),
    /** A booth chosen on the plan: it is held for this application at once, or refused if taken. */
    boothId: ZId.nullable().optional(),
    /** A place in a pavilion without a particular booth: the organiser assigns one. */
    pavilionId: ZId.nullable().optional(),
    requestedArea: z.number().finite().positive().max(10000).nullable().optional(),
    productIds: z.array(ZId).max(50).default([]),
    message: zText(2000).default(""),
  })
  .strict();

export const ZApplicationDecision = z
  .object({
    status: z.enum(DECISIONS),
    message: zText(2000).default(""),
    /** Assign (or change to) this booth with the decision. */
    boothId: ZId.nullable().optional(),
  })
  .strict();

export const ZBoothAssignment = z.object({ boothId: ZId.nullable() }).strict();

export const ZApplication = z.object({
  id: z.string(),
  forumId: z.string(),
  organization: z.object({ id: z.string(), name: zLocalizedText(200), country: z.string(), sectors: z.array(z.string()) }),
  kind: z.enum(APPLICATION_KINDS),
  status: z.enum(APPLICATION_STATUSES),
  booth: z.object({ id: z.string(), number: z.string(), hallId: z.string(), area: z.number() }).nullable(),
  pavilion: z.object({ id: z.string(), name: zLocalizedText(120), color: z.string() }).nullable(),
  requestedArea: z.number().nullable(),
  products: z.array(z.object({ id: z.string(), name: zLocalizedText(300), hsCode: z.string() })),
  message: z.string(),
  decisionMessage: z.string().nullable(),
  decidedAt: z.string().nullable(),
  createdAt: z.string(),
});
export type TApplication = z.infer<typeof ZApplication>;
export const ZApplicationPage = zPage(ZApplication);
export const ZApplicationQuery = ZPageQuery.extend({ status: z.enum(APPLICATION_STATUSES).optional() });

/** The public exhibition catalogue: approved exhibitors with their booth and the products they show. */
export const ZExhibitor = z.object({
  applicationId: z.string(),
  organization: z.object({
    id: z.string(),
    name: zLocalizedText(200),
    country: z.string(),
    region: z.string().nullable(),
    sectors: z.array(z.string()),
    logoUrl: z.string().nullable(),
    fictional: z.boolean(),
  }),
  booth: z.object({ id: z.string(), number: z.string(), hallId: z.string(), hallName: zLocalizedText(120) }).nullable(),
  pavilion: z.object({ id: z.string(), name: zLocalizedText(120), color: z.string() }).nullable(),
  products: z.array(z.object({ id: z.string(), name: zLocalizedText(300), hsCode: z.string(), photoUrl: z.string().nullable() })),
});
export type TExhibitor = z.infer<typeof ZExhibitor>;
export const ZExhibitorPage = zPage(ZExhibitor);
export const ZExhibitorQuery = ZPageQuery.extend({
  q: z.string().trim().max(200).default(""),
  pavilionId: ZId.optional(),
  country: z
    .string()
    .regex(/^[A-Z]{2}$/, "Use an ISO 3166-1 alpha-2 code such as TJ")
    .optional(),
  sector: z.string().max(40).optional(),
  hs: z
    .string()
    .regex(/^\d{2,6}$/, "Use 2 to 6 digits of an HS code")
    .optional(),
});
