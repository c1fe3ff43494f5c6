import type { TLocalizedText } from "../../../contracts/common";
import { toSearchKey } from "../../../engines/transliteration";

const texts = (...values: Array<TLocalizedText | string | null | undefined>): string =>
  values
    .flatMap((v) => (typeof v === "string" ? [v] : v ? Object.values(v) : []))
    .filter(Boolean)
    .join(" ");

// Longer "words" are serial numbers or pasted noise; they would also overflow the term index.
const MAX_WORD_LENGTH = 48;
const wordsOf = (text: string): string[] => [
  ...new Set(
    toSearchKey(text)
      .split(" ")
      .filter((w) => w && w.length <= MAX_WORD_LENGTH),
  ),
];

export type SearchWords = { nameWords: string[]; searchWords: string[] };

/**
 * Every language and script of a record folded to one Latin spelling, as word lists: the name's
 * words (a match there ranks higher) and all searchable words (name, description and more).
 */
function searchWords(name: string, body: string): SearchWords {
  const nameWords = wordsOf(name);
  return { nameWords, searchWords: [...new Set([...nameWords, ...wordsOf(body)])] };
}

export function organizationSearchKeys(o: {
  legalName: TLocalizedText;
  shortName: TLocalizedText;
  description: TLocalizedText;
  city?: string | null;
}): SearchWords {
  return searchWords(texts(o.shortName, o.legalName), texts(o.city, o.description));
}

export function productSearchKeys(
  p: { name: TLocalizedText; description: TLocalizedText; hsCode: string; specifications: Array<{ value: string }> },
  hsDescription: string | undefined,
  organizationNames: TLocalizedText[],
): SearchWords {
  return searchWords(texts(p.name), texts(p.description, hsDescription, p.hsCode, ...organizationNames, ...p.specifications.map((s) => s.value)));
}

/**
 * The words of a query, folded like indexed text; at most eight, since longer queries add noise,
 * not precision. `null` when the query has text but nothing searchable (only emoji, say): such a
 * query matches nothing rather than everything.
 */
export function queryWords(q: string): string[] | null {
  const words = wordsOf(q).slice(0, 8);
  return words.length === 0 && q.trim().length > 0 ? null : words;
}
