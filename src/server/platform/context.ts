import type { FastifyRequest } from "fastify";
import type { ReferenceData } from "../modules/directory/reference";
import type { Auth, SessionUser } from "./auth";
import type { AppConfig } from "./config";
import type { Database } from "./db";
import type { AnalyticsStore } from "./duckdb";
import type { FileStore } from "./files";
import type { JobRunner } from "./jobs";
import type { Mailer } from "./mail";

/** What every module is given when it is registered: shared services, no globals. */
export type AppContext = {
  config: AppConfig;
  database: Database;
  reference: ReferenceData;
  mailer: Mailer;
  auth: Auth;
  files: FileStore;
  version: string;
  /** The signed-in user, or a 401 problem. */
  requireUser(request: FastifyRequest): Promise<SessionUser>;
  /** The signed-in user, or null for public pages that show more to some viewers. */
  currentUser(request: FastifyRequest): Promise<SessionUser | null>;
  jobs: JobRunner;
  /** Trade statistics in DuckDB (`var/trade.duckdb`), opened on first use. */
  analytics: AnalyticsStore;
};
