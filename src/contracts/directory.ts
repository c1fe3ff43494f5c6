import { z } from "zod";
import { ZCountryCode, ZCurrencyCode, ZHsCode, ZId, ZLanguage, ZPageQuery, ZRegionCode, zLocalizedText, zPage, zRequiredLocalizedText, zText } from "./common";

export const ORGANIZATION_SIZES = ["micro", "small", "medium", "large"] as const;
export const MEMBER_ROLES = ["owner", "admin", "member"] as const;
export const ZMemberRole = z.enum(MEMBER_ROLES);
export type TMemberRole = z.infer<typeof ZMemberRole>;

/** Spoken languages are ISO 639-1 codes; the list is open because partners speak many. */
const ZSpokenLanguage = z.string().regex(/^[a-z]{2}$/, "Use an ISO 639-1 code such as tg");
const ZUrl = z
  .string()
  .trim()
  .max(500)
  .url("Enter a full address starting with https://")
  .refine((url) => /^https?:\/\//i.test(url), { message: "Only http and https addresses are allowed" });

// Patches must not inherit defaults (zod applies them even under .partial()), so the
// fields are declared once without defaults and the create schema adds them.
const organizationFields = {
  legalName: zRequiredLocalizedText(200),
  shortName: zLocalizedText(80),
  country: ZCountryCode,
  region: ZRegionCode.nullable().optional(),
  city: zText(100).optional(),
  address: zText(300).optional(),
  website: ZUrl.nullable().optional(),
  sectors: z.array(z.string().max(40)).max(10),
  languages: z.array(ZSpokenLanguage).max(12),
  size: z.enum(ORGANIZATION_SIZES).nullable().optional(),
  description: zLocalizedText(5000),
};
export const ZOrganizationInput = z
  .object({
    ...organizationFields,
    shortName: organizationFields.shortName.default({}),
    sectors: organizationFields.sectors.default([]),
    languages: organizationFields.languages.default([]),
    description: organizationFields.description.default({}),
  })
  .strict();
export type TOrganizationInput = z.input<typeof ZOrganizationInput>;
export const ZOrganizationPatch = z.object(organizationFields).partial().strict();

export const ZPersonSummary = z.object({
  name: z.string(),
  jobTitle: z.string().nullable(),
  role: ZMemberRole,
});

export const ZOrganization = z.object({
  id: z.string(),
  legalName: zLocalizedText(200),
  shortName: zLocalizedText(80),
  country: z.string(),
  region: z.string().nullable(),
  city: z.string().nullable(),
  address: z.string().nullable(),
  website: z.string().nullable(),
  sectors: z.array(z.string()),
  languages: z.array(z.string()),
  size: z.enum(ORGANIZATION_SIZES).nullable(),
  description: zLocalizedText(5000),
  logoUrl: z.string().nullable(),
  fictional: z.boolean(),
  productCount: z.number().int(),
  people: z.array(ZPersonSummary),
  createdAt: z.string(),
});
export type TOrganization = z.infer<typeof ZOrganization>;

export const ZOrganizationSummary = ZOrganization.omit({ people: true, address: true }).extend({
  score: z.number().optional(),
});
export type TOrganizationSummary = z.infer<typeof ZOrganizationSummary>;

export const ZOrganizationQuery = ZPageQuery.extend({
  q: z.string().trim().max(200).default(""),
  country: ZCountryCode.optional(),
  region: ZRegionCode.optional(),
  sector: z
    .string()
    .regex(/^[a-z-]{1,40}$/, "Not a sector code")
    .optional(),
  hs: ZHsCode.optional(),
});
export const ZOrganizationPage = zPage(ZOrganizationSummary);

export const ZSpecification = z
  .object({ name: zText(100).pipe(z.string().min(1)), value: zText(200).pipe(z.string().min(1)), unit: zText(30).optional() })
  .strict();

export const ZPrice = z
  .object({
    amount: z.number().nonnegative("Price cannot be negative").max(1e12),
    currency: ZCurrencyCode,
  })
  .strict();

export const ZMinimumOrder = z
  .object({ quantity: z.number().positive("Minimum order must be above zero").max(1e12), unit: zText(30).pipe(z.string().min(1)) })
  .strict();

const productFields = {
  name: zRequiredLocalizedText(200),
  description: zLocalizedText(5000),
  hsCode: ZHsCode,
  specifications: z.array(ZSpecification).max(50),
  videoUrls: z.array(ZUrl).max(10),
  price: ZPrice.nullable().optional(),
  minimumOrder: ZMinimumOrder.nullable().optional(),
  componentOrigins: z.array(ZCountryCode).max(30),
};
export const ZProductInput = z
  .object({
    ...productFields,
    description: productFields.description.default({}),
    specifications: productFields.specifications.default([]),
    videoUrls: productFields.videoUrls.default([]),
    componentOrigins: productFields.componentOrigins.default([]),
  })
  .strict();
export type TProductInput = z.input<typeof ZProductInput>;
export const ZProductPatch = z.object(productFields).partial().strict();

export const ZProduct = z.object({
  id: z.string(),
  organizationId: z.string(),
  organization: z.object({ id: z.string(), legalName: zLocalizedText(200), shortName: zLocalizedText(80), country: z.string(), region: z.string().nullable() }),
  name: zLocalizedText(200),
  description: zLocalizedText(5000),
  hsCode: z.string(),
  hsDescription: z.string().nullable(),
  specifications: z.array(ZSpecification),
  photoUrls: z.array(z.string()),
  videoUrls: z.array(z.string()),
  price: ZPrice.nullable(),
  minimumOrder: ZMinimumOrder.nullable(),
  componentOrigins: z.array(z.string()),
  fictional: z.boolean(),
  createdAt: z.string(),
  score: z.number().optional(),
});
export type TProduct = z.infer<typeof ZProduct>;

export const ZProductQuery = ZPageQuery.extend({
  q: z.string().trim().max(200).default(""),
  hs: ZHsCode.optional(),
  country: ZCountryCode.optional(),
  region: ZRegionCode.optional(),
  organizationId: ZId.optional(),
});
export const ZProductPage = zPage(ZProduct);

export const ZMember = z.object({
  id: z.string(),
  userId: z.string(),
  name: z.string(),
  email: z.string(),
  role: ZMemberRole,
  jobTitle: z.string().nullable(),
  createdAt: z.string(),
});
export type TMember = z.infer<typeof ZMember>;

export const ZMemberPatch = z.object({ role: ZMemberRole.optional(), jobTitle: zText(100).nullable().optional() }).strict();

export const ZInvitationInput = z.object({ email: z.string().trim().toLowerCase().email("Enter a valid e-mail address").max(200), role: ZMemberRole }).strict();
export const ZInvitation = z.object({
  id: z.string(),
  organizationId: z.string(),
  organizationName: zLocalizedText(200),
  email: z.string(),
  role: ZMemberRole,
  status: z.enum(["pending", "accepted", "cancelled"]),
  createdAt: z.string(),
  expiresAt: z.string(),
});
export type TInvitation = z.infer<typeof ZInvitation>;

export const ZMembership = z.object({
  organizationId: z.string(),
  organizationName: zLocalizedText(200),
  role: ZMemberRole,
});

export const ZMe = z.object({
  user: z.object({
    id: z.string(),
    name: z.string(),
    email: z.string(),
    emailVerified: z.boolean(),
    platformRole: z.enum(["user", "admin"]),
    preferredLanguage: ZLanguage.nullable(),
  }),
  memberships: z.array(ZMembership),
  invitations: z.array(ZInvitation),
});
export type TMe = z.infer<typeof ZMe>;

export const ZOutboxMessage = z.object({
  id: z.string(),
  to: z.string(),
  subject: z.string(),
  text: z.string(),
  status: z.enum(["stored", "sent", "failed"]),
  createdAt: z.string(),
});
export const ZOutboxPage = zPage(ZOutboxMessage);
