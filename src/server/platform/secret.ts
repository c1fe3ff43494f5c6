import { randomBytes } from "node:crypto";
import fs from "node:fs";
import path from "node:path";

/**
 * Session signing needs a stable secret. Operators set HAMKORI_SECRET; without it one is made
 * once and kept in the data directory (readable by the owner only) so restarts keep sessions.
 */
export function ensureSecret(configured: string, dataDir: string): string {
  if (configured) return configured;
  const file = path.join(dataDir, "secret");
  if (fs.existsSync(file)) return fs.readFileSync(file, "utf8").trim();
  fs.mkdirSync(dataDir, { recursive: true });
  const secret = randomBytes(32).toString("base64url");
  fs.writeFileSync(file, secret, { mode: 0o600 });
  return secret;
}
