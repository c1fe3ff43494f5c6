import type { TValueChain } from "../../../../contracts/cooperation";
import { type SideFacts, type StageFacts, stageIncludes, stageKey, stageRca, stageValue } from "../../../../engines/value-chains";
import type { SideProducts } from "../../trade";

/** A company as the opportunity pages name it. */
export type Company = { id: string; name: Record<string, string | undefined>; country: string; region: string | null };
export type MakerRow = { heading: string; company: Company };
export type ProfileRow = { kind: string; hsCodes: string[]; company: Company };

/** A profile's code and a stage's code meet when either is a prefix of the other ("52" and "5205"). */
const codesMeet = (stageCodes: readonly string[], profileCode: string) =>
  stageCodes.some((code) => code.startsWith(profileCode) || profileCode.startsWith(code));

/**
 * One side's facts at every stage of every chain: trade (exports, imports and the stage's RCA
 * against the world), the directory's makers by heading, and published offers and requests.
 */
export function sideFacts(
  chains: readonly TValueChain[],
  trade: { own: SideProducts; world: ReadonlyMap<string, number> } | null,
  makers: readonly MakerRow[],
  profiles: readonly ProfileRow[],
  companies: Map<string, Company>,
): SideFacts {
  const facts = new Map<string, StageFacts>();
  const total = (values: ReadonlyMap<string, number>) => [...values.values()].reduce((sum, value) => sum + value, 0);
  const ownTotal = trade ? total(trade.own.exports) : 0;
  const worldTotal = trade ? total(trade.world) : 0;
  const remember = (company: Company) => {
    companies.set(company.id, company);
    return company.id;
  };
  for (const chain of chains) {
    for (const stage of chain.stages) {
      const exports = trade ? stageValue(stage, trade.own.exports) : 0;
      const headings = new Set(stage.hs.map((code) => code.slice(0, 4)));
      const withKind = (kind: string) =>
        profiles.filter((p) => p.kind === kind && p.hsCodes.some((code) => codesMeet(stage.hs, code))).map((p) => remember(p.company));
      facts.set(stageKey(chain.id, stage.id), {
        exports,
        imports: trade ? stageValue(stage, trade.own.imports) : 0,
        rca: trade ? stageRca(exports, ownTotal, stageValue(stage, trade.world), worldTotal) : null,
        makers: [...new Set(makers.filter((m) => headings.has(m.heading) || stageIncludes(stage, m.heading)).map((m) => remember(m.company)))],
        offers: [...new Set(withKind("offer"))],
        requests: [...new Set(withKind("request"))],
      });
    }
  }
  return facts;
}
