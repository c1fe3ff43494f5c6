import { sql } from "drizzle-orm";
import { date, doublePrecision, index, integer, jsonb, pgTable, primaryKey, text, timestamp, uniqueIndex } from "drizzle-orm/pg-core";
import type { TLocalizedText } from "../../../contracts/common";
import { user } from "../../platform/auth.schema";
import { storedFile } from "../../platform/platform.schema";
import { organization } from "../directory/schema";

type FacilityPlan = {
  location: string;
  jurisdiction: string | null;
  yearlyCapacity: string | null;
  investmentUsd: number | null;
  jobs: number | null;
  startDate: string | null;
};

export const deal = pgTable(
  "deal",
  {
    id: text("id").primaryKey(),
    kind: text("kind").notNull(), // sale | supply_contract | distribution | joint_venture
    title: jsonb("title").$type<TLocalizedText>().notNull(),
    description: jsonb("description").$type<TLocalizedText>().notNull().default({}),
    stage: text("stage").notNull(), // lead | talks | memorandum | agreement | operating | dropped
    dropReason: text("drop_reason"),
    value: doublePrecision("value"),
    currency: text("currency"),
    usdRate: doublePrecision("usd_rate"),
    rateDate: date("rate_date"),
    hsCodes: text("hs_codes").array().notNull().default(sql`'{}'::text[]`),
    facility: jsonb("facility").$type<FacilityPlan>(),
    origin: jsonb("origin").$type<{ type: "meeting" | "opportunity"; ref: string }>(),
    createdBy: text("created_by").references(() => user.id, { onDelete: "set null" }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("deal_stage_idx").on(t.stage)],
);

/** Who takes part ("party") and who the parties let see it ("shared"). */
export const dealOrganization = pgTable(
  "deal_organization",
  {
    dealId: text("deal_id")
      .notNull()
      .references(() => deal.id, { onDelete: "cascade" }),
    organizationId: text("organization_id")
      .notNull()
      .references(() => organization.id, { onDelete: "cascade" }),
    role: text("role").notNull(), // party | shared
    position: integer("position").notNull().default(0),
  },
  (t) => [primaryKey({ columns: [t.dealId, t.organizationId] }), index("deal_organization_org_idx").on(t.organizationId)],
);

export const dealMilestone = pgTable(
  "deal_milestone",
  {
    id: text("id").primaryKey(),
    dealId: text("deal_id")
      .notNull()
      .references(() => deal.id, { onDelete: "cascade" }),
    title: text("title").notNull(),
    dueDate: date("due_date").notNull(),
    owner: text("owner").notNull(),
    doneOn: date("done_on"),
  },
  (t) => [index("deal_milestone_deal_idx").on(t.dealId)],
);

/** Every change to a deal, oldest first: who, when, what. */
export const dealActivity = pgTable(
  "deal_activity",
  {
    id: text("id").primaryKey(),
    dealId: text("deal_id")
      .notNull()
      .references(() => deal.id, { onDelete: "cascade" }),
    at: timestamp("at", { withTimezone: true }).notNull().defaultNow(),
    actorId: text("actor_id").references(() => user.id, { onDelete: "set null" }),
    action: text("action").notNull(),
    detail: jsonb("detail").$type<Record<string, unknown>>().notNull().default({}),
  },
  (t) => [index("deal_activity_deal_idx").on(t.dealId, t.at)],
);

/** A cooperation agenda between two jurisdictions (TJ and RU-TA), kept by officials' organisations. */
export const agenda = pgTable("agenda", {
  id: text("id").primaryKey(),
  a: text("a").notNull(),
  b: text("b").notNull(),
  title: jsonb("title").$type<TLocalizedText>().notNull(),
  priorityAreas: text("priority_areas").array().notNull().default(sql`'{}'::text[]`),
  createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
});

export const agendaKeeper = pgTable(
  "agenda_keeper",
  {
    agendaId: text("agenda_id")
      .notNull()
      .references(() => agenda.id, { onDelete: "cascade" }),
    organizationId: text("organization_id")
      .notNull()
      .references(() => organization.id, { onDelete: "cascade" }),
  },
  (t) => [primaryKey({ columns: [t.agendaId, t.organizationId] })],
);

export const agendaMeeting = pgTable(
  "agenda_meeting",
  {
    id: text("id").primaryKey(),
    agendaId: text("agenda_id")
      .notNull()
      .references(() => agenda.id, { onDelete: "cascade" }),
    date: date("date").notNull(),
    place: text("place").notNull(),
    participants: text("participants").notNull().default(""),
    decisions: text("decisions").notNull().default(""),
  },
  (t) => [index("agenda_meeting_agenda_idx").on(t.agendaId, t.date)],
);

export const agendaCommitment = pgTable(
  "agenda_commitment",
  {
    id: text("id").primaryKey(),
    agendaId: text("agenda_id")
      .notNull()
      .references(() => agenda.id, { onDelete: "cascade" }),
    title: text("title").notNull(),
    area: text("area"),
    owner: text("owner").notNull(),
    ownerEmail: text("owner_email"),
    dueDate: date("due_date").notNull(),
    status: text("status").notNull(), // planned | in_progress | done | cancelled
    /** When its owner was last reminded, so the daily round writes at most once a week. */
    remindedOn: date("reminded_on"),
  },
  (t) => [index("agenda_commitment_agenda_idx").on(t.agendaId, t.dueDate)],
);

/** Which deals and joint ventures deliver a commitment. */
export const commitmentDeal = pgTable(
  "commitment_deal",
  {
    commitmentId: text("commitment_id")
      .notNull()
      .references(() => agendaCommitment.id, { onDelete: "cascade" }),
    dealId: text("deal_id")
      .notNull()
      .references(() => deal.id, { onDelete: "cascade" }),
  },
  (t) => [primaryKey({ columns: [t.commitmentId, t.dealId] }), index("commitment_deal_deal_idx").on(t.dealId)],
);

export const agendaTarget = pgTable(
  "agenda_target",
  {
    id: text("id").primaryKey(),
    agendaId: text("agenda_id")
      .notNull()
      .references(() => agenda.id, { onDelete: "cascade" }),
    kind: text("kind").notNull(), // turnover_usd | joint_enterprises | scholarships_offered | scholarships_awarded
    year: integer("year").notNull(),
    target: doublePrecision("target").notNull(),
    actual: doublePrecision("actual"),
    reported: doublePrecision("reported"),
    source: text("source").notNull().default(""),
  },
  (t) => [index("agenda_target_agenda_idx").on(t.agendaId, t.year)],
);

/** A deal's documents: each upload under a name already used is its next version. */
export const dealDocument = pgTable(
  "deal_document",
  {
    id: text("id").primaryKey(),
    dealId: text("deal_id")
      .notNull()
      .references(() => deal.id, { onDelete: "cascade" }),
    name: text("name").notNull(),
    version: integer("version").notNull(),
    fileId: text("file_id")
      .notNull()
      .references(() => storedFile.id, { onDelete: "restrict" }),
    uploadedBy: text("uploaded_by").references(() => user.id, { onDelete: "set null" }),
    uploadedAt: timestamp("uploaded_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex("deal_document_version_idx").on(t.dealId, t.name, t.version)],
);

/** Opportunities a person keeps to come back to: the pair and the opportunity's stable id. */
export const savedOpportunity = pgTable(
  "saved_opportunity",
  {
    userId: text("user_id")
      .notNull()
      .references(() => user.id, { onDelete: "cascade" }),
    a: text("a").notNull(),
    b: text("b").notNull(),
    opportunityId: text("opportunity_id").notNull(),
    savedAt: timestamp("saved_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.userId, t.a, t.b, t.opportunityId] })],
);
