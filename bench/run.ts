// `npm run bench`: prints one JSON line per figure. Pick some with BENCH=name1,name2 from
// directory-pglite, directory-postgres, memory-pglite, memory-postgres, check-in-pglite, check-in-postgres,
// badges, tour-routes, matching, scheduling-selection, scheduling-girona, trade, trade-complexity.
import pg from "pg";
import { benchBadgeBatch } from "./badges.bench";
import { benchCheckIn } from "./check-in.bench";
import { benchDirectorySearch } from "./directory-search.bench";
import { benchTourRoutes } from "./floor-plan.bench";
import { benchMatching } from "./matching.bench";
import { benchGironaScheduling } from "./scheduling-girona.bench";
import { benchSchedulingSelection } from "./scheduling-selection.bench";
import { benchServerMemory } from "./server-memory.bench";
import { benchTrade } from "./trade.bench";
import { benchTradeComplexity } from "./trade-complexity.bench";

const serverUrl = process.env.TEST_DATABASE_URL ?? "postgres://postgres@127.0.0.1:5432/test";
const selected = new Set(
  (
    process.env.BENCH ??
    "directory-pglite,directory-postgres,memory-pglite,memory-postgres,check-in-pglite,check-in-postgres,badges,tour-routes,matching,scheduling-selection,scheduling-girona,trade,trade-complexity"
  ).split(","),
);

async function postgresReachable() {
  const client = new pg.Client({ connectionString: serverUrl, connectionTimeoutMillis: 3000 });
  return client.connect().then(
    () => client.end().then(() => true),
    () => false,
  );
}

const serverUp = await postgresReachable();
const onPostgres = async (name: string, run: () => Promise<void>) => {
  if (!selected.has(name)) return;
  if (serverUp) await run();
  else console.error(`skipped ${name}: no PostgreSQL at ${serverUrl}`);
};

if (selected.has("directory-pglite")) await benchDirectorySearch("pglite", serverUrl);
await onPostgres("directory-postgres", () => benchDirectorySearch("postgres", serverUrl));
if (selected.has("memory-pglite")) await benchServerMemory("pglite", serverUrl);
await onPostgres("memory-postgres", () => benchServerMemory("postgres", serverUrl));
if (selected.has("check-in-pglite")) await benchCheckIn("pglite", serverUrl);
await onPostgres("check-in-postgres", () => benchCheckIn("postgres", serverUrl));
if (selected.has("badges")) await benchBadgeBatch();
if (selected.has("tour-routes")) benchTourRoutes();
if (selected.has("matching")) benchMatching();
if (selected.has("scheduling-selection")) await benchSchedulingSelection();
if (selected.has("scheduling-girona")) benchGironaScheduling();
if (selected.has("trade")) await benchTrade();
if (selected.has("trade-complexity")) benchTradeComplexity();
