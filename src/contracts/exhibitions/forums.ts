import { z } from "zod";
import { ZCountryCode, ZId, ZLanguage, ZPageQuery, zLocalizedText, zPage, zQueryFlag, zRequiredLocalizedText, zText } from "../common";
import { ZDate, ZInstant, ZTimeZone } from "./shared";

export const FORUM_PARTY_ROLES = ["organiser", "backer", "partner", "sponsor"] as const;
export const FORUM_STATUSES = ["draft", "published"] as const;

export const ZForumParty = z
  .object({
    role: z.enum(FORUM_PARTY_ROLES),
    name: zRequiredLocalizedText(200),
    organizationId: ZId.nullable().optional(),
  })
  .strict();

export const ZVenue = z
  .object({
    name: zRequiredLocalizedText(200),
    city: zText(100).min(1, "Enter the city"),
    country: ZCountryCode,
    address: zText(300).optional(),
  })
  .strict();

const forumFields = {
  name: zRequiredLocalizedText(200),
  description: zLocalizedText(5000),
  startsOn: ZDate,
  endsOn: ZDate,
  timeZone: ZTimeZone,
  venue: ZVenue,
  parties: z.array(ZForumParty).max(20),
  registrationOpen: z.boolean(),
  applicationsOpen: z.boolean(),
  status: z.enum(FORUM_STATUSES),
};

export const ZForumInput = z
  .object({
    ...forumFields,
    /** The organisation that runs the forum: its owners and admins are the organisers, its members the door staff. */
    organizerOrganizationId: ZId,
    description: forumFields.description.default({}),
    parties: forumFields.parties.default([]),
    registrationOpen: forumFields.registrationOpen.default(true),
    applicationsOpen: forumFields.applicationsOpen.default(true),
    status: forumFields.status.default("draft"),
  })
  .strict();
export type TForumInput = z.input<typeof ZForumInput>;
export const ZForumPatch = z.object(forumFields).partial().strict();

/** What the signed-in viewer may do in this forum, so pages show only the actions that will work. */
export const ZForumAccess = z.object({ manage: z.boolean(), checkIn: z.boolean() });

export const ZForum = z.object({
  id: z.string(),
  name: zLocalizedText(200),
  description: zLocalizedText(5000),
  startsOn: z.string(),
  endsOn: z.string(),
  timeZone: z.string(),
  venue: z.object({ name: zLocalizedText(200), city: z.string(), country: z.string(), address: z.string().nullable() }),
  organizer: z.object({ id: z.string(), name: zLocalizedText(200), country: z.string() }),
  parties: z.array(z.object({ role: z.enum(FORUM_PARTY_ROLES), name: zLocalizedText(200), organizationId: z.string().nullable() })),
  registrationOpen: z.boolean(),
  applicationsOpen: z.boolean(),
  status: z.enum(FORUM_STATUSES),
  counts: z.object({ exhibitors: z.number().int(), booths: z.number().int(), freeBooths: z.number().int(), sessions: z.number().int() }),
  access: ZForumAccess,
  createdAt: z.string(),
});
export type TForum = z.infer<typeof ZForum>;
export const ZForumPage = zPage(ZForum);

export const ZForumQuery = ZPageQuery.extend({
  /** `upcoming`: not yet ended; `past`: ended; default all. */
  when: z.enum(["upcoming", "past", "all"]).default("all"),
  /** Only forums the viewer organises (drafts included). */
  mine: zQueryFlag().optional(),
});

const sessionFields = {
  title: zRequiredLocalizedText(200),
  description: zLocalizedText(2000),
  room: zText(100).min(1, "Enter the room"),
  startsAt: ZInstant,
  endsAt: ZInstant,
  speakers: z.array(zText(120).min(1)).max(20),
  language: ZLanguage.or(z.string().regex(/^[a-z]{2}$/, "Use an ISO 639-1 code such as ru")),
};
export const ZSessionInput = z
  .object({ ...sessionFields, description: sessionFields.description.default({}), speakers: sessionFields.speakers.default([]) })
  .strict();
export const ZSessionPatch = z.object(sessionFields).partial().strict();
export const ZProgrammeSession = z.object({
  id: z.string(),
  forumId: z.string(),
  title: zLocalizedText(200),
  description: zLocalizedText(2000),
  room: z.string(),
  startsAt: z.string(),
  endsAt: z.string(),
  speakers: z.array(z.string()),
  language: z.string(),
});
export type TProgrammeSession = z.infer<typeof ZProgrammeSession>;
export const ZProgramme = z.object({ items: z.array(ZProgrammeSession) });
