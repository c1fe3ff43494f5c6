import fs from "node:fs";
import path from "node:path";
import { PGlite } from "@electric-sql/pglite";
import { pg_trgm } from "@electric-sql/pglite/contrib/pg_trgm";
import { unaccent } from "@electric-sql/pglite/contrib/unaccent";
import { drizzle as drizzleNodePg } from "drizzle-orm/node-postgres";
import { migrate as migrateNodePg } from "drizzle-orm/node-postgres/migrator";
import type { PgDatabase, PgQueryResultHKT } from "drizzle-orm/pg-core";
import { drizzle as drizzlePglite } from "drizzle-orm/pglite";
import { migrate as migratePglite } from "drizzle-orm/pglite/migrator";
import pg from "pg";
import * as schema from "../db-schema";
import { projectRoot } from "./config";

export type Schema = typeof schema;
export type Db = PgDatabase<PgQueryResultHKT, Schema>;
export type DatabaseKind = "pglite" | "postgres";

/** Runs `work` in one transaction, handing it the transaction typed as the app's Db (services pass it to repositories). */
export async function inTransaction<T>(db: Db, work: (tx: Db) => Promise<T>): Promise<T> {
  return db.transaction((tx) => work(tx as unknown as Db));
}

export type Database = {
  db: Db;
  kind: DatabaseKind;
  migrate(): Promise<void>;
  close(): Promise<void>;
};

const MIGRATIONS = path.join(projectRoot, "drizzle");

// Directory data lives in memory (PGlite always, a server nearly always on SSD), where a random
// page costs about what a sequential one does. With PostgreSQL's default of 4 the planner scans
// whole tables instead of using the search indexes: broad searches took 3× longer.
const RANDOM_PAGE_COST = "1.1";

export type DatabaseOptions = { url?: string; dataDir?: string; inMemory?: boolean };

/** Opens the embedded PGlite database (data under `dataDir/db`) or a PostgreSQL server (`url`). */
export async function openDatabase(options: DatabaseOptions): Promise<Database> {
  if (options.url) return openPostgres(options.url);
  return openPglite(options.inMemory ? undefined : path.join(options.dataDir ?? "var", "db"));
}

async function openPglite(directory: string | undefined): Promise<Database> {
  if (directory) fs.mkdirSync(directory, { recursive: true });
  const client = await PGlite.create(directory ?? "memory://", { extensions: { pg_trgm, unaccent } });
  // PGlite is one connection, so a session setting holds for every query.
  await client.exec(`SET random_page_cost = ${RANDOM_PAGE_COST}`);
  const db = drizzlePglite(client, { schema }) as unknown as Db;
  return {
    db,
    kind: "pglite",
    migrate: async () => {
      await migratePglite(drizzlePglite(client, { schema }), { migrationsFolder: MIGRATIONS });
    },
    close: () => client.close(),
  };
}

async function openPostgres(url: string): Promise<Database> {
  const pool = new pg.Pool({ connectionString: url, max: 10, options: `-c random_page_cost=${RANDOM_PAGE_COST}` });
  // An idle connection the server closes (restart, failover, an administrator) must not stop the
  // process: the pool drops it and opens a new one for the next query.
  pool.on("error", (error) => {
    if ((error as { code?: string }).code !== "57P01") console.warn(`PostgreSQL connection lost: ${error.message}`);
  });
  const db = drizzleNodePg(pool, { schema }) as unknown as Db;
  return {
    db,
    kind: "postgres",
    migrate: () => migrateNodePg(drizzleNodePg(pool, { schema }), { migrationsFolder: MIGRATIONS }),
    close: () => pool.end(),
  };
}
