import { z } from "zod";
import { ZCountryCode, ZLanguage, ZPageQuery, zLocalizedText, zPage, zQueryFlag, zText } from "../common";

export const VISITOR_CATEGORIES = ["trade_visitor", "buyer", "press", "vip", "delegation", "exhibitor_staff"] as const;
export type TVisitorCategory = (typeof VISITOR_CATEGORIES)[number];
export const ZVisitorCategory = z.enum(VISITOR_CATEGORIES);
/** Categories a visitor may choose alone; VIPs, delegations and staff are registered by organisers and exhibitors. */
export const SELF_CATEGORIES = ["trade_visitor", "buyer", "press"] as const;
/**
 * The colour of each category's band on the badge; screens and charts use the same, so door staff
 * tell categories apart from a distance before they can read the band.
 */
export const CATEGORY_COLORS: Record<TVisitorCategory, string> = {
  trade_visitor: "#1c7ed6",
  buyer: "#2f9e44",
  press: "#e8590c",
  vip: "#c9a227",
  delegation: "#7048e8",
  exhibitor_staff: "#0c8599",
};

export const ZEmail = z.string().trim().toLowerCase().max(200).email("Enter a valid e-mail address");

const personFields = {
  fullName: zText(120).min(2, "Enter the full name as it should be printed"),
  email: ZEmail,
  organizationName: zText(200).nullable().optional(),
  jobTitle: zText(120).nullable().optional(),
  country: ZCountryCode,
  language: ZLanguage.default("en"),
};

export const ZRegistrationInput = z.object({ ...personFields, category: z.enum(SELF_CATEGORIES).default("trade_visitor") }).strict();
/** Organisers may register anyone in any category. */
export const ZOrganizerRegistrationInput = z.object({ ...personFields, category: ZVisitorCategory }).strict();
export const ZStaffInput = z.object(personFields).strict();
export const ZRegistrationPatch = z.object({ category: ZVisitorCategory.optional(), cancelled: z.boolean().optional() }).strict();

export const ZRegistration = z.object({
  id: z.string(),
  forumId: z.string(),
  forumName: zLocalizedText(200),
  fullName: z.string(),
  email: z.string(),
  organizationName: z.string().nullable(),
  jobTitle: z.string().nullable(),
  country: z.string(),
  language: z.string(),
  category: ZVisitorCategory,
  /** Typed at the door when the QR code will not scan, printed as XXXXX-XXXXX. */
  badgeCode: z.string(),
  /** Signed content of the badge's QR code. */
  badgeToken: z.string(),
  /** Where the badge PDF can be fetched; carries its own key, so it works from the e-mail. */
  badgeUrl: z.string(),
  source: z.enum(["self", "organiser", "import", "staff", "demo"]),
  applicationId: z.string().nullable(),
  checkedInAt: z.string().nullable(),
  cancelledAt: z.string().nullable(),
  createdAt: z.string(),
});
export type TRegistration = z.infer<typeof ZRegistration>;
export const ZRegistrationPage = zPage(ZRegistration);
export const ZRegistrationQuery = ZPageQuery.extend({
  q: z.string().trim().max(200).default(""),
  category: ZVisitorCategory.optional(),
  checkedIn: z.enum(["yes", "no"]).optional(),
});

export const ZBadgeQuery = z.object({ key: z.string().max(100).optional() });

/** The outcome of reading a visitor file: nothing is saved unless every row is good. */
export const ZImportProblem = z.object({ line: z.number().int(), field: z.string(), message: z.string() });
export const ZImportReport = z.object({
  format: z.enum(["csv", "xlsx"]),
  rows: z.number().int(),
  valid: z.number().int(),
  problems: z.array(ZImportProblem),
  /** The first rows as they would be saved, to check the columns were understood. */
  preview: z.array(ZOrganizerRegistrationInput.omit({ language: true }).extend({ line: z.number().int(), language: z.string() })),
  saved: z.number().int(),
  /** After a commit the badges are e-mailed in the background; follow it at /api/v1/jobs/{id}. */
  mailJobId: z.string().nullable().optional(),
});
export type TImportReport = z.infer<typeof ZImportReport>;
/** `commit=false` (the default) only reads and checks the file. */
export const ZImportQuery = z.object({ commit: zQueryFlag().default(false) });

/** Which badges a batch prints; cancelled registrations never are. No body at all prints every badge. */
export const ZBadgeBatchInput = z.object({ category: ZVisitorCategory.optional(), onlyNotCheckedIn: z.boolean().default(false) }).strict();
