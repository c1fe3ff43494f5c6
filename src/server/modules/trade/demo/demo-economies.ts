import { readDataFile } from "../../directory";

export type Speciality = [hs: string, weight: number];
export type Economy = { code: string; exports: number; imports: number; growth: number; tail: number; specialities: Speciality[] };
export type DemoRegion = {
  code: string;
  years: [number, number];
  exports: number;
  imports: number;
  partners: string[];
  specialities: Speciality[];
  imports_from: Speciality[];
  calibrated: { partner: string; reported: Record<string, number>; before: Record<string, number> };
};
export type DemoEconomies = {
  years: [number, number];
  economies: Economy[];
  affinity: { between: string[]; factor: number }[];
  calibrated: { pair: [string, string] }[];
  regions: DemoRegion[];
  reporters: { countries: string[]; partners: string[]; years: [number, number] };
};

export const loadDemoEconomies = () => readDataFile<DemoEconomies>("demo/trade-economies.json");

/** How much more two economies trade than their sizes alone suggest (neighbours, old ties). */
export function affinityOf(economies: DemoEconomies, a: string, b: string): number {
  return economies.affinity.reduce((factor, group) => (group.between.includes(a) && group.between.includes(b) ? Math.max(factor, group.factor) : factor), 1);
}

/**
 * Reported turnover for every year of a pair: the stated figures where they exist, linear in
 * between, and flat beyond the first and last.
 */
export function turnoverPath(reported: Map<number, number>, years: number[]): Map<number, number> {
  const known = [...reported].sort((x, y) => x[0] - y[0]);
  const out = new Map<number, number>();
  if (known.length === 0) return out;
  for (const year of years) {
    const after = known.findIndex(([y]) => y >= year);
    if (after === -1) out.set(year, known[known.length - 1][1]);
    else if (known[after][0] === year || after === 0) out.set(year, known[after][1]);
    else {
      const [y0, v0] = known[after - 1];
      const [y1, v1] = known[after];
      out.set(year, v0 + ((v1 - v0) * (year - y0)) / (y1 - y0));
    }
  }
  return out;
}
