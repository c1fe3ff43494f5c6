import type { z } from "zod";
import type { ZComplementarity, ZComplexity, ZRcaIndicator } from "../../../../contracts/trade";
import { tradeIntensity } from "../../../../engines/trade-indicators";
import type { AppContext } from "../../../platform/context";
import { AppError } from "../../../platform/errors";
import { complexityOf } from "./complexity.service";
import { pairFigures } from "./pair-aggregate";
import { revealedAdvantages } from "./profile.service";
import { hsNamer, loadTradeSources, pairTables, pickYear } from "./trade-sources";
import { cachedWorldTotals } from "./world-aggregates";

const noWorld = () => new AppError("no_world_data", 404, "These indicators compare against world trade: import a BACI or Comtrade dataset first");

export async function rcaIndicator(ctx: AppContext, query: { jurisdiction: string; year?: number; dataset?: string }): Promise<z.infer<typeof ZRcaIndicator>> {
  const sources = await loadTradeSources(ctx.analytics);
  const dataset = await sources.flowsFor([query.jurisdiction], query.dataset);
  const world = sources.world();
  if (!world) throw noWorld();
  const year = pickYear(dataset, query.year);
  const items = await revealedAdvantages(
    { reader: ctx.analytics, table: dataset.tableName },
    { reader: ctx.analytics, table: world.tableName },
    query.jurisdiction,
    year,
    hsNamer(ctx),
  );
  return { jurisdiction: query.jurisdiction, dataset: dataset.name, year, items };
}

export async function complementarityIndicator(
  ctx: AppContext,
  query: { exporter: string; importer: string; year?: number; dataset?: string },
): Promise<z.infer<typeof ZComplementarity>> {
  const sources = await loadTradeSources(ctx.analytics);
  const dataset = await sources.flowsFor([query.exporter, query.importer], query.dataset);
  const world = sources.world();
  if (!world) throw noWorld();
  const year = pickYear(dataset, query.year);
  const tables = await pairTables(sources, dataset, query.exporter, query.importer);
  const [summary, worldTotals] = await Promise.all([
    pairFigures(ctx.analytics, tables, query.exporter, query.importer, []).then((figures) => figures.summary),
    cachedWorldTotals(ctx.analytics, world.tableName),
  ]);
  const row = summary.find((r) => r.year === year);
  const worldTotal = worldTotals.find((r) => r.year === year)?.value ?? 0;
  const intensity =
    row && row.xa > 0 && row.mb > 0 && worldTotal > 0 ? tradeIntensity({ bilateral: row.ab, exporterTotal: row.xa, importerTotal: row.mb, worldTotal }) : null;
  return { exporter: query.exporter, importer: query.importer, dataset: dataset.name, year, complementarity: row?.complementarityAB ?? null, intensity };
}

export async function complexityIndicator(ctx: AppContext, query: { year?: number; dataset?: string }): Promise<z.infer<typeof ZComplexity>> {
  const sources = await loadTradeSources(ctx.analytics);
  const world = sources.world(query.dataset);
  if (!world) throw noWorld();
  const year = pickYear(world, query.year);
  const result = await complexityOf(ctx, world, year);
  const name = hsNamer(ctx);
  return { dataset: world.name, year, locations: result.locations, products: result.products.map((p) => ({ ...p, name: name(p.hs) })) };
}
