import type { TPotential, TPotentialProduct } from "../../../../contracts/trade";
import { exportPotential } from "../../../../engines/trade-indicators";
import type { AppContext } from "../../../platform/context";
import { findMakersOfHeadings } from "../../directory";
import { productsOf, worldProducts } from "./flows.repository";
import { isRegion, loadTradeSources, pickYear, type TradeSources } from "./trade-sources";

/** How far back the market's demand growth is measured. */
const GROWTH_YEARS = 3;
const COMPANIES_PER_PRODUCT = 5;

const asMap = (rows: { hs: string; value: number }[]) => new Map(rows.map((row) => [row.hs, row.value]));
const sum = (rows: { value: number }[]) => rows.reduce((total, row) => total + row.value, 0);

/**
 * The products where the exporter could sell more to the market than it does (an estimate, see
 * docs/trade-potential.md), biggest gap first, each with the directory's companies that make it.
 */
export async function untappedPotential(ctx: AppContext, sources: TradeSources, query: { exporter: string; market: string; year: number }, limit: number): Promise<TPotentialProduct[]> {
  const world = sources.world();
  const exporterSource = isRegion(query.exporter) ? await sources.flowsFor([query.exporter]).catch(() => undefined) : world;
  const marketSource = isRegion(query.market) ? await sources.flowsFor([query.market]).catch(() => undefined) : world;
  const pairSource = await sources.flowsFor([query.exporter, query.market]).catch(() => undefined);
  if (!world || !exporterSource || !marketSource || !pairSource) return [];
  const store = ctx.analytics;
  const { exporter, market, year } = query;
  const [exporterExports, worldExports, marketImports, marketImportsBefore, bilateral] = await Promise.all([
    productsOf(store, exporterSource.tableName, "exporter", exporter, year, 6),
    worldProducts(store, world.tableName, year, 6),
    productsOf(store, marketSource.tableName, "importer", market, year, 6),
    productsOf(store, marketSource.tableName, "importer", market, year - GROWTH_YEARS, 6),
    productsOf(store, pairSource.tableName, "exporter", exporter, year, 6, market),
  ]);
  if (exporterExports.length === 0 || marketImports.length === 0) return [];
  const estimates = exportPotential({
    exporterExports: asMap(exporterExports),
    worldExports: asMap(worldExports),
    marketImports: asMap(marketImports),
    marketImportsBefore: marketImportsBefore.length > 0 ? asMap(marketImportsBefore) : undefined,
    growthYears: GROWTH_YEARS,
    bilateral: asMap(bilateral),
    exporterTotal: sum(exporterExports),
    marketTotal: sum(marketImports),
    worldTotal: sum(worldExports),
  })
    .filter((row) => row.untapped > 0)
    .sort((a, b) => b.untapped - a.untapped || a.product.localeCompare(b.product))
    .slice(0, limit);
  const place = isRegion(exporter) ? { country: exporter.slice(0, 2), region: exporter } : { country: exporter };
  const makers = await findMakersOfHeadings(ctx.database.db, place, [...new Set(estimates.map((row) => row.product.slice(0, 4)))]);
  return estimates.map((row) => ({
    hs: row.product,
    potential: row.potential,
    actual: row.actual,
    untapped: row.untapped,
    companies: makers
      .filter((maker) => maker.heading === row.product.slice(0, 4))
      .slice(0, COMPANIES_PER_PRODUCT)
      .map((maker) => ({ id: maker.id, name: { ...maker.legalName, ...maker.shortName }, country: maker.country, region: maker.region })),
  }));
}

export async function potentialView(ctx: AppContext, query: { exporter: string; market: string; year?: number; dataset?: string }): Promise<TPotential> {
  const sources = await loadTradeSources(ctx.analytics);
  const dataset = await sources.flowsFor([query.exporter, query.market], query.dataset);
  const year = pickYear(dataset, query.year);
  const items = await untappedPotential(ctx, sources, { exporter: query.exporter, market: query.market, year }, 50);
  return { exporter: query.exporter, market: query.market, dataset: dataset.name, year, estimate: true, items };
}
