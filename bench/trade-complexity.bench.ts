import { createRandom } from "../src/engines/scheduling";
import { computeComplexity, type ExportObservation } from "../src/engines/trade-indicators";
import { report, round } from "./stats";

const COUNTRIES = 200;
const PRODUCTS = 1_200;

/**
 * A year of exports shaped like real ones: bigger economies export more products, products differ
 * in how widely they are made (nestedness), values are log-normal.
 */
function generateYear(): ExportObservation[] {
  const random = createRandom(42);
  const rows: ExportObservation[] = [];
  for (let c = 0; c < COUNTRIES; c++) {
    const reach = Math.round(PRODUCTS * (0.1 + 0.9 * ((COUNTRIES - c) / COUNTRIES) ** 1.5));
    for (let p = 0; p < PRODUCTS; p++) {
      if (p >= reach && random() > 0.02) continue;
      if (random() > 0.85) continue;
      const size = Math.exp(22 - c / 25 + 1.5 * Math.sqrt(-2 * Math.log(Math.max(random(), 1e-12))) * Math.cos(2 * Math.PI * random()));
      rows.push({ location: `C${c}`, product: String(1000 + p), value: size });
    }
  }
  return rows;
}

/** Economic complexity (RCA, M, ECI, PCI, proximity, density, COI, COG) of 200 countries × 1,200 products for one year. */
export function benchTradeComplexity() {
  const rows = generateYear();
  computeComplexity(rows.slice(0, 5_000)); // warm the JIT
  const times: number[] = [];
  for (let run = 0; run < 3; run++) {
    const t0 = performance.now();
    computeComplexity(rows);
    times.push(performance.now() - t0);
  }
  report({
    bench: "trade-complexity",
    figure: "one-year-s",
    value: round(Math.min(...times) / 1000, 2),
    target: 5,
    worst: round(Math.max(...times) / 1000, 2),
    countries: COUNTRIES,
    products: PRODUCTS,
    rows: rows.length,
  });
}
