import { spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { projectRoot } from "./config";

function newestMtime(directory: string): number {
  let newest = 0;
  for (const entry of fs.readdirSync(directory, { withFileTypes: true })) {
    const full = path.join(directory, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestMtime(full) : fs.statSync(full).mtimeMs);
  }
  return newest;
}

/**
 * `npm start` on a fresh checkout has no built web app; build it once (and again when the web
 * sources or translations are newer than the build), so the two-command start just works.
 */
export async function ensureWebBuild(log: (line: string) => void): Promise<void> {
  const built = path.join(projectRoot, "dist", "web", "index.html");
  const sources = [path.join(projectRoot, "src", "web"), path.join(projectRoot, "src", "contracts")];
  const builtAt = fs.existsSync(built) ? fs.statSync(built).mtimeMs : 0;
  if (builtAt > Math.max(...sources.filter(fs.existsSync).map(newestMtime))) return;
  if (!fs.existsSync(path.join(projectRoot, "node_modules", "vite"))) {
    log("The web app is not built and Vite is not installed (npm install --omit=dev?); serving the API only.");
    return;
  }
  log("Building the web app (first start or sources changed)…");
  const result = spawnSync(process.execPath, [path.join(projectRoot, "node_modules", "vite", "bin", "vite.js"), "build", "--logLevel", "warn"], {
    cwd: projectRoot,
    stdio: "inherit",
  });
  if (result.status !== 0) throw new Error("Building the web app failed; see the messages above.");
}
