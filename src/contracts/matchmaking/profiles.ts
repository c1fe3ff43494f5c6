import { z } from "zod";
import { ZCountryCode, ZHsCode, ZId, ZRegionCode, zLocalizedText, zPage, zRequiredLocalizedText, zText } from "../common";
import { ZDate } from "../exhibitions/shared";

export const PROFILE_KINDS = ["offer", "request", "partnership"] as const;
export const ZProfileKind = z.enum(PROFILE_KINDS);
export type TProfileKind = z.infer<typeof ZProfileKind>;

export const PARTNERSHIP_TYPES = ["joint_venture", "contract_manufacturing", "distribution", "investment", "technology_transfer"] as const;
export const ZPartnershipType = z.enum(PARTNERSHIP_TYPES);

export const QUANTITY_PERIODS = ["month", "year"] as const;
/** A country (TJ) or a region (RU-TA) a profile is aimed at. */
export const ZMarketCode = z.union([ZCountryCode, ZRegionCode], "Use a country code such as TJ or a region code such as RU-TA");
/** Languages a company can hold talks in: ISO 639-1 codes. */
export const ZSpokenLanguage = z.string().regex(/^[a-z]{2}$/, "Use a two-letter language code such as ru");

const profileFields = {
  kind: ZProfileKind,
  /** Required for partnership proposals, absent otherwise. */
  partnershipType: ZPartnershipType.nullable(),
  title: zRequiredLocalizedText(200),
  description: zLocalizedText(4000),
  hsCodes: z.array(ZHsCode).max(20),
  quantity: z.number().positive().max(1e12).nullable(),
  quantityUnit: zText(20).nullable(),
  quantityPeriod: z.enum(QUANTITY_PERIODS).nullable(),
  exportReady: z.boolean(),
  certificates: z.array(zText(80).min(1)).max(20),
  targetMarkets: z.array(ZMarketCode).max(30),
  languages: z.array(ZSpokenLanguage).max(10),
  validFrom: ZDate.nullable(),
  validUntil: ZDate.nullable(),
};

const profileRules = <
  T extends z.ZodType<{ kind: string; partnershipType?: string | null; validFrom?: string | null; validUntil?: string | null; hsCodes?: string[] }>,
>(
  schema: T,
) =>
  schema
    .refine((p) => p.partnershipType === undefined || (p.kind === "partnership") === (p.partnershipType !== null), {
      message: "Partnership proposals need a partnership type; offers and requests have none",
      path: ["partnershipType"],
    })
    .refine((p) => !p.validFrom || !p.validUntil || p.validFrom <= p.validUntil, { message: "Valid until must not be before valid from", path: ["validUntil"] })
    .refine((p) => p.kind === "partnership" || p.hsCodes === undefined || p.hsCodes.length > 0, {
      message: "Offers and requests name at least one HS code",
      path: ["hsCodes"],
    });

export const ZProfileInput = profileRules(
  z
    .object({
      ...profileFields,
      partnershipType: profileFields.partnershipType.default(null),
      description: profileFields.description.default({}),
      hsCodes: profileFields.hsCodes.default([]),
      quantity: profileFields.quantity.default(null),
      quantityUnit: profileFields.quantityUnit.default(null),
      quantityPeriod: profileFields.quantityPeriod.default(null),
      exportReady: profileFields.exportReady.default(false),
      certificates: profileFields.certificates.default([]),
      targetMarkets: profileFields.targetMarkets.default([]),
      languages: profileFields.languages.default([]),
      validFrom: profileFields.validFrom.default(null),
      validUntil: profileFields.validUntil.default(null),
    })
    .strict(),
);
export type TProfileInput = z.infer<typeof ZProfileInput>;
/** A patch is checked against the stored profile by the service (kind and type together). */
export const ZProfilePatch = z.object(profileFields).partial().strict();
export type TProfilePatch = z.infer<typeof ZProfilePatch>;

export const ZProfileOwner = z.object({
  id: z.string(),
  name: zLocalizedText(300),
  country: z.string(),
  region: z.string().nullable(),
});

export const ZProfile = z.object({
  id: z.string(),
  organization: ZProfileOwner,
  ...profileFields,
  title: zLocalizedText(200),
  /** False once valid-until has passed: kept for the owner, hidden from search by default. */
  current: z.boolean(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type TProfile = z.infer<typeof ZProfile>;
export const ZProfilePage = zPage(ZProfile);

export const ZProfileQuery = z.object({
  q: z.string().trim().max(200).optional(),
  kind: ZProfileKind.optional(),
  hs: ZHsCode.optional(),
  country: ZCountryCode.optional(),
  /** Only profiles of this forum's matchmaking participants. */
  forum: ZId.optional(),
  organization: ZId.optional(),
  cursor: z.string().max(200).optional(),
  limit: z.coerce.number().int().min(1).max(100).default(20),
});
