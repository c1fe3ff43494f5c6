import { type SQL, sql } from "drizzle-orm";
import type { AnyPgColumn } from "drizzle-orm/pg-core";

/**
 * Relevance of a folded query against a record's name and body keys: trigram word similarity,
 * the name weighing twice the body. `<%` lets PostgreSQL use the trigram GIN indexes.
 */
export function matchesQuery(key: string, nameKey: AnyPgColumn, bodyKey: AnyPgColumn): SQL {
  return sql`(${key} <% ${nameKey} OR ${key} <% ${bodyKey})`;
}

export function relevance(key: string, nameKey: AnyPgColumn, bodyKey: AnyPgColumn): SQL<number> {
  return sql<number>`(word_similarity(${key}, ${nameKey}) * 2 + word_similarity(${key}, ${bodyKey}))::float8`;
}
