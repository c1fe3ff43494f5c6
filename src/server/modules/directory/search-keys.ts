import type { TLocalizedText } from "../../../contracts/common";
import { toSearchKey } from "../../../engines/transliteration";

const texts = (...values: Array<TLocalizedText | string | null | undefined>): string =>
  values
    .flatMap((v) => (typeof v === "string" ? [v] : v ? Object.values(v) : []))
    .filter(Boolean)
    .join(" ");

const wordsOf = (text: string): string[] => [...new Set(toSearchKey(text).split(" ").filter(Boolean))];

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

/** The words of a query, folded like indexed text; at most eight, since longer queries add noise, not precision. */
export const queryWords = (q: string): string[] => wordsOf(q).slice(0, 8);
