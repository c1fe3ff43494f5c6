import { toSearchKey } from "../transliteration";
import { INDUSTRIAL_LEXICON } from "./lexicon";
import type { LocalizedText } from "./types";

/**
 * Text similarity across languages and scripts. Every word is folded to Latin by the
 * transliteration engine (so «алюминий» and "aluminium" share the prefix "alumini"), then either
 * mapped to a lexicon concept ("c:silk" for silk, шёлк, абрешим, жибек) or kept as its first
 * WORD_PREFIX letters ("w:…"), a crude stemmer that lets Russian case endings meet. Terms are
 * weighted by TF-IDF over the whole directory and compared by cosine.
 */
const WORD_PREFIX = 7;
const MIN_WORD_LENGTH = 3;

// Function words and company-form words that say nothing about what an organisation does.
const STOPWORDS_TEXT = [
  "and the of for with in to from our we a an by on is are at as or be it its that this all any other also more than our your their",
  "company ltd llc jsc co inc group",
  "и в во на с со для из по от до мы наш наша наши наше нашей нашу а но или как что это также при о об к у не все его её их",
  "ооо оао зао ао ип компания компании группа",
  "ва дар бо аз барои мо ки ба то ҳам инчунин мешавад мекунем мекунад шуда ширкат ширкати ҶДММ",
  "жана менен үчүн биз биздин да дагы бул ал ошондой эле боюнча компания компаниясы ЖЧК",
].join(" ");
const STOPWORDS = new Set(toSearchKey(STOPWORDS_TEXT).split(" "));

type ConceptLookup = { exact: Map<string, string>; stems: Map<string, string>; longestStem: number };
let conceptLookup: ConceptLookup | undefined;

function buildConceptLookup(): ConceptLookup {
  const exact = new Map<string, string>();
  const stems = new Map<string, string>();
  let longestStem = 0;
  for (const [concept, entry] of Object.entries(INDUSTRIAL_LEXICON)) {
    for (const word of [...entry.en, ...entry.ru, ...entry.tg, ...entry.ky]) {
      const isStem = word.endsWith("*");
      const key = toSearchKey(isStem ? word.slice(0, -1) : word).replace(/ /g, "");
      if (key.length < MIN_WORD_LENGTH) continue;
      // First writer wins, so the order of the lexicon settles a clash deterministically.
      const target = isStem ? stems : exact;
      if (!target.has(key)) target.set(key, concept);
      if (isStem) longestStem = Math.max(longestStem, key.length);
    }
  }
  return { exact, stems, longestStem };
}

/** The lexicon concept of one folded word: an exact entry first, else the longest matching stem. */
export function conceptOfWord(word: string): string | undefined {
  conceptLookup ??= buildConceptLookup();
  const { exact, stems, longestStem } = conceptLookup;
  const found = exact.get(word);
  if (found) return found;
  for (let length = Math.min(word.length, longestStem); length >= MIN_WORD_LENGTH; length--) {
    const concept = stems.get(word.slice(0, length));
    if (concept) return concept;
  }
  return undefined;
}

// Words split on anything that is neither a letter, a mark, a digit nor an apostrophe (which
// the transliteration drops inside a word, as in Uzbek o'zbek).
const WORD_SPLIT = /[^\p{L}\p{M}\p{N}'ʻʼ`]+/u;
// Folding a word runs a dozen regular expressions; a directory repeats the same few thousand
// words, so each is folded once. The cap only bounds memory in a long-running server.
const WORD_CACHE_LIMIT = 200_000;
const termsByWord = new Map<string, readonly string[]>();

function termsOfWord(raw: string): readonly string[] {
  const cached = termsByWord.get(raw);
  if (cached) return cached;
  const terms: string[] = [];
  for (const word of toSearchKey(raw).split(" ")) {
    if (word.length < MIN_WORD_LENGTH || /^[0-9]+$/.test(word) || STOPWORDS.has(word)) continue;
    const concept = conceptOfWord(word);
    terms.push(concept ? `c:${concept}` : `w:${word.slice(0, WORD_PREFIX)}`);
  }
  if (termsByWord.size >= WORD_CACHE_LIMIT) termsByWord.clear();
  termsByWord.set(raw, terms);
  return terms;
}

/** Adds the terms of one text to `counts` (term → occurrences). */
export function countTerms(text: string, counts: Map<string, number>): void {
  for (const raw of text.toLowerCase().split(WORD_SPLIT)) {
    if (raw) for (const term of termsOfWord(raw)) counts.set(term, (counts.get(term) ?? 0) + 1);
  }
}

export function countLocalizedTerms(text: LocalizedText | undefined, counts: Map<string, number>): void {
  if (!text) return;
  for (const value of Object.values(text)) if (value) countTerms(value, counts);
}

/** A sparse unit vector: term ids ascending, weights beside them. */
export type TermVector = { terms: Int32Array; weights: Float64Array };

export const EMPTY_VECTOR: TermVector = { terms: new Int32Array(0), weights: new Float64Array(0) };

/**
 * Cosine of two unit vectors. Products are added in ascending term order, the same order the
 * candidate accumulator uses, so both give bit-identical results.
 */
export function cosineOf(a: TermVector, b: TermVector): number {
  let dot = 0;
  let i = 0;
  let j = 0;
  while (i < a.terms.length && j < b.terms.length) {
    const d = a.terms[i] - b.terms[j];
    if (d === 0) dot += a.weights[i++] * b.weights[j++];
    else if (d < 0) i++;
    else j++;
  }
  return dot;
}

/** The shared terms that weigh most in the cosine, best first, as ids. */
export function topSharedTerms(a: TermVector, b: TermVector, count: number): number[] {
  const shared: Array<[number, number]> = [];
  let i = 0;
  let j = 0;
  while (i < a.terms.length && j < b.terms.length) {
    const d = a.terms[i] - b.terms[j];
    if (d === 0) shared.push([a.terms[i], a.weights[i++] * b.weights[j++]]);
    else if (d < 0) i++;
    else j++;
  }
  shared.sort((x, y) => y[1] - x[1] || x[0] - y[0]);
  return shared.slice(0, count).map(([term]) => term);
}

/** A term as people can read it: the concept id, or the folded word prefix. */
export const readableTerm = (term: string) => term.slice(2);
