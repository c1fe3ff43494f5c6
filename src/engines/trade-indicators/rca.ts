import type { ExportObservation } from "./types";

/**
 * Balassa's revealed comparative advantage: the product's share in the location's exports over its
 * share in world exports. Above 1, the location exports relatively more of it than the world does.
 */
export function balassaRca(value: number, locationTotal: number, productTotal: number, worldTotal: number): number {
  if (locationTotal <= 0 || productTotal <= 0 || worldTotal <= 0) return 0;
  return value / locationTotal / (productTotal / worldTotal);
}

/** RCA of every observed location and product (the world being all locations given). */
export function computeRca(rows: ExportObservation[]): { location: string; product: string; value: number; rca: number }[] {
  const byLocation = new Map<string, number>();
  const byProduct = new Map<string, number>();
  let world = 0;
  for (const row of rows) {
    byLocation.set(row.location, (byLocation.get(row.location) ?? 0) + row.value);
    byProduct.set(row.product, (byProduct.get(row.product) ?? 0) + row.value);
    world += row.value;
  }
  return rows.map((row) => ({ ...row, rca: balassaRca(row.value, byLocation.get(row.location) ?? 0, byProduct.get(row.product) ?? 0, world) }));
}
