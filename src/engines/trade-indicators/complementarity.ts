/** Values by product (HS code → value); only the shares matter. */
export type ProductValues = ReadonlyMap<string, number>;

const positiveTotal = (values: ArrayLike<number>) => {
  let sum = 0;
  for (let k = 0; k < values.length; k++) if (values[k] > 0) sum += values[k];
  return sum;
};

/**
 * Trade complementarity index (World Bank / WITS): how well what the exporter sells matches what the
 * importer buys, 100 × (1 − ½ Σ_k |m_k − x_k|), with m_k the product's share in the importer's
 * imports and x_k its share in the exporter's exports. 100 is a perfect match, 0 none at all.
 *
 * This form takes both sides as arrays over the same products (position k is one product in
 * both; a shorter array has nothing beyond its end), which is how large series are kept.
 */
export function alignedTradeComplementarity(exporterExports: ArrayLike<number>, importerImports: ArrayLike<number>): number | null {
  const exportsTotal = positiveTotal(exporterExports);
  const importsTotal = positiveTotal(importerImports);
  if (exportsTotal <= 0 || importsTotal <= 0) return null;
  // One tight loop: pages compute this for every year of two series of thousands of products.
  const length = Math.max(exporterExports.length, importerImports.length);
  let distance = 0;
  for (let k = 0; k < length; k++) {
    const x = k < exporterExports.length ? exporterExports[k] : 0;
    const m = k < importerImports.length ? importerImports[k] : 0;
    distance += Math.abs((m > 0 ? m / importsTotal : 0) - (x > 0 ? x / exportsTotal : 0));
  }
  return 100 * (1 - distance / 2);
}

/** Trade complementarity of two maps of values by product (see `alignedTradeComplementarity`). */
export function tradeComplementarity(exporterExports: ProductValues, importerImports: ProductValues): number | null {
  const products = [...new Set([...exporterExports.keys(), ...importerImports.keys()])];
  return alignedTradeComplementarity(
    products.map((product) => exporterExports.get(product) ?? 0),
    products.map((product) => importerImports.get(product) ?? 0),
  );
}

/**
 * Trade intensity index (WITS): the share of the exporter's exports going to the importer, over the
 * importer's share in world trade. Above 1, they trade more than the importer's size predicts.
 */
export function tradeIntensity(input: { bilateral: number; exporterTotal: number; importerTotal: number; worldTotal: number }): number | null {
  const { bilateral, exporterTotal, importerTotal, worldTotal } = input;
  if (exporterTotal <= 0 || importerTotal <= 0 || worldTotal <= 0) return null;
  return bilateral / exporterTotal / (importerTotal / worldTotal);
}
