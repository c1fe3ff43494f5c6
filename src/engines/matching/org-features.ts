import { normalizeHsCode } from "./hs-codes";
import { countLocalizedTerms, EMPTY_VECTOR, type TermVector } from "./text-similarity";
import type { CodeSource, MatchOrganization, ProfileKind } from "./types";
import type { StageCatalogue } from "./value-chain-stages";

export type CodeRef = { code: string; source: CodeSource };
export type StageRef = { stage: number; ref: CodeRef };
export type TargetRef = { market: string; profileId: string; profileKind: ProfileKind };

/** What the engine keeps of one organisation, computed once when the index is built. */
export type OrgFeatures = {
  id: string;
  position: number;
  country: string;
  region: string | null;
  /** Offers first, then products (implicit offers); one entry per code. */
  supply: CodeRef[];
  demand: CodeRef[];
  partner: CodeRef[];
  /** Supply, demand and partnership codes together, for partnership matching. */
  any: CodeRef[];
  /** Value-chain stages the organisation works at (from what it supplies or proposes to make). */
  produced: StageRef[];
  producedStages: number[];
  /** Stages whose output the organisation's own stages consume. */
  consumedStages: number[];
  sectorIds: number[];
  languageIds: number[];
  targets: TargetRef[];
  chapters: string[];
  text: TermVector;
};

/** Gives each distinct string a small number, so sets become sorted number arrays. */
export class Vocabulary {
  readonly values: string[] = [];
  private readonly ids = new Map<string, number>();
  idOf(value: string): number {
    let id = this.ids.get(value);
    if (id === undefined) {
      id = this.values.length;
      this.ids.set(value, id);
      this.values.push(value);
    }
    return id;
  }
  find(value: string): number | undefined {
    return this.ids.get(value);
  }
}

const sortedUnique = (values: Iterable<number>) => [...new Set(values)].sort((a, b) => a - b);

function addCode(list: CodeRef[], raw: string, source: CodeSource) {
  const code = normalizeHsCode(raw);
  if (code && !list.some((ref) => ref.code === code)) list.push({ code, source });
}

/** Features of one organisation, and the raw term counts of all its texts (weighted later). */
export function extractOrgFeatures(
  org: MatchOrganization,
  position: number,
  stages: StageCatalogue,
  sectors: Vocabulary,
  languages: Vocabulary,
): { features: OrgFeatures; termCounts: Map<string, number> } {
  const supply: CodeRef[] = [];
  const demand: CodeRef[] = [];
  const partner: CodeRef[] = [];
  const targets: TargetRef[] = [];
  const spoken = new Set(org.languages);
  const termCounts = new Map<string, number>();
  countLocalizedTerms(org.description, termCounts);
  for (const profile of org.profiles) {
    const list = profile.kind === "offer" ? supply : profile.kind === "request" ? demand : partner;
    const source: CodeSource = { type: "profile", id: profile.id };
    for (const code of profile.hsCodes) addCode(list, code, source);
    for (const market of profile.targetMarkets ?? []) targets.push({ market, profileId: profile.id, profileKind: profile.kind });
    for (const lang of profile.languages ?? []) spoken.add(lang);
    countLocalizedTerms(profile.title, termCounts);
    countLocalizedTerms(profile.description, termCounts);
  }
  for (const product of org.products) {
    addCode(supply, product.hsCode, { type: "product", id: product.id });
    countLocalizedTerms(product.name, termCounts);
    countLocalizedTerms(product.description, termCounts);
  }
  const any: CodeRef[] = [];
  for (const ref of [...supply, ...demand, ...partner]) if (!any.some((other) => other.code === ref.code)) any.push(ref);
  const produced: StageRef[] = [];
  for (const ref of [...supply, ...partner]) for (const stage of stages.stagesOfCode(ref.code)) produced.push({ stage, ref });
  const producedStages = sortedUnique(produced.map((p) => p.stage));
  const consumedStages = sortedUnique(producedStages.flatMap((stage) => stages.stages[stage].inputs));
  const features: OrgFeatures = {
    id: org.id,
    position,
    country: org.country,
    region: org.region ?? null,
    supply,
    demand,
    partner,
    any,
    produced,
    producedStages,
    consumedStages,
    sectorIds: sortedUnique(org.sectors.map((s) => sectors.idOf(s))),
    languageIds: sortedUnique([...spoken].map((l) => languages.idOf(l))),
    targets,
    chapters: [...new Set(any.map((ref) => ref.code.slice(0, 2)))].sort(),
    text: EMPTY_VECTOR,
  };
  return { features, termCounts };
}

/** How many values two ascending number arrays share. */
export function countShared(a: readonly number[], b: readonly number[]): number {
  let shared = 0;
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) {
    if (a[i] === b[j]) {
      shared++;
      i++;
      j++;
    } else if (a[i] < b[j]) i++;
    else j++;
  }
  return shared;
}
