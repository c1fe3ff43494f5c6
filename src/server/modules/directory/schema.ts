import { sql } from "drizzle-orm";
import { boolean, index, jsonb, numeric, pgTable, text, timestamp, uniqueIndex } from "drizzle-orm/pg-core";
import type { TLocalizedText } from "../../../contracts/common";
import { user } from "../../platform/auth.schema";
import { storedFile } from "../../platform/platform.schema";

type Specification = { name: string; value: string; unit?: string };

export const organization = pgTable(
  "organization",
  {
    id: text("id").primaryKey(),
    legalName: jsonb("legal_name").$type<TLocalizedText>().notNull(),
    shortName: jsonb("short_name").$type<TLocalizedText>().notNull().default({}),
    country: text("country").notNull(),
    region: text("region"),
    city: text("city"),
    address: text("address"),
    website: text("website"),
    sectors: text("sectors").array().notNull().default(sql`'{}'::text[]`),
    languages: text("languages").array().notNull().default(sql`'{}'::text[]`),
    size: text("size"),
    description: jsonb("description").$type<TLocalizedText>().notNull().default({}),
    logoFileId: text("logo_file_id").references(() => storedFile.id, { onDelete: "set null" }),
    /** Demo organisations with invented names say so. */
    fictional: boolean("fictional").notNull().default(false),
    /** Words folded to one Latin spelling (see engines/transliteration) for cross-script search. */
    nameWords: text("name_words").array().notNull(),
    searchWords: text("search_words").array().notNull(),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("organization_country_idx").on(t.country, t.region), index("organization_search_words_gin").using("gin", t.searchWords)],
);

export const member = pgTable(
  "member",
  {
    id: text("id").primaryKey(),
    organizationId: text("organization_id")
      .notNull()
      .references(() => organization.id, { onDelete: "cascade" }),
    userId: text("user_id")
      .notNull()
      .references(() => user.id, { onDelete: "cascade" }),
    role: text("role").notNull(), // owner | admin | member
    jobTitle: text("job_title"),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex("member_org_user_uq").on(t.organizationId, t.userId), index("member_user_idx").on(t.userId)],
);

export const invitation = pgTable(
  "invitation",
  {
    id: text("id").primaryKey(),
    organizationId: text("organization_id")
      .notNull()
      .references(() => organization.id, { onDelete: "cascade" }),
    email: text("email").notNull(),
    role: text("role").notNull(),
    status: text("status").notNull(), // pending | accepted | cancelled
    invitedBy: text("invited_by").references(() => user.id, { onDelete: "set null" }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    expiresAt: timestamp("expires_at", { withTimezone: true }).notNull(),
  },
  (t) => [index("invitation_email_idx").on(t.email), index("invitation_org_idx").on(t.organizationId)],
);

export const product = pgTable(
  "product",
  {
    id: text("id").primaryKey(),
    organizationId: text("organization_id")
      .notNull()
      .references(() => organization.id, { onDelete: "cascade" }),
    name: jsonb("name").$type<TLocalizedText>().notNull(),
    description: jsonb("description").$type<TLocalizedText>().notNull().default({}),
    hsCode: text("hs_code").notNull(),
    specifications: jsonb("specifications").$type<Specification[]>().notNull().default([]),
    photoFileIds: text("photo_file_ids").array().notNull().default(sql`'{}'::text[]`),
    videoUrls: text("video_urls").array().notNull().default(sql`'{}'::text[]`),
    priceAmount: numeric("price_amount", { precision: 18, scale: 2, mode: "number" }),
    priceCurrency: text("price_currency"),
    minimumOrderQuantity: numeric("minimum_order_quantity", { precision: 18, scale: 3, mode: "number" }),
    minimumOrderUnit: text("minimum_order_unit"),
    componentOrigins: text("component_origins").array().notNull().default(sql`'{}'::text[]`),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("product_org_idx").on(t.organizationId), index("product_hs_idx").on(t.hsCode)],
);

/**
 * The searchable slice of each product, kept narrow (no texts, photos or specifications) and
 * carrying its maker's place: a broad query ("honey") that matches thousands of products then
 * scans a few small pages instead of every wide product row, and filters need no join.
 */
export const productSearch = pgTable(
  "product_search",
  {
    productId: text("product_id")
      .primaryKey()
      .references(() => product.id, { onDelete: "cascade" }),
    organizationId: text("organization_id")
      .notNull()
      .references(() => organization.id, { onDelete: "cascade" }),
    country: text("country").notNull(),
    region: text("region"),
    hsCode: text("hs_code").notNull(),
    nameWords: text("name_words").array().notNull(),
    searchWords: text("search_words").array().notNull(),
  },
  (t) => [
    index("product_search_words_gin").using("gin", t.searchWords),
    index("product_search_org_idx").on(t.organizationId),
    index("product_search_place_idx").on(t.country, t.region),
    index("product_search_hs_idx").on(t.hsCode),
  ],
);

/** Every word indexed in the directory, for resolving query words with typos and prefixes. */
export const searchTerm = pgTable("search_term", { term: text("term").primaryKey() }, (t) => [
  index("search_term_trgm").using("gin", sql`${t.term} gin_trgm_ops`),
  index("search_term_prefix").using("btree", sql`${t.term} text_pattern_ops`),
]);
