import fs from "node:fs";
import path from "node:path";
import { type DuckDBConnection, DuckDBInstance, type DuckDBValue } from "@duckdb/node-api";

/**
 * The analytics store: one DuckDB file (`var/trade.duckdb`) holding trade statistics. It is only
 * written by imports (whole tables at a time), never by transactional work, which stays in the
 * main database.
 */
/** Anything trade queries can run on: the whole store, or a scope holding a slice of it. */
export type AnalyticsReader = {
  query<T>(sql: string, params?: DuckDBValue[]): Promise<T[]>;
};

export type AnalyticsStore = AnalyticsReader & {
  readonly file: string;
  /** A connection of its own for one piece of work; close it with `closeSync()` when done. */
  connect(): Promise<DuckDBConnection>;
  close(): void;
};

/** Enough for the heaviest import on a small server; DuckDB spills to `tmp/` beyond it. */
const MEMORY_LIMIT = "1GB";

export function createAnalyticsStore(dataDir: string, fileName = "trade.duckdb"): AnalyticsStore {
  const file = path.join(dataDir, fileName);
  let instance: Promise<DuckDBInstance> | undefined;

  // Opened on first use, so servers and tests that never touch trade data pay nothing for it.
  async function open() {
    fs.mkdirSync(dataDir, { recursive: true });
    try {
      return await DuckDBInstance.create(file, {
        memory_limit: MEMORY_LIMIT,
        temp_directory: path.join(dataDir, "tmp", "duckdb"),
      });
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      if (/lock/i.test(message))
        throw new Error(`${file} is in use by another Hamkori process (a running server?). Stop it, or import through the web page instead.`);
      throw error;
    }
  }

  const store: AnalyticsStore = {
    file,
    async connect() {
      instance ??= open();
      return (await instance).connect();
    },
    async query<T>(sql: string, params?: DuckDBValue[]) {
      const connection = await store.connect();
      try {
        const reader = await connection.runAndReadAll(sql, params);
        return reader.getRowObjectsJS() as T[];
      } finally {
        connection.closeSync();
      }
    },
    close() {
      const opened = instance;
      instance = undefined;
      void opened?.then((db) => db.closeSync()).catch(() => undefined);
    },
  };
  return store;
}
