import { sql } from "drizzle-orm";
import { boolean, check, date, doublePrecision, index, integer, jsonb, numeric, pgTable, text, timestamp, uniqueIndex } from "drizzle-orm/pg-core";
import type { TLocalizedText } from "../../../contracts/common";
import { user } from "../../platform/auth.schema";
import { organization } from "../directory/schema";

type Party = { role: string; name: TLocalizedText; organizationId: string | null };
type Point = { x: number; y: number };
type Rect = Point & { width: number; height: number };
type TourLeg = { boothId: string; walkMinutes: number; distanceMetres: number; arrivalMinute: number; departureMinute: number; path: Point[] };

export const forum = pgTable(
  "forum",
  {
    id: text("id").primaryKey(),
    organizerOrganizationId: text("organizer_organization_id")
      .notNull()
      .references(() => organization.id, { onDelete: "restrict" }),
    name: jsonb("name").$type<TLocalizedText>().notNull(),
    description: jsonb("description").$type<TLocalizedText>().notNull().default({}),
    startsOn: date("starts_on").notNull(),
    endsOn: date("ends_on").notNull(),
    timeZone: text("time_zone").notNull(),
    venueName: jsonb("venue_name").$type<TLocalizedText>().notNull(),
    venueCity: text("venue_city").notNull(),
    venueCountry: text("venue_country").notNull(),
    venueAddress: text("venue_address"),
    parties: jsonb("parties").$type<Party[]>().notNull().default([]),
    registrationOpen: boolean("registration_open").notNull().default(true),
    applicationsOpen: boolean("applications_open").notNull().default(true),
    status: text("status").notNull().default("draft"),
    createdBy: text("created_by").references(() => user.id, { onDelete: "set null" }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index("forum_dates_idx").on(t.startsOn),
    index("forum_organizer_idx").on(t.organizerOrganizationId),
    check("forum_dates_ck", sql`${t.endsOn} >= ${t.startsOn}`),
  ],
);

export const programmeSession = pgTable(
  "programme_session",
  {
    id: text("id").primaryKey(),
    forumId: text("forum_id")
      .notNull()
      .references(() => forum.id, { onDelete: "cascade" }),
    title: jsonb("title").$type<TLocalizedText>().notNull(),
    description: jsonb("description").$type<TLocalizedText>().notNull().default({}),
    room: text("room").notNull(),
    startsAt: timestamp("starts_at", { withTimezone: true }).notNull(),
    endsAt: timestamp("ends_at", { withTimezone: true }).notNull(),
    speakers: text("speakers").array().notNull().default(sql`'{}'::text[]`),
    language: text("language").notNull(),
  },
  (t) => [index("programme_session_forum_idx").on(t.forumId, t.startsAt)],
);

export const pavilion = pgTable(
  "pavilion",
  {
    id: text("id").primaryKey(),
    forumId: text("forum_id")
      .notNull()
      .references(() => forum.id, { onDelete: "cascade" }),
    name: jsonb("name").$type<TLocalizedText>().notNull(),
    kind: text("kind").notNull(), // national | thematic
    country: text("country"),
    color: text("color").notNull(),
  },
  (t) => [index("pavilion_forum_idx").on(t.forumId)],
);

export const hall = pgTable(
  "hall",
  {
    id: text("id").primaryKey(),
    forumId: text("forum_id")
      .notNull()
      .references(() => forum.id, { onDelete: "cascade" }),
    name: jsonb("name").$type<TLocalizedText>().notNull(),
    position: integer("position").notNull().default(0),
    width: doublePrecision("width").notNull(),
    height: doublePrecision("height").notNull(),
    entrances: jsonb("entrances").$type<Point[]>().notNull(),
    obstacles: jsonb("obstacles").$type<Rect[]>().notNull().default([]),
  },
  (t) => [index("hall_forum_idx").on(t.forumId, t.position)],
);

export const booth = pgTable(
  "booth",
  {
    id: text("id").primaryKey(),
    forumId: text("forum_id")
      .notNull()
      .references(() => forum.id, { onDelete: "cascade" }),
    hallId: text("hall_id")
      .notNull()
      .references(() => hall.id, { onDelete: "cascade" }),
    number: text("number").notNull(),
    x: doublePrecision("x").notNull(),
    y: doublePrecision("y").notNull(),
    width: doublePrecision("width").notNull(),
    height: doublePrecision("height").notNull(),
    type: text("type").notNull(),
    priceAmount: numeric("price_amount", { precision: 18, scale: 2, mode: "number" }),
    priceCurrency: text("price_currency"),
    pavilionId: text("pavilion_id").references(() => pavilion.id, { onDelete: "set null" }),
    /**
     * The one application holding this booth. Taking a booth is a conditional update of this
     * column (`where application_id is null`), which the database serialises: two exhibitors can
     * never hold the same booth, however many ask at once.
     */
    applicationId: text("application_id"),
  },
  (t) => [
    uniqueIndex("booth_forum_number_uq").on(t.forumId, t.number),
    index("booth_hall_idx").on(t.hallId),
    uniqueIndex("booth_application_uq").on(t.applicationId),
  ],
);

export const exhibitorApplication = pgTable(
  "exhibitor_application",
  {
    id: text("id").primaryKey(),
    forumId: text("forum_id")
      .notNull()
      .references(() => forum.id, { onDelete: "cascade" }),
    organizationId: text("organization_id")
      .notNull()
      .references(() => organization.id, { onDelete: "cascade" }),
    kind: text("kind").notNull(), // booth | pavilion_place
    status: text("status").notNull(), // pending | approved | waitlisted | rejected | withdrawn
    pavilionId: text("pavilion_id").references(() => pavilion.id, { onDelete: "set null" }),
    requestedArea: doublePrecision("requested_area"),
    productIds: text("product_ids").array().notNull().default(sql`'{}'::text[]`),
    message: text("message").notNull().default(""),
    decisionMessage: text("decision_message"),
    decidedBy: text("decided_by").references(() => user.id, { onDelete: "set null" }),
    decidedAt: timestamp("decided_at", { withTimezone: true }),
    createdBy: text("created_by").references(() => user.id, { onDelete: "set null" }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index("application_forum_idx").on(t.forumId, t.status),
    // One live application per organisation and forum; a rejected or withdrawn one may be followed by another.
    uniqueIndex("application_live_uq").on(t.forumId, t.organizationId).where(sql`status in ('pending', 'approved', 'waitlisted')`),
  ],
);

export const registration = pgTable(
  "registration",
  {
    id: text("id").primaryKey(),
    forumId: text("forum_id")
      .notNull()
      .references(() => forum.id, { onDelete: "cascade" }),
    userId: text("user_id").references(() => user.id, { onDelete: "set null" }),
    applicationId: text("application_id").references(() => exhibitorApplication.id, { onDelete: "cascade" }),
    fullName: text("full_name").notNull(),
    email: text("email").notNull(),
    organizationName: text("organization_name"),
    jobTitle: text("job_title"),
    country: text("country").notNull(),
    language: text("language").notNull(),
    category: text("category").notNull(),
    source: text("source").notNull(),
    badgeCode: text("badge_code").notNull(),
    /** Lets the badge link in the e-mail open the PDF without signing in. */
    accessKey: text("access_key").notNull(),
    checkedInAt: timestamp("checked_in_at", { withTimezone: true }),
    cancelledAt: timestamp("cancelled_at", { withTimezone: true }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex("registration_forum_email_uq").on(t.forumId, t.email),
    uniqueIndex("registration_forum_code_uq").on(t.forumId, t.badgeCode),
    index("registration_user_idx").on(t.userId),
    index("registration_application_idx").on(t.applicationId),
  ],
);

export const checkIn = pgTable(
  "check_in",
  {
    /** Chosen by the scanning device: a batch sent twice inserts nothing the second time. */
    scanId: text("scan_id").primaryKey(),
    forumId: text("forum_id")
      .notNull()
      .references(() => forum.id, { onDelete: "cascade" }),
    registrationId: text("registration_id").references(() => registration.id, { onDelete: "cascade" }),
    outcome: text("outcome").notNull(),
    scannedAt: timestamp("scanned_at", { withTimezone: true }).notNull(),
    receivedAt: timestamp("received_at", { withTimezone: true }).notNull().defaultNow(),
    deviceId: text("device_id").notNull(),
    scannedBy: text("scanned_by").references(() => user.id, { onDelete: "set null" }),
  },
  (t) => [index("check_in_forum_idx").on(t.forumId, t.scannedAt), index("check_in_registration_idx").on(t.registrationId)],
);

export const tour = pgTable(
  "tour",
  {
    id: text("id").primaryKey(),
    forumId: text("forum_id")
      .notNull()
      .references(() => forum.id, { onDelete: "cascade" }),
    hallId: text("hall_id")
      .notNull()
      .references(() => hall.id, { onDelete: "cascade" }),
    name: jsonb("name").$type<TLocalizedText>().notNull(),
    note: jsonb("note").$type<TLocalizedText>().notNull().default({}),
    startsAt: timestamp("starts_at", { withTimezone: true }).notNull(),
    minutesPerStop: integer("minutes_per_stop").notNull(),
    entrance: integer("entrance").notNull().default(0),
    /** The planned walk, kept as planned: editing the plan later does not silently reroute a printed tour. */
    legs: jsonb("legs").$type<TourLeg[]>().notNull(),
    totalDistanceMetres: doublePrecision("total_distance_metres").notNull(),
    optimal: boolean("optimal").notNull(),
    notifiedAt: timestamp("notified_at", { withTimezone: true }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("tour_forum_idx").on(t.forumId, t.startsAt)],
);
