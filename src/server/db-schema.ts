// Every table of the application, for Drizzle's query builder and for `drizzle-kit generate`.

export * from "./modules/cooperation/schema";
export * from "./modules/directory/schema";
export * from "./modules/exhibitions/schema";
export * from "./modules/matchmaking/schema";
export * from "./platform/auth.schema";
export * from "./platform/jobs.schema";
export * from "./platform/platform.schema";
