import { sql } from "drizzle-orm";
import { boolean, check, date, doublePrecision, index, integer, jsonb, numeric, pgTable, primaryKey, text, timestamp, uniqueIndex } from "drizzle-orm/pg-core";
import type { TLocalizedText } from "../../../contracts/common";
import { user } from "../../platform/auth.schema";
import { job } from "../../platform/jobs.schema";
import { organization } from "../directory/schema";
import { booth, forum } from "../exhibitions/schema";

type MeetingSession = { date: string; start: string; end: string; label: TLocalizedText };
type Assignment = { meetingId: string; startsAt: string | null; place: string; tableNumber: number | null; locked: boolean };

export const cooperationProfile = pgTable(
  "cooperation_profile",
  {
    id: text("id").primaryKey(),
    organizationId: text("organization_id")
      .notNull()
      .references(() => organization.id, { onDelete: "cascade" }),
    kind: text("kind").notNull(), // offer | request | partnership
    partnershipType: text("partnership_type"),
    title: jsonb("title").$type<TLocalizedText>().notNull(),
    description: jsonb("description").$type<TLocalizedText>().notNull().default({}),
    hsCodes: text("hs_codes").array().notNull().default(sql`'{}'::text[]`),
    quantity: numeric("quantity", { precision: 18, scale: 3, mode: "number" }),
    quantityUnit: text("quantity_unit"),
    quantityPeriod: text("quantity_period"),
    exportReady: boolean("export_ready").notNull().default(false),
    certificates: text("certificates").array().notNull().default(sql`'{}'::text[]`),
    targetMarkets: text("target_markets").array().notNull().default(sql`'{}'::text[]`),
    languages: text("languages").array().notNull().default(sql`'{}'::text[]`),
    validFrom: date("valid_from"),
    validUntil: date("valid_until"),
    /** Folded words of the title and description in every script, for search. */
    searchWords: text("search_words").array().notNull().default(sql`'{}'::text[]`),
    createdBy: text("created_by").references(() => user.id, { onDelete: "set null" }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index("cooperation_profile_org_idx").on(t.organizationId),
    index("cooperation_profile_words_idx").using("gin", t.searchWords),
    index("cooperation_profile_hs_idx").using("gin", t.hsCodes),
  ],
);

export const matchmakingSettings = pgTable("matchmaking_settings", {
  forumId: text("forum_id")
    .primaryKey()
    .references(() => forum.id, { onDelete: "cascade" }),
  requestsOpen: boolean("requests_open").notNull().default(true),
  requestExpiryHours: integer("request_expiry_hours").notNull().default(72),
  slotMinutes: integer("slot_minutes").notNull().default(30),
  sessions: jsonb("sessions").$type<MeetingSession[]>().notNull().default([]),
  tables: integer("tables").notNull().default(20),
  meetingArea: jsonb("meeting_area").$type<TLocalizedText>().notNull().default({}),
  boothMeetings: boolean("booth_meetings").notNull().default(true),
  onlineMeetings: boolean("online_meetings").notNull().default(false),
  videoLinkTemplate: text("video_link_template"),
  receiveCaps: jsonb("receive_caps").$type<Record<string, number>>().notNull().default({}),
  mayRequest: jsonb("may_request").$type<Record<string, string[]>>().notNull().default({}),
  crossBorderWeight: doublePrecision("cross_border_weight").notNull().default(0.5),
  updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
});

export const meetingParticipant = pgTable(
  "meeting_participant",
  {
    forumId: text("forum_id")
      .notNull()
      .references(() => forum.id, { onDelete: "cascade" }),
    organizationId: text("organization_id")
      .notNull()
      .references(() => organization.id, { onDelete: "cascade" }),
    category: text("category").notNull(),
    joinedAt: timestamp("joined_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.forumId, t.organizationId] }), index("meeting_participant_org_idx").on(t.organizationId)],
);

export const participantUnavailability = pgTable(
  "participant_unavailability",
  {
    forumId: text("forum_id")
      .notNull()
      .references(() => forum.id, { onDelete: "cascade" }),
    organizationId: text("organization_id")
      .notNull()
      .references(() => organization.id, { onDelete: "cascade" }),
    startsAt: timestamp("starts_at", { withTimezone: true }).notNull(),
  },
  (t) => [primaryKey({ columns: [t.forumId, t.organizationId, t.startsAt] })],
);

export const recommendationDismissal = pgTable(
  "recommendation_dismissal",
  {
    userId: text("user_id")
      .notNull()
      .references(() => user.id, { onDelete: "cascade" }),
    forumId: text("forum_id")
      .notNull()
      .references(() => forum.id, { onDelete: "cascade" }),
    organizationId: text("organization_id")
      .notNull()
      .references(() => organization.id, { onDelete: "cascade" }),
    dismissedOrganizationId: text("dismissed_organization_id")
      .notNull()
      .references(() => organization.id, { onDelete: "cascade" }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.userId, t.forumId, t.organizationId, t.dismissedOrganizationId] })],
);

export const meetingRequest = pgTable(
  "meeting_request",
  {
    id: text("id").primaryKey(),
    forumId: text("forum_id")
      .notNull()
      .references(() => forum.id, { onDelete: "cascade" }),
    fromOrganizationId: text("from_organization_id")
      .notNull()
      .references(() => organization.id, { onDelete: "cascade" }),
    toOrganizationId: text("to_organization_id")
      .notNull()
      .references(() => organization.id, { onDelete: "cascade" }),
    requestedBy: text("requested_by").references(() => user.id, { onDelete: "set null" }),
    message: text("message").notNull(),
    status: text("status").notNull().default("pending"),
    declineReason: text("decline_reason"),
    preferredStartsAt: timestamp("preferred_starts_at", { withTimezone: true }),
    proposedStartsAt: timestamp("proposed_starts_at", { withTimezone: true }),
    proposedByOrganizationId: text("proposed_by_organization_id"),
    priority: integer("priority").notNull().default(0),
    /** Both sides asked each other (set on both requests when the second arrives): scheduled first. */
    mutual: boolean("mutual").notNull().default(false),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    expiresAt: timestamp("expires_at", { withTimezone: true }).notNull(),
    respondedAt: timestamp("responded_at", { withTimezone: true }),
  },
  (t) => [
    index("meeting_request_to_idx").on(t.forumId, t.toOrganizationId, t.status),
    index("meeting_request_from_idx").on(t.forumId, t.fromOrganizationId, t.status),
    // One live request per direction: asking twice is a mistake, not a second meeting.
    uniqueIndex("meeting_request_live_uq").on(t.forumId, t.fromOrganizationId, t.toOrganizationId).where(sql`status in ('pending', 'accepted')`),
    check("meeting_request_not_self_ck", sql`${t.fromOrganizationId} <> ${t.toOrganizationId}`),
  ],
);

export const meeting = pgTable(
  "meeting",
  {
    id: text("id").primaryKey(),
    forumId: text("forum_id")
      .notNull()
      .references(() => forum.id, { onDelete: "cascade" }),
    requestId: text("request_id").references(() => meetingRequest.id, { onDelete: "set null" }),
    hostOrganizationId: text("host_organization_id")
      .notNull()
      .references(() => organization.id, { onDelete: "cascade" }),
    guestOrganizationId: text("guest_organization_id")
      .notNull()
      .references(() => organization.id, { onDelete: "cascade" }),
    /** A slot both sides agreed on: the scheduler must keep it. */
    agreedStartsAt: timestamp("agreed_starts_at", { withTimezone: true }),
    startsAt: timestamp("starts_at", { withTimezone: true }),
    place: text("place").notNull().default("table"), // table | booth | online
    tableNumber: integer("table_number"),
    boothId: text("booth_id").references(() => booth.id, { onDelete: "set null" }),
    attendance: text("attendance").notNull().default("planned"),
    publishedAt: timestamp("published_at", { withTimezone: true }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index("meeting_forum_idx").on(t.forumId, t.startsAt),
    index("meeting_host_idx").on(t.forumId, t.hostOrganizationId),
    index("meeting_guest_idx").on(t.forumId, t.guestOrganizationId),
    uniqueIndex("meeting_request_uq").on(t.requestId),
  ],
);

export const meetingOutcome = pgTable(
  "meeting_outcome",
  {
    meetingId: text("meeting_id")
      .notNull()
      .references(() => meeting.id, { onDelete: "cascade" }),
    organizationId: text("organization_id")
      .notNull()
      .references(() => organization.id, { onDelete: "cascade" }),
    outcome: text("outcome").notNull(),
    value: numeric("value", { precision: 18, scale: 2, mode: "number" }),
    currency: text("currency"),
    note: text("note"),
    recordedBy: text("recorded_by").references(() => user.id, { onDelete: "set null" }),
    recordedAt: timestamp("recorded_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.meetingId, t.organizationId] })],
);

export const scheduleRun = pgTable(
  "schedule_run",
  {
    id: text("id").primaryKey(),
    forumId: text("forum_id")
      .notNull()
      .references(() => forum.id, { onDelete: "cascade" }),
    jobId: text("job_id").references(() => job.id, { onDelete: "set null" }),
    status: text("status").notNull().default("running"),
    fairness: integer("fairness").notNull(),
    assignments: jsonb("assignments").$type<Assignment[]>().notNull().default([]),
    review: jsonb("review").$type<Record<string, unknown>>(),
    createdBy: text("created_by").references(() => user.id, { onDelete: "set null" }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    publishedAt: timestamp("published_at", { withTimezone: true }),
  },
  (t) => [index("schedule_run_forum_idx").on(t.forumId, t.createdAt)],
);
