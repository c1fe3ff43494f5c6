import type { TDealList, TDealSummary } from "../../../../contracts/cooperation";
import type { DealRow, findDealOrganizations } from "./deal.repository";

type OrganizationRow = Awaited<ReturnType<typeof findDealOrganizations>>[number];

/** USD equivalent at the rate the deal names (a USD value is its own equivalent). */
export const usdEquivalent = (d: { value: number | null; currency: string | null; usdRate: number | null }) =>
  d.value === null ? null : d.currency === "USD" ? d.value : d.usdRate === null ? null : d.value * d.usdRate;

/** A deal as lists show it; `editable` says whether the reader may change it. */
export function toDealSummary(row: DealRow, organizations: OrganizationRow[], editable: boolean): TDealSummary {
  return {
    id: row.id,
    kind: row.kind as TDealSummary["kind"],
    title: row.title,
    stage: row.stage as TDealSummary["stage"],
    value: row.value,
    currency: row.currency,
    valueUsd: usdEquivalent(row),
    parties: organizations
      .filter((o) => o.role === "party")
      .map((o) => ({ id: o.id, name: { ...o.legalName, ...o.shortName }, country: o.country, region: o.region, sectors: o.sectors })),
    hsCodes: row.hsCodes,
    editable,
    updatedAt: row.updatedAt.toISOString(),
  };
}

/**
 * Totals by stage, by the parties' countries and by their sectors. A deal between two countries
 * counts under both (so country totals add up to more than the whole); dropped deals count only
 * under their stage, since they are no longer anyone's pipeline.
 */
export function dealTotals(items: TDealSummary[]): TDealList["totals"] {
  const tally = (keysOf: (d: TDealSummary) => string[], deals: TDealSummary[]) => {
    const totals = new Map<string, { count: number; valueUsd: number }>();
    for (const d of deals) {
      for (const key of new Set(keysOf(d))) {
        const total = totals.get(key) ?? { count: 0, valueUsd: 0 };
        total.count++;
        total.valueUsd += d.valueUsd ?? 0;
        totals.set(key, total);
      }
    }
    return [...totals].map(([key, total]) => ({ key, ...total })).sort((a, b) => b.valueUsd - a.valueUsd || b.count - a.count || a.key.localeCompare(b.key));
  };
  const live = items.filter((d) => d.stage !== "dropped");
  return {
    byStage: tally((d) => [d.stage], items),
    byCountry: tally((d) => d.parties.map((p) => p.country), live),
    bySector: tally((d) => d.parties.flatMap((p) => p.sectors), live),
  };
}
