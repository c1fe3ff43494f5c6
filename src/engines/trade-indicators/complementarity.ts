/** Values by product (HS code → value); only the shares matter. */
export type ProductValues = Map<string, number>;

const total = (values: ProductValues) => {
  let sum = 0;
  for (const value of values.values()) if (value > 0) sum += value;
  return sum;
};

/**
 * Trade complementarity index (World Bank / WITS): how well what the exporter sells matches what the
 * importer buys, 100 × (1 − ½ Σ_k |m_k − x_k|), with m_k the product's share in the importer's
 * imports and x_k its share in the exporter's exports. 100 is a perfect match, 0 none at all.
 */
export function tradeComplementarity(exporterExports: ProductValues, importerImports: ProductValues): number | null {
  const exportsTotal = total(exporterExports);
  const importsTotal = total(importerImports);
  if (exportsTotal <= 0 || importsTotal <= 0) return null;
  let distance = 0;
  for (const [product, value] of exporterExports) {
    if (value <= 0) continue;
    distance += Math.abs((importerImports.get(product) ?? 0) / importsTotal - value / exportsTotal);
  }
  for (const [product, value] of importerImports) {
    if (value > 0 && !((exporterExports.get(product) ?? 0) > 0)) distance += value / importsTotal;
  }
  return 100 * (1 - distance / 2);
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
