import { randomBytes } from "node:crypto";
import path from "node:path";
import { formatBadgeCode } from "../src/engines/badge-token";
import { buildApp } from "../src/server/app";
import { joinDoorStaff, registerVisitors, type Visitor } from "../src/server/modules/exhibitions/check-ins/check-in.test-support";
import { loadConfig } from "../src/server/platform/config";
import { openDatabase } from "../src/server/platform/db";
import { createForum, setUpForum } from "../src/server/testing/expo-fixtures";

export type CheckInFixture = {
  secret: string;
  organiser: string;
  door: string;
  forums: { live: string; offline: string };
  visitors: { live: Visitor[]; offline: Visitor[] };
};

/**
 * Prepares a data directory (PGlite) or database (`url`) the way a forum looks on its opening
 * morning: an organiser, a door-staff account and two forums of `visitors` registered visitors
 * each (one per load shape, so both start with nobody checked in). Done in-process, then closed,
 * so the real server can be started on it.
 */
export async function prepareCheckInForums(dataDir: string, url: string | undefined, visitors: number): Promise<CheckInFixture> {
  const database = await openDatabase(url ? { url } : { dataDir });
  const secret = randomBytes(32).toString("base64url");
  try {
    await database.migrate();
    const config = loadConfig(
      { HAMKORI_DATA_DIR: dataDir, HAMKORI_DEMO: "0", LOG_LEVEL: "silent", HAMKORI_SECRET: secret },
      { webRoot: path.join(dataDir, "none") },
    );
    const { app, ctx } = await buildApp(config, { database, logger: false });
    const t = { app, ctx, close: async () => {} };
    const { organiser, organizerId, forumId } = await setUpForum(t);
    const offline = (await createForum(t, organiser, organizerId)).id;
    const door = await joinDoorStaff(t, organiser, organizerId, "door@expo.example");
    const register = (forum: string) => registerVisitors(database.db, ctx, forum, visitors, (i) => ({ category: i % 7 === 0 ? "buyer" : "trade_visitor" }));
    const result = {
      secret,
      organiser,
      door,
      forums: { live: forumId, offline },
      visitors: { live: await register(forumId), offline: await register(offline) },
    };
    await app.close();
    return result;
  } finally {
    await database.close();
  }
}

export type PlannedScan = { scanId: string; token?: string; code?: string; scannedAt: string; deviceId: string; badge: number };

/**
 * `scans` scans over the visitors: the first 90 % are first entries, the rest come back through
 * another gate (repeats); every tenth is typed from the printed code instead of read from the QR.
 */
export function planScans(visitors: Visitor[], scans: number, clients: number): PlannedScan[][] {
  const firsts = Math.floor(scans * 0.9);
  const start = Date.now() - 3_600_000;
  const perClient: PlannedScan[][] = Array.from({ length: clients }, () => []);
  for (let s = 0; s < scans; s++) {
    const badge = s < firsts ? s % visitors.length : ((s - firsts) * 9) % visitors.length;
    const v = visitors[badge];
    const client = s % clients;
    perClient[client].push({
      scanId: crypto.randomUUID(),
      ...(s % 10 === 0 ? { code: formatBadgeCode(v.code).toLowerCase() } : { token: v.token }),
      scannedAt: new Date(start + s * 1000).toISOString(),
      deviceId: `gate-${client}`,
      badge,
    });
  }
  return perClient;
}
