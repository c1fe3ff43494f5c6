import type { ExportObservation } from "./types";

/**
 * Observations as a dense location × product matrix (row-major), with locations and products that
 * export nothing at all left out, as the reference implementation does: they would divide by zero.
 * Duplicate location–product rows are summed.
 */
export type ExportMatrix = { locations: string[]; products: string[]; values: Float64Array };

export function toExportMatrix(rows: ExportObservation[]): ExportMatrix {
  const locationTotals = new Map<string, number>();
  const productTotals = new Map<string, number>();
  for (const row of rows) {
    if (!(row.value > 0)) continue;
    locationTotals.set(row.location, (locationTotals.get(row.location) ?? 0) + row.value);
    productTotals.set(row.product, (productTotals.get(row.product) ?? 0) + row.value);
  }
  const locations = [...locationTotals.keys()].sort();
  const products = [...productTotals.keys()].sort();
  const locationIndex = new Map(locations.map((l, i) => [l, i]));
  const productIndex = new Map(products.map((p, i) => [p, i]));
  const values = new Float64Array(locations.length * products.length);
  for (const row of rows) {
    if (!(row.value > 0)) continue;
    const c = locationIndex.get(row.location) as number;
    const p = productIndex.get(row.product) as number;
    values[c * products.length + p] += row.value;
  }
  return { locations, products, values };
}
