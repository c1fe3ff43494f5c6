import { type CodeRef, extractOrgFeatures, type OrgFeatures, Vocabulary } from "./org-features";
import type { TermVector } from "./text-similarity";
import type { MatchOrganization, ValueChain } from "./types";
import { buildStageCatalogue, type StageCatalogue } from "./value-chain-stages";

/** Organisation positions holding a code, by subheading (6 digits), heading (4) and chapter (2). */
export type CodePostings = { by6: Map<string, Int32Array>; by4: Map<string, Int32Array>; by2: Map<string, Int32Array> };
export type TermPostings = { orgs: Int32Array; weights: Float64Array };

/**
 * Everything recommendations need, computed once per forum or directory: per-organisation
 * features and inverted indices, so one query reads only the organisations that share something
 * with the asker instead of scanning all of them.
 */
export type MatchIndex = {
  organizations: OrgFeatures[];
  positionOf: ReadonlyMap<string, number>;
  stages: StageCatalogue;
  sectorCodes: readonly string[];
  languageCodes: readonly string[];
  terms: readonly string[];
  supply: CodePostings;
  demand: CodePostings;
  partner: CodePostings;
  any: CodePostings;
  /** Per stage: organisations working at it, and organisations whose stages consume it. */
  producers: Int32Array[];
  consumers: Int32Array[];
  bySector: Int32Array[];
  byTerm: TermPostings[];
  /** Per position, for the hot loop of `recommend`: a number per country, and how many sectors. */
  countryIds: Int32Array;
  sectorCounts: Uint16Array;
};

export type BuildMatchIndexOptions = { valueChains?: readonly ValueChain[] };

function push<K>(map: Map<K, number[]>, key: K, position: number) {
  const list = map.get(key);
  if (!list) map.set(key, [position]);
  else if (list[list.length - 1] !== position) list.push(position);
}

const frozen = <K>(map: Map<K, number[]>) => new Map([...map].map(([key, list]) => [key, Int32Array.from(list)]));
const listsOf = (lists: number[][]) => lists.map((list) => Int32Array.from(list));

function postCodes(orgs: OrgFeatures[], pick: (org: OrgFeatures) => CodeRef[]): CodePostings {
  const by6 = new Map<string, number[]>();
  const by4 = new Map<string, number[]>();
  const by2 = new Map<string, number[]>();
  for (const org of orgs) {
    for (const { code } of pick(org)) {
      if (code.length === 6) push(by6, code, org.position);
      if (code.length >= 4) push(by4, code.slice(0, 4), org.position);
      push(by2, code.slice(0, 2), org.position);
    }
  }
  return { by6: frozen(by6), by4: frozen(by4), by2: frozen(by2) };
}

/**
 * In a large directory a word that a quarter of all organisations use ("export", "production")
 * says nothing about who fits whom, yet walking its postings costs more than all the rest of a
 * query; such words are ignored like stop words. Small directories keep them: IDF already weighs
 * them down and they cost nothing there.
 */
export const COMMON_TERM = { share: 0.25, fromDirectorySize: 500 } as const;

/**
 * TF-IDF unit vectors: weight = (1 + ln count) × ln(1 + N / df). Terms only one organisation
 * uses are dropped after normalising: they count in the length but can never be shared.
 */
function weighTerms(counts: Map<string, number>[], terms: Vocabulary): TermVector[] {
  const documentFrequency: number[] = [];
  const ids = counts.map((c) => [...c.keys()].map((term) => terms.idOf(term)));
  for (const list of ids) for (const id of list) documentFrequency[id] = (documentFrequency[id] ?? 0) + 1;
  const total = counts.length;
  const common = total >= COMMON_TERM.fromDirectorySize ? COMMON_TERM.share * total : Number.POSITIVE_INFINITY;
  return counts.map((c, i) => {
    const entries: Array<{ id: number; weight: number }> = [];
    let k = 0;
    for (const count of c.values()) {
      const id = ids[i][k++];
      if (documentFrequency[id] <= common) entries.push({ id, weight: (1 + Math.log(count)) * Math.log(1 + total / documentFrequency[id]) });
    }
    let squares = 0;
    for (const e of entries) squares += e.weight * e.weight;
    const length = Math.sqrt(squares);
    const kept = entries.filter((e) => documentFrequency[e.id] > 1).sort((a, b) => a.id - b.id);
    return { terms: Int32Array.from(kept, (e) => e.id), weights: Float64Array.from(kept, (e) => (length > 0 ? e.weight / length : 0)) };
  });
}

export function buildMatchIndex(organizations: readonly MatchOrganization[], options: BuildMatchIndexOptions = {}): MatchIndex {
  const stages = buildStageCatalogue(options.valueChains ?? []);
  const sectors = new Vocabulary();
  const languages = new Vocabulary();
  const terms = new Vocabulary();
  const countries = new Vocabulary();
  const positionOf = new Map<string, number>();
  const orgs: OrgFeatures[] = [];
  const counts: Map<string, number>[] = [];
  for (const org of organizations) {
    if (positionOf.has(org.id)) throw new Error(`Organisation ${org.id} is listed twice`);
    positionOf.set(org.id, orgs.length);
    const { features, termCounts } = extractOrgFeatures(org, orgs.length, stages, sectors, languages);
    orgs.push(features);
    counts.push(termCounts);
  }
  weighTerms(counts, terms).forEach((vector, i) => {
    orgs[i].text = vector;
  });

  const producers: number[][] = stages.stages.map(() => []);
  const consumers: number[][] = stages.stages.map(() => []);
  const bySector: number[][] = sectors.values.map(() => []);
  const termOrgs: number[][] = terms.values.map(() => []);
  const termWeights: number[][] = terms.values.map(() => []);
  for (const org of orgs) {
    for (const stage of org.producedStages) producers[stage].push(org.position);
    for (const stage of org.consumedStages) consumers[stage].push(org.position);
    for (const sector of org.sectorIds) bySector[sector].push(org.position);
    org.text.terms.forEach((term, k) => {
      termOrgs[term].push(org.position);
      termWeights[term].push(org.text.weights[k]);
    });
  }
  return {
    organizations: orgs,
    positionOf,
    stages,
    sectorCodes: sectors.values,
    languageCodes: languages.values,
    terms: terms.values,
    supply: postCodes(orgs, (org) => org.supply),
    demand: postCodes(orgs, (org) => org.demand),
    partner: postCodes(orgs, (org) => org.partner),
    any: postCodes(orgs, (org) => org.any),
    producers: listsOf(producers),
    consumers: listsOf(consumers),
    bySector: listsOf(bySector),
    byTerm: termOrgs.map((list, term) => ({ orgs: Int32Array.from(list), weights: Float64Array.from(termWeights[term]) })),
    countryIds: Int32Array.from(orgs, (org) => countries.idOf(org.country)),
    sectorCounts: Uint16Array.from(orgs, (org) => org.sectorIds.length),
  };
}
