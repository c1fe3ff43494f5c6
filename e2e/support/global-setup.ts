import { spawnSync } from "node:child_process";
import path from "node:path";
import type { TestProject } from "vitest/node";
import { startServerProcess } from "../../src/server/testing/server-process";

const root = path.resolve(import.meta.dirname, "../..");

/**
 * Builds the web app, then starts the real server (demo forum loaded, fresh data directory)
 * exactly as `npm start` does, and hands its URL to the specs.
 */
export default async function setup(project: TestProject) {
  const build = spawnSync(process.execPath, [path.join(root, "node_modules/vite/bin/vite.js"), "build", "--logLevel", "warn"], { cwd: root, stdio: "inherit" });
  if (build.status !== 0) throw new Error("vite build failed");
  // Many journeys sign in from one address within a minute; the limit itself is tested in the integration suite.
  const server = await startServerProcess({ env: { HAMKORI_SIGN_IN_LIMIT: "60" } });
  project.provide("baseUrl", server.baseUrl);
  return () => server.stop();
}

declare module "vitest" {
  export interface ProvidedContext {
    baseUrl: string;
  }
}
