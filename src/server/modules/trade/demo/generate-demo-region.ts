import { createRandom } from "../../../../engines/scheduling";
import { basketOf, normalDraw } from "./demo-amounts";
import { affinityOf, type DemoEconomies, type DemoRegion, turnoverPath } from "./demo-economies";
import { calibratePair, type DemoFlow, shuffled } from "./generate-demo-trade";

/**
 * A region's own foreign trade (what a regional statistics office publishes): exports of its
 * specialities and imports of what its partners sell, by partner and year, with its turnover with
 * one partner scaled to the figures officials stated.
 */
export function generateRegionFlows(economies: DemoEconomies, region: DemoRegion, universe: string[], seed = 7): DemoFlow[] {
  const random = createRandom(seed);
  const [from, to] = region.years;
  const years = Array.from({ length: to - from + 1 }, (_, i) => from + i);
  const partners = economies.economies.filter((e) => region.partners.includes(e.code));
  const country = region.code.slice(0, 2);
  const sales = [...basketOf(region.specialities, 30, shuffled(universe, random), random)];
  const salesTotal = sales.reduce((sum, [, w]) => sum + w, 0);
  const flows: DemoFlow[] = [];
  for (const partner of partners) {
    const tie = affinityOf(economies, country, partner.code);
    const exportShare = (partner.imports * tie) / partners.reduce((sum, p) => sum + p.imports * affinityOf(economies, country, p.code), 0);
    const importShare = (partner.exports * tie) / partners.reduce((sum, p) => sum + p.exports * affinityOf(economies, country, p.code), 0);
    // What the region buys from a partner: the partner's own lines, the region's needs first.
    const buys = [
      ...new Map([
        ...partner.specialities,
        ...region.imports_from.filter(([hs]) => partner.specialities.some(([own]) => own.slice(0, 2) === hs.slice(0, 2)) || random() < 0.5),
      ]),
    ];
    const buysTotal = buys.reduce((sum, [, w]) => sum + w, 0);
    for (const year of years) {
      const trend = 1.04 ** (year - 2023) * (1 + 0.05 * normalDraw(random));
      for (const [hs, weight] of sales) {
        const value = (region.exports * trend * exportShare * weight * Math.exp(0.5 * normalDraw(random))) / salesTotal;
        if (value >= 2_000) flows.push({ year, exporter: region.code, importer: partner.code, hs, value });
      }
      for (const [hs, weight] of buys) {
        const value = (region.imports * trend * importShare * weight * Math.exp(0.5 * normalDraw(random))) / buysTotal;
        if (value >= 2_000) flows.push({ year, exporter: partner.code, importer: region.code, hs, value });
      }
    }
  }
  const stated = new Map(Object.entries({ ...region.calibrated.before, ...region.calibrated.reported }).map(([year, value]) => [Number(year), value]));
  calibratePair(flows, [region.code, region.calibrated.partner], turnoverPath(stated, years), random);
  return flows;
}
