import type { TPotential, TPotentialProduct } from "../../../../contracts/trade";
import { exportPotential } from "../../../../engines/trade-indicators";
import type { AppContext } from "../../../platform/context";
import { findMakersOfHeadings, placeOf } from "../../directory";
import { type ProductRow, pairFigures, type YearSummary } from "./pair-aggregate";
import { hsNamer, isRegion, loadTradeSources, pairTables, pickYear } from "./trade-sources";
import { cachedWorldProducts } from "./world-aggregates";

/** How far back the market's demand growth is measured. */
export const GROWTH_YEARS = 3;
const COMPANIES_PER_PRODUCT = 5;

type Direction = { exports: "xa" | "xb"; imports: "ma" | "mb"; flow: "ab" | "ba" };
export const A_TO_B: Direction = { exports: "xa", imports: "mb", flow: "ab" };
export const B_TO_A: Direction = { exports: "xb", imports: "ma", flow: "ba" };

const column = (rows: ProductRow[], year: number, series: keyof ProductRow) => {
  const out = new Map<string, number>();
  for (const row of rows) if (row.year === year && (row[series] as number) > 0) out.set(row.hs, row[series] as number);
  return out;
};

/**
 * The products where one side could sell more to the other than it does (an estimate, see
 * docs/trade-potential.md), biggest gap first, each with the directory's companies that make it.
 * `rows` are the pair's product rows for the year and GROWTH_YEARS before.
 */
export async function untappedPotential(
  ctx: AppContext,
  rows: ProductRow[],
  totals: YearSummary | undefined,
  world: Map<string, number>,
  exporter: string,
  direction: Direction,
  year: number,
  limit: number,
): Promise<TPotentialProduct[]> {
  const exporterExports = column(rows, year, direction.exports);
  const marketImports = column(rows, year, direction.imports);
  if (!totals || exporterExports.size === 0 || marketImports.size === 0 || world.size === 0) return [];
  const marketImportsBefore = column(rows, year - GROWTH_YEARS, direction.imports);
  const estimates = exportPotential({
    exporterExports,
    worldExports: world,
    marketImports,
    marketImportsBefore: marketImportsBefore.size > 0 ? marketImportsBefore : undefined,
    growthYears: GROWTH_YEARS,
    bilateral: column(rows, year, direction.flow),
    exporterTotal: totals[direction.exports],
    worldTotal: [...world.values()].reduce((total, value) => total + value, 0),
  })
    .filter((row) => row.untapped > 0)
    .sort((a, b) => b.untapped - a.untapped || a.product.localeCompare(b.product))
    .slice(0, limit);
  const makers = await findMakersOfHeadings(ctx.database.db, placeOf(exporter), [...new Set(estimates.map((row) => row.product.slice(0, 4)))]);
  const name = hsNamer(ctx);
  return estimates.map((row) => ({
    hs: row.product,
    name: name(row.product),
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
  const worldDataset = sources.world();
  const world = worldDataset
    ? new Map((await cachedWorldProducts(ctx.analytics, worldDataset.tableName, year)).map((p) => [p.hs, p.value]))
    : new Map<string, number>();
  const tables = await pairTables(sources, dataset, query.exporter, query.market);
  const { summary, rows } = await pairFigures(ctx.analytics, tables, query.exporter, query.market, [year, year - GROWTH_YEARS]);
  const items = await untappedPotential(
    ctx,
    rows,
    summary.find((row) => row.year === year),
    world,
    query.exporter,
    A_TO_B,
    year,
    50,
  );
  return { exporter: query.exporter, market: query.market, dataset: dataset.name, year, estimate: true, items };
}
