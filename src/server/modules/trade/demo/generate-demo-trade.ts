import { createRandom } from "../../../../engines/scheduling";
import { basketOf, normalDraw } from "./demo-amounts";
import { affinityOf, type DemoEconomies, turnoverPath } from "./demo-economies";

/** One synthetic flow: exporter → importer, USD. */
export type DemoFlow = { year: number; exporter: string; importer: string; hs: string; value: number };

const COVERED_SHARE = 0.85; // the rest of an economy's exports goes to countries the demo leaves out
const SMALLEST_ROW_USD = 2_000;

const yearsOf = ([from, to]: [number, number]) => Array.from({ length: to - from + 1 }, (_, i) => from + i);

/**
 * World flows among the demo economies: sizes grow by year, go to partners by gravity (size and
 * ties), are split over each exporter's basket with a partner-specific tilt, and the pairs with
 * officially reported turnover are scaled to it, off by the few per cent statistics usually are.
 */
export function generateWorldFlows(economies: DemoEconomies, universe: string[], reported: Map<string, Map<number, number>>, seed = 2024): DemoFlow[] {
  const random = createRandom(seed);
  const years = yearsOf(economies.years);
  const commonFirst = shuffled(universe, random);
  const baskets = new Map(economies.economies.map((e) => [e.code, basketOf(e.specialities, e.tail, commonFirst, random)]));
  const flows: DemoFlow[] = [];
  for (const exporter of economies.economies) {
    const partners = economies.economies.filter((m) => m.code !== exporter.code);
    const pull = partners.map((m) => m.imports * affinityOf(economies, exporter.code, m.code));
    const pullTotal = pull.reduce((sum, p) => sum + p, 0);
    const basket = [...(baskets.get(exporter.code) ?? [])];
    const basketTotal = basket.reduce((sum, [, w]) => sum + w, 0);
    for (const [index, importer] of partners.entries()) {
      const tilt = new Map(basket.map(([hs]) => [hs, Math.exp(0.6 * normalDraw(random))]));
      for (const year of years) {
        const size = exporter.exports * (1 + exporter.growth) ** (year - 2023) * (year === 2020 ? 0.9 : 1) * (1 + 0.04 * normalDraw(random));
        const pairTotal = (size * COVERED_SHARE * pull[index]) / pullTotal;
        for (const [hs, weight] of basket) {
          // Each product also moves on its own from year to year, as real lines do.
          const value = (pairTotal * weight * (tilt.get(hs) ?? 1) * Math.exp(0.25 * normalDraw(random))) / basketTotal;
          if (value >= SMALLEST_ROW_USD) flows.push({ year, exporter: exporter.code, importer: importer.code, hs, value });
        }
      }
    }
  }
  for (const { pair } of economies.calibrated) calibratePair(flows, pair, turnoverPath(reported.get(pairKey(pair[0], pair[1])) ?? new Map(), years), random);
  return flows;
}

/** A seeded shuffle: which products count as commonly traded in the demo world. */
export function shuffled<T>(items: T[], random: () => number): T[] {
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [out[i], out[j]] = [out[j], out[i]];
  }
  return out;
}

export const pairKey = (a: string, b: string) => [a, b].sort().join("|");

/** Scales a pair's flows, year by year, to the reported turnover times a small statistical gap. */
export function calibratePair(flows: DemoFlow[], [a, b]: [string, string], target: Map<number, number>, random: () => number) {
  for (const [year, turnover] of target) {
    const rows = flows.filter((f) => f.year === year && ((f.exporter === a && f.importer === b) || (f.exporter === b && f.importer === a)));
    const current = rows.reduce((sum, f) => sum + f.value, 0);
    if (current <= 0) continue;
    const gap = 0.88 + 0.2 * random();
    for (const row of rows) row.value *= (turnover * gap) / current;
  }
}
