import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { buildApp } from "../app";
import { loadConfig } from "../platform/config";
import { type Database, openDatabase } from "../platform/db";
import { markEmailVerified } from "../platform/users.repository";
import { createScratchDatabase } from "./scratch-database";

/**
 * A fresh application for one test file: PGlite in memory by default, or a brand-new database
 * on the server named by TEST_DATABASE_URL (so the same suite proves both backends).
 */
export async function createTestApp(overrides: Parameters<typeof loadConfig>[1] = {}) {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "hamkori-test-"));
  const serverUrl = process.env.TEST_DATABASE_URL;
  let dropDatabase: (() => Promise<void>) | undefined;
  let database: Database;
  if (serverUrl) {
    const scratch = await createScratchDatabase(serverUrl, "hamkori_test");
    database = await openDatabase({ url: scratch.url });
    dropDatabase = scratch.drop;
  } else {
    database = await openDatabase({ inMemory: true });
  }
  await database.migrate();
  const config = loadConfig({ HAMKORI_DATA_DIR: dataDir, HAMKORI_DEMO: "0", LOG_LEVEL: "silent" }, { webRoot: path.join(dataDir, "no-web"), ...overrides });
  const { app, ctx } = await buildApp(config, { database, logger: false });
  await app.ready();
  return {
    app,
    ctx,
    async close() {
      await app.close();
      await database.close();
      await dropDatabase?.();
      fs.rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

export type TestApp = Awaited<ReturnType<typeof createTestApp>>;

/**
 * Signs a new user up through better-auth and returns the session cookie header. The address
 * counts as confirmed unless `verified: false` (the confirmation link itself is tested apart).
 */
export async function signUp(t: TestApp, email: string, name = email.split("@")[0], options: { password?: string; verified?: boolean } = {}) {
  const response = await t.app.inject({
    method: "POST",
    url: "/api/auth/sign-up/email",
    payload: { email, password: options.password ?? "correct-horse-battery", name },
  });
  if (response.statusCode !== 200) throw new Error(`sign-up failed: ${response.statusCode} ${response.body}`);
  if (options.verified !== false) await markEmailVerified(t.ctx.database.db, email.toLowerCase());
  return cookieOf(response.headers["set-cookie"]);
}

export function cookieOf(setCookie: string | string[] | undefined): string {
  const list = Array.isArray(setCookie) ? setCookie : setCookie ? [setCookie] : [];
  return list.map((c) => c.split(";")[0]).join("; ");
}

/** Creates an organisation through the API as the signed-in `cookie` holder, who becomes owner. */
export async function createOrganization(t: TestApp, cookie: string, payload: Record<string, unknown>) {
  const response = await t.app.inject({ method: "POST", url: "/api/v1/organizations", headers: { cookie }, payload });
  if (response.statusCode !== 201) throw new Error(`creating the organisation failed: ${response.statusCode} ${response.body}`);
  return response.json();
}

/** Invites `email` with `role` as the `cookie` holder; returns the invitation. */
export async function invite(t: TestApp, cookie: string, organizationId: string, email: string, role: "owner" | "admin" | "member") {
  const response = await t.app.inject({
    method: "POST",
    url: `/api/v1/organizations/${organizationId}/invitations`,
    headers: { cookie },
    payload: { email, role },
  });
  if (response.statusCode !== 201) throw new Error(`inviting failed: ${response.statusCode} ${response.body}`);
  return response.json();
}

/** A multipart/form-data body carrying one file, as a browser's file upload sends it. */
export function multipartFile(field: string, filename: string, contentType: string, bytes: Buffer) {
  const boundary = "----hamkori-test-boundary";
  const head = Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="${field}"; filename="${filename}"\r\nContent-Type: ${contentType}\r\n\r\n`);
  const tail = Buffer.from(`\r\n--${boundary}--\r\n`);
  return { payload: Buffer.concat([head, bytes, tail]), headers: { "content-type": `multipart/form-data; boundary=${boundary}` } };
}
