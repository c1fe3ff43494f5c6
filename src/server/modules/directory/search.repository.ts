import { type SQL, sql } from "drizzle-orm";
import type { AnyPgColumn } from "drizzle-orm/pg-core";
import type { Db } from "../../platform/db";
import { searchTerm } from "./schema";

/**
 * Search works in two steps. Each query word is first resolved against the vocabulary of all
 * indexed words (a few thousand to a few hundred thousand short strings): words it starts
 * (search as you type) and words within a trigram similarity of it (typos). Records are then
 * found by exact array overlap on a GIN index, which stays fast however many records match,
 * unlike trigram matching on whole texts.
 */
export type ResolvedQuery = { words: string[]; groups: string[][] };

const SIMILARITY = 0.4;
const TERMS_PER_WORD = 40;

export async function resolveQuery(db: Db, words: string[] | null): Promise<ResolvedQuery | null> {
  if (words === null) return null;
  if (words.length === 0) return { words, groups: [] };
  const groups: string[][] = [];
  for (const word of words) {
    // Prefix matches keep short words ("med" → meditsinskie) useful; typo matches need 3+ letters.
    const prefix = `${word.replace(/[\\%_]/g, "")}%`;
    // Two index-friendly branches (a b-tree range for the prefix, trigrams for typos), merged.
    const rows = (await db.execute(sql`
      select term from (
        (select term from ${searchTerm} where term like ${prefix} order by length(term), term limit ${TERMS_PER_WORD})
        union
        (select term from ${searchTerm} where length(${word}) >= 3 and term % ${word} and similarity(term, ${word}) >= ${SIMILARITY}
         order by similarity(term, ${word}) desc limit ${TERMS_PER_WORD})
      ) candidates
      order by (term = ${word}) desc, similarity(term, ${word}) desc, length(term)
      limit ${TERMS_PER_WORD}`)) as unknown as { rows?: Array<{ term: string }> } | Array<{ term: string }>;
    const terms = (Array.isArray(rows) ? rows : (rows.rows ?? [])).map((r) => r.term);
    if (terms.length === 0) return null; // a word that matches nothing: no record can match all words
    groups.push(terms);
  }
  return { words, groups };
}

// One bound parameter holding a PostgreSQL array literal; terms are folded to [a-z0-9] already,
// and quoting every element (escaping " and \) keeps that safe even if the folding changes.
const quoteElement = (term: string) => `"${term.replace(/["\\]/g, (c) => `\\${c}`)}"`;
const textArray = (terms: string[]) => sql`${`{${terms.map(quoteElement).join(",")}}`}::text[]`;

/** Every query word must match some word of the record. */
export function matchesAll(query: ResolvedQuery, allWords: AnyPgColumn): SQL | undefined {
  if (query.groups.length === 0) return undefined;
  return sql.join(
    query.groups.map((terms) => sql`${allWords} && ${textArray(terms)}`),
    sql` and `,
  );
}

/** Per query word: 1 for a match, +2 when it is in the name, +1 when the word itself (not a variant) is there. */
export function relevance(query: ResolvedQuery, nameWords: AnyPgColumn, allWords: AnyPgColumn): SQL<number> {
  if (query.groups.length === 0) return sql<number>`0::float8`;
  const parts = query.groups.map(
    (terms, i) => sql`(1 + 2 * (${nameWords} && ${textArray(terms)})::int + (${allWords} @> ${textArray([query.words[i]])})::int)`,
  );
  return sql<number>`(${sql.join(parts, sql` + `)})::float8`;
}

/** Adds a record's words to the vocabulary that queries are resolved against. */
export async function rememberSearchTerms(db: Db, words: string[]) {
  if (words.length === 0) return;
  await db
    .insert(searchTerm)
    .values(words.map((term) => ({ term })))
    .onConflictDoNothing();
}
