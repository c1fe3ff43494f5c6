import { integer, pgTable, text, timestamp } from "drizzle-orm/pg-core";
import { user } from "./auth.schema";

/** Background work with progress a person can watch; see platform/jobs.ts. */
export const job = pgTable("job", {
  id: text("id").primaryKey(),
  kind: text("kind").notNull(),
  status: text("status").notNull(), // queued | running | done | failed | cancelled
  done: integer("done").notNull().default(0),
  total: integer("total").notNull().default(0),
  message: text("message"),
  /** The finished work's file (kept under the data directory as jobs/<id>), served only to its owner. */
  resultName: text("result_name"),
  resultMediaType: text("result_media_type"),
  ownerId: text("owner_id").references(() => user.id, { onDelete: "cascade" }),
  createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
});
