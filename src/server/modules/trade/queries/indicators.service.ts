import type { z } from "zod";
import type { ZComplementarity, ZComplexity, ZRcaIndicator } from "../../../../contracts/trade";
import type { AppContext } from "../../../platform/context";
import { AppError } from "../../../platform/errors";
import { bilateralYears } from "./flows.repository";
import { pairIndicatorsByYear } from "./pair-indicators";
import { revealedAdvantages } from "./profile.service";
import { complexityOf } from "./complexity.service";
import { loadTradeSources, pickYear } from "./trade-sources";

const noWorld = () => new AppError("no_world_data", 404, "These indicators compare against world trade: import a BACI or Comtrade dataset first");

export async function rcaIndicator(ctx: AppContext, query: { jurisdiction: string; year?: number; dataset?: string }): Promise<z.infer<typeof ZRcaIndicator>> {
  const sources = await loadTradeSources(ctx.analytics);
  const dataset = await sources.flowsFor([query.jurisdiction], query.dataset);
  const world = sources.world();
  if (!world) throw noWorld();
  const year = pickYear(dataset, query.year);
  return { jurisdiction: query.jurisdiction, dataset: dataset.name, year, items: await revealedAdvantages(ctx, dataset, world, query.jurisdiction, year) };
}

export async function complementarityIndicator(ctx: AppContext, query: { exporter: string; importer: string; year?: number; dataset?: string }): Promise<z.infer<typeof ZComplementarity>> {
  const sources = await loadTradeSources(ctx.analytics);
  const dataset = await sources.flowsFor([query.exporter, query.importer], query.dataset);
  if (!sources.world()) throw noWorld();
  const year = pickYear(dataset, query.year);
  const series = (await bilateralYears(ctx.analytics, dataset.tableName, query.exporter, query.importer)).filter((row) => row.year === year);
  const pair = (await pairIndicatorsByYear(ctx, sources, query.exporter, query.importer, series.length > 0 ? series : [{ year, aToB: 0, bToA: 0 }])).get(year);
  return { exporter: query.exporter, importer: query.importer, dataset: dataset.name, year, complementarity: pair?.complementarityAB ?? null, intensity: pair?.intensityAB ?? null };
}

export async function complexityIndicator(ctx: AppContext, query: { year?: number; dataset?: string }): Promise<z.infer<typeof ZComplexity>> {
  const sources = await loadTradeSources(ctx.analytics);
  const world = sources.world(query.dataset);
  if (!world) throw noWorld();
  const year = pickYear(world, query.year);
  const result = await complexityOf(ctx, world, year);
  return { dataset: world.name, year, locations: result.locations, products: result.products };
}
