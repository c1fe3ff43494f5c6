import { toExportMatrix } from "./export-matrix";
import { productSpace } from "./product-space";
import { symmetricEigen } from "./symmetric-eigen";
import type { ExportObservation } from "./types";

export type ComplexityCell = { location: string; product: string; value: number; rca: number; m: 0 | 1; density: number; cog: number };
export type Complexity = {
  locations: { location: string; diversity: number; eci: number; coi: number }[];
  products: { product: string; ubiquity: number; pci: number }[];
  /** Every location × product pair, exported or not, as the reference writes its long table. */
  cells: ComplexityCell[];
};

/**
 * Economic complexity after Hidalgo and Hausmann, with the conventions of the Growth Lab's Stata
 * package `ecomplexity` (see docs/trade-indicators.md): M = 1 where RCA ≥ 1; ECI from the
 * eigenvector of the second largest eigenvalue, signed to correlate with diversity; ECI, PCI and
 * COG standardised with ECI's mean and sample standard deviation over the long location × product
 * table, COI with its own.
 */
export function computeComplexity(rows: ExportObservation[], options: { rcaThreshold?: number } = {}): Complexity {
  const threshold = options.rcaThreshold ?? 1;
  const { locations, products, values } = toExportMatrix(rows);
  const n = locations.length;
  const p = products.length;
  if (n < 2 || p < 2) throw new RangeError(`Economic complexity needs at least two locations and two products with exports (got ${n} and ${p})`);
  const rowTotal = new Float64Array(n);
  const colTotal = new Float64Array(p);
  for (let c = 0; c < n; c++)
    for (let k = 0; k < p; k++) {
      rowTotal[c] += values[c * p + k];
      colTotal[k] += values[c * p + k];
    }
  const world = rowTotal.reduce((sum, v) => sum + v, 0);
  const rca = new Float64Array(n * p);
  const m = new Uint8Array(n * p);
  const diversity = new Float64Array(n);
  const ubiquity = new Float64Array(p);
  for (let c = 0; c < n; c++)
    for (let k = 0; k < p; k++) {
      const r = values[c * p + k] / rowTotal[c] / (colTotal[k] / world);
      rca[c * p + k] = r;
      if (r >= threshold) {
        m[c * p + k] = 1;
        diversity[c]++;
        ubiquity[k]++;
      }
    }
  const { kc, kp } = complexityEigenvectors(m, diversity, ubiquity, n, p);
  const space = productSpace(m, ubiquity, kp, n, p);
  const eciMean = mean(kc);
  const eciSd = longSampleSd(kc, p);
  const coiMean = mean(space.coi);
  const coiSd = longSampleSd(space.coi, p);
  const cells: ComplexityCell[] = [];
  for (let c = 0; c < n; c++)
    for (let k = 0; k < p; k++) {
      const i = c * p + k;
      cells.push({
        location: locations[c],
        product: products[k],
        value: values[i],
        rca: rca[i],
        m: m[i] as 0 | 1,
        density: space.density[i],
        cog: space.cog[i] / eciSd,
      });
    }
  return {
    locations: locations.map((location, c) => ({ location, diversity: diversity[c], eci: (kc[c] - eciMean) / eciSd, coi: (space.coi[c] - coiMean) / coiSd })),
    products: products.map((product, k) => ({ product, ubiquity: ubiquity[k], pci: (kp[k] - eciMean) / eciSd })),
    cells,
  };
}

/**
 * The location and product eigenvectors. M̃ = D⁻¹ M U⁻¹ Mᵀ is similar to the symmetric
 * D^-½ M U⁻¹ Mᵀ D^-½, whose eigenvectors are exact; kc follows from it and kp = U⁻¹ Mᵀ kc / λ.
 */
function complexityEigenvectors(m: Uint8Array, diversity: Float64Array, ubiquity: Float64Array, n: number, p: number) {
  const sym = new Float64Array(n * n);
  for (let c = 0; c < n; c++) {
    for (let d = c; d < n; d++) {
      let sum = 0;
      for (let k = 0; k < p; k++) if (m[c * p + k] && m[d * p + k]) sum += 1 / ubiquity[k];
      sym[c * n + d] = sym[d * n + c] = sum / Math.sqrt(diversity[c] * diversity[d]);
    }
  }
  const { values, vectors } = symmetricEigen(sym, n);
  const order = [...values.keys()].sort((i, j) => values[j] - values[i]);
  const second = order.length > 1 ? order[1] : order[0];
  const lambda = values[second];
  const kc = new Float64Array(n);
  for (let c = 0; c < n; c++) kc[c] = vectors[second * n + c] / Math.sqrt(diversity[c]);
  const kp = new Float64Array(p);
  for (let k = 0; k < p; k++) {
    let sum = 0;
    for (let c = 0; c < n; c++) if (m[c * p + k]) sum += kc[c];
    kp[k] = sum / ubiquity[k] / lambda;
  }
  // An eigenvector's sign is arbitrary: choose the one where complex locations are diverse ones.
  if (correlation(diversity, kc) < 0) {
    for (let c = 0; c < n; c++) kc[c] = -kc[c];
    for (let k = 0; k < p; k++) kp[k] = -kp[k];
  }
  return { kc, kp };
}

const mean = (values: Float64Array) => values.reduce((sum, v) => sum + v, 0) / values.length;

/** Sample standard deviation of a location-level value repeated for each of `p` products (the long table). */
function longSampleSd(values: Float64Array, p: number) {
  const mu = mean(values);
  const squares = values.reduce((sum, v) => sum + (v - mu) * (v - mu), 0) * p;
  return Math.sqrt(squares / (values.length * p - 1));
}

function correlation(x: Float64Array, y: Float64Array) {
  const mx = mean(x);
  const my = mean(y);
  let sxy = 0;
  let sxx = 0;
  let syy = 0;
  for (let i = 0; i < x.length; i++) {
    sxy += (x[i] - mx) * (y[i] - my);
    sxx += (x[i] - mx) ** 2;
    syy += (y[i] - my) ** 2;
  }
  return sxx > 0 && syy > 0 ? sxy / Math.sqrt(sxx * syy) : 0;
}
