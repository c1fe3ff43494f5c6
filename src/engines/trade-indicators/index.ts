/**
 * Trade indicators economists use, as pure functions over arrays and maps: Balassa's RCA, trade
 * complementarity and intensity (WITS), economic complexity with the Growth Lab's conventions, and
 * an estimate of untapped export potential. No I/O, nothing imported from the rest of the project.
 */

export { alignedTradeComplementarity, type ProductValues, tradeComplementarity, tradeIntensity } from "./complementarity";
export { type Complexity, type ComplexityCell, computeComplexity } from "./complexity";
export { exportPotential, type PotentialInput, type PotentialRow, PROJECTION_YEARS } from "./export-potential";
export { balassaRca, computeRca } from "./rca";
export type { ExportObservation } from "./types";
