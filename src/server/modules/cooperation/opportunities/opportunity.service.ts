import type { TChainCoverage, TOpportunities, TStageFigures, TValueChain } from "../../../../contracts/cooperation";
import { findOpportunities, type Opportunity, type Side, type SideFacts, stageKey, stageValue } from "../../../../engines/value-chains";
import type { AppContext } from "../../../platform/context";
import { invalid } from "../../../platform/errors";
import { findMakersOfHeadings, placeOf } from "../../directory";
import { findCurrentTradeProfilesIn } from "../../matchmaking";
import { type PairProducts, pairProducts, potentialView } from "../../trade";
import { type Company, sideFacts } from "./side-facts";

/** How many opportunities a page lists, and how many candidate companies per side each names. */
const SHOWN = 40;
const CANDIDATES = 6;

/** The trade module's untapped potential by stage, producer → other side, summed over the stage's products. */
async function untappedByStage(ctx: AppContext, chains: readonly TValueChain[], a: string, b: string, year: number) {
  const [aToB, bToA] = await Promise.all(
    [
      [a, b],
      [b, a],
    ].map(([exporter, market]) => potentialView(ctx, { exporter, market, year }).catch(() => null)),
  );
  const byStage = new Map<string, number>();
  for (const [side, view] of [
    ["a", aToB],
    ["b", bToA],
  ] as const) {
    const values = new Map((view?.items ?? []).map((item) => [item.hs, item.untapped]));
    for (const chain of chains) for (const stage of chain.stages) byStage.set(`${stageKey(chain.id, stage.id)}:${side}`, stageValue(stage, values));
  }
  return (key: string, producer: Side) => {
    const value = byStage.get(`${key}:${producer}`) ?? 0;
    return value > 0 ? value : null;
  };
}

async function sideOf(ctx: AppContext, code: string, chains: readonly TValueChain[], trade: PairProducts | null, side: Side, companies: Map<string, Company>) {
  const headings = [...new Set(chains.flatMap((chain) => chain.stages.flatMap((stage) => stage.hs.map((hs) => hs.slice(0, 4)))))];
  const [makers, profiles] = await Promise.all([
    findMakersOfHeadings(ctx.database.db, placeOf(code), headings),
    findCurrentTradeProfilesIn(ctx.database.db, placeOf(code)),
  ]);
  // Makers and profile owners come with the same organisation columns.
  const company = (row: { id: string; legalName: Company["name"]; shortName: Company["name"]; country: string; region: string | null }): Company => ({
    id: row.id,
    name: { ...row.legalName, ...row.shortName },
    country: row.country,
    region: row.region,
  });
  return sideFacts(
    chains,
    trade ? { own: trade[side], world: trade.world } : null,
    makers.map((m) => ({ heading: m.heading, company: company(m) })),
    profiles.map((p) => ({ kind: p.kind, hsCodes: p.hsCodes, company: company(p.owner) })),
    companies,
  );
}

/**
 * Everything the value-chain pages know about two jurisdictions: the trade figures (null when no
 * dataset holds both), each side's facts at every stage, the companies named, and the potential.
 */
export async function pairFacts(ctx: AppContext, query: { a: string; b: string; year?: number }) {
  const { a, b } = query;
  for (const [field, code] of [
    ["a", a],
    ["b", b],
  ] as const)
    if (!ctx.reference.jurisdictions.get(code)) throw invalid(field, `Unknown jurisdiction ${code}`);
  const chains = ctx.reference.valueChains;
  // Without a dataset holding both, the finder works from companies alone.
  const trade = await pairProducts(ctx, a, b, query.year);
  const companies = new Map<string, Company>();
  const [factsA, factsB, untapped] = await Promise.all([
    sideOf(ctx, a, chains, trade, "a", companies),
    sideOf(ctx, b, chains, trade, "b", companies),
    trade ? untappedByStage(ctx, chains, a, b, trade.year) : Promise.resolve(undefined),
  ]);
  return {
    chains,
    trade: trade && { dataset: trade.dataset, year: trade.year, synthetic: trade.synthetic },
    facts: { a: factsA, b: factsB } as Record<Side, SideFacts>,
    companies,
    untapped,
  };
}

/**
 * Where a joint enterprise between jurisdictions a and b makes sense along the value chains, best
 * first, with the trade figures, potential and companies behind each (see docs/cooperation.md).
 */
export async function pairOpportunities(ctx: AppContext, query: { a: string; b: string; year?: number }): Promise<TOpportunities> {
  const { chains, trade, facts, companies, untapped } = await pairFacts(ctx, query);
  const found = findOpportunities({ chains, facts, untapped });
  return { a: query.a, b: query.b, trade, items: found.slice(0, SHOWN).map((o) => describe(o, chains, facts, companies)) };
}

/** Each side's figures at every stage of every chain, for drawing the chains. */
export async function pairCoverage(ctx: AppContext, query: { a: string; b: string; year?: number }): Promise<TChainCoverage> {
  const { chains, trade, facts } = await pairFacts(ctx, query);
  return {
    a: query.a,
    b: query.b,
    trade,
    stages: chains.flatMap((chain) =>
      chain.stages.map((stage) => ({
        chain: chain.id,
        stage: stage.id,
        a: stageFigures(facts.a, chain.id, stage.id),
        b: stageFigures(facts.b, chain.id, stage.id),
      })),
    ),
  };
}

function stageFigures(facts: SideFacts, chain: string, stage: string): TStageFigures {
  const f = facts.get(stageKey(chain, stage));
  return {
    exports: f?.exports ?? 0,
    imports: f?.imports ?? 0,
    rca: f?.rca ?? null,
    makers: f?.makers.length ?? 0,
    offers: f?.offers.length ?? 0,
    requests: f?.requests.length ?? 0,
  };
}

function describe(o: Opportunity, chains: readonly TValueChain[], facts: Record<Side, SideFacts>, companies: Map<string, Company>) {
  const chain = chains.find((c) => c.id === o.chain) as TValueChain;
  const named = (id: string) => {
    const stage = chain.stages.find((s) => s.id === id);
    return { id, name: stage?.name ?? { en: id } };
  };
  const side = (s: Side) => ({ stage: stageFigures(facts[s], o.chain, o.stage), input: o.inputStage ? stageFigures(facts[s], o.chain, o.inputStage) : null });
  return {
    id: `${o.kind}:${o.chain}:${o.stage}:${o.producer}`,
    kind: o.kind,
    chain: { id: chain.id, name: chain.name },
    stage: { ...named(o.stage), hs: [...(chain.stages.find((s) => s.id === o.stage)?.hs ?? [])] },
    inputStage: o.inputStage ? named(o.inputStage) : null,
    producer: o.producer,
    marketUsd: o.marketUsd,
    supplyUsd: o.supplyUsd,
    untappedUsd: o.untappedUsd,
    score: o.score,
    figures: { a: side("a"), b: side("b") },
    candidates: {
      a: o.candidates.a.slice(0, CANDIDATES).map((id) => companies.get(id) as Company),
      b: o.candidates.b.slice(0, CANDIDATES).map((id) => companies.get(id) as Company),
    },
  };
}
