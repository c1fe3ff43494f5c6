import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import type { z } from "zod";
import type { TFlows, TTradeOverview, ZFlowsQuery } from "../../../../contracts/trade";
import type { AppContext } from "../../../platform/context";
import { newId } from "../../../platform/ids";
import { listDatasets, quoteIdentifier } from "../catalog.repository";
import { flowsQuery } from "./flows.repository";
import { loadTradeSources } from "./trade-sources";

type FlowsQuery = z.output<typeof ZFlowsQuery>;

export async function tradeOverview(ctx: AppContext): Promise<TTradeOverview> {
  const datasets = await listDatasets(ctx.analytics);
  const flowTables = datasets.filter((d) => d.format !== "published").map((d) => d.tableName);
  const codes = flowTables.length
    ? await ctx.analytics.query<{ code: string }>(
        `SELECT DISTINCT exporter AS code FROM (${flowTables.map((table) => `SELECT DISTINCT exporter FROM ${quoteIdentifier(table)}`).join(" UNION ")}) ORDER BY code`,
      )
    : [];
  return {
    datasets: datasets.map(({ tableName: _table, jurisdictionType: _type, importerOrdered: _ordered, ...dataset }) => dataset),
    jurisdictions: codes.map((row) => row.code),
  };
}

async function resolve(ctx: AppContext, query: FlowsQuery) {
  const sources = await loadTradeSources(ctx.analytics);
  const dataset = await sources.flowsFor(query.partner ? [query.reporter, query.partner] : [query.reporter], query.dataset);
  return { dataset, ...flowsQuery(dataset.tableName, query) };
}

export async function flowsList(ctx: AppContext, query: FlowsQuery): Promise<TFlows> {
  const { dataset, sql, params } = await resolve(ctx, query);
  const items = await ctx.analytics.query<TFlows["items"][number]>(`${sql} LIMIT ${query.limit + 1}`, params);
  return { dataset: dataset.name, synthetic: dataset.synthetic, items: items.slice(0, query.limit), truncated: items.length > query.limit };
}

/** The same flows as a CSV or Parquet file, written by DuckDB itself (no row limit). */
export async function flowsDownload(ctx: AppContext, query: FlowsQuery, extension: "csv" | "parquet") {
  const { dataset, sql, params } = await resolve(ctx, query);
  const file = path.join(os.tmpdir(), `hamkori-flows-${newId()}.${extension}`);
  const connection = await ctx.analytics.connect();
  try {
    const prepared = await connection.prepare(`COPY (${sql}) TO '${file}' (FORMAT ${extension === "parquet" ? "parquet" : "csv, HEADER true"})`);
    prepared.bind(params);
    await prepared.run();
    const bytes = await fs.promises.readFile(file);
    const name = `${dataset.name}-${query.reporter}${query.partner ? `-${query.partner}` : ""}${dataset.synthetic ? "-synthetic" : ""}.${extension}`.replace(
      /[^\w.-]/g,
      "_",
    );
    return { bytes, name };
  } finally {
    connection.closeSync();
    await fs.promises.rm(file, { force: true });
  }
}
