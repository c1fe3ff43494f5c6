import fs from "node:fs";
import path from "node:path";
import { PGlite } from "@electric-sql/pglite";
import { pg_trgm } from "@electric-sql/pglite/contrib/pg_trgm";
import { unaccent } from "@electric-sql/pglite/contrib/unaccent";
import type { PgDatabase, PgQueryResultHKT } from "drizzle-orm/pg-core";
import { drizzle as drizzleNodePg } from "drizzle-orm/node-postgres";
import { migrate as migrateNodePg } from "drizzle-orm/node-postgres/migrator";
import { drizzle as drizzlePglite } from "drizzle-orm/pglite";
import { migrate as migratePglite } from "drizzle-orm/pglite/migrator";
import pg from "pg";
import * as schema from "../db-schema";
import { projectRoot } from "./config";

export type Schema = typeof schema;
export type Db = PgDatabase<PgQueryResultHKT, Schema>;
export type DatabaseKind = "pglite" | "postgres";

export type Database = {
  db: Db;
  kind: DatabaseKind;
  migrate(): Promise<void>;
  close(): Promise<void>;
};

const MIGRATIONS = path.join(projectRoot, "drizzle");

// Search accepts a query word when at least this share of its trigrams occur in the text;
// PostgreSQL's default (0.6) drops too many one-letter typos in short names.
const SEARCH_THRESHOLD_OPTION = "pg_trgm.word_similarity_threshold=0.45";
const SEARCH_SETTINGS = `SET ${SEARCH_THRESHOLD_OPTION.replace("=", " = ")}`;

export type DatabaseOptions = { url?: string; dataDir?: string; inMemory?: boolean };

/** Opens the embedded PGlite database (data under `dataDir/db`) or a PostgreSQL server (`url`). */
export async function openDatabase(options: DatabaseOptions): Promise<Database> {
  if (options.url) return openPostgres(options.url);
  return openPglite(options.inMemory ? undefined : path.join(options.dataDir ?? "var", "db"));
}

async function openPglite(directory: string | undefined): Promise<Database> {
  if (directory) fs.mkdirSync(directory, { recursive: true });
  const client = await PGlite.create(directory ?? "memory://", { extensions: { pg_trgm, unaccent } });
  const db = drizzlePglite(client, { schema }) as unknown as Db;
  // PGlite is a single connection, so a session setting holds for every query.
  const applySettings = () => client.exec(SEARCH_SETTINGS).then(() => undefined);
  await applySettings();
  return {
    db,
    kind: "pglite",
    migrate: async () => {
      await migratePglite(drizzlePglite(client, { schema }), { migrationsFolder: MIGRATIONS });
      await applySettings();
    },
    close: () => client.close(),
  };
}

async function openPostgres(url: string): Promise<Database> {
  const pool = new pg.Pool({ connectionString: url, max: 10, options: `-c ${SEARCH_THRESHOLD_OPTION}` });
  const db = drizzleNodePg(pool, { schema }) as unknown as Db;
  return {
    db,
    kind: "postgres",
    migrate: () => migrateNodePg(drizzleNodePg(pool, { schema }), { migrationsFolder: MIGRATIONS }),
    close: () => pool.end(),
  };
}
