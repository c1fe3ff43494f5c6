// `npm run bench`: prints one JSON line per figure. Pick some with BENCH=name1,name2
// (directory-pglite, directory-postgres, memory).
import pg from "pg";
import { benchDirectorySearch } from "./directory-search.bench";
import { benchServerMemory } from "./server-memory.bench";

const serverUrl = process.env.TEST_DATABASE_URL ?? "postgres://postgres@127.0.0.1:5432/test";
const selected = new Set((process.env.BENCH ?? "directory-pglite,directory-postgres,memory").split(","));

async function postgresReachable() {
  const client = new pg.Client({ connectionString: serverUrl, connectionTimeoutMillis: 3000 });
  return client.connect().then(
    () => client.end().then(() => true),
    () => false,
  );
}

if (selected.has("directory-pglite")) await benchDirectorySearch("pglite", serverUrl);
if (selected.has("directory-postgres")) {
  if (await postgresReachable()) await benchDirectorySearch("postgres", serverUrl);
  else console.error(`skipped directory-postgres: no PostgreSQL at ${serverUrl}`);
}
if (selected.has("memory")) await benchServerMemory();
