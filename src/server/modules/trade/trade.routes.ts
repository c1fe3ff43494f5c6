import { z } from "zod";
import { ZJob } from "../../../contracts/jobs";
import {
  ZBilateralQuery,
  ZBilateralView,
  ZComplementarity,
  ZComplexity,
  ZComplexityQuery,
  ZFlows,
  ZFlowsQuery,
  ZJurisdictionProfile,
  ZPairQuery,
  ZPotential,
  ZPotentialQuery,
  ZRcaIndicator,
  ZRcaQuery,
  ZTradeJurisdiction,
  ZTradeOverview,
  ZYearQuery,
} from "../../../contracts/trade";
import type { AppContext } from "../../platform/context";
import type { ZodApp } from "../../platform/http";
import { startUploadedImport } from "./imports/import.service";
import { bilateralView } from "./queries/bilateral.service";
import { flowsDownload, flowsList, tradeOverview } from "./queries/flows.service";
import { complementarityIndicator, complexityIndicator, rcaIndicator } from "./queries/indicators.service";
import { potentialView } from "./queries/potential.service";
import { jurisdictionProfile } from "./queries/profile.service";

const tags = ["trade"];
const FILE_TYPES = { csv: "text/csv; charset=utf-8", parquet: "application/vnd.apache.parquet" } as const;

export function registerTradeRoutes(app: ZodApp, ctx: AppContext) {
  app.get(
    "/api/v1/trade/datasets",
    { schema: { tags, summary: "Trade datasets loaded and the jurisdictions they cover", response: { 200: ZTradeOverview } } },
    () => tradeOverview(ctx),
  );

  app.get(
    "/api/v1/trade/flows",
    { schema: { tags, summary: "Flows between a reporter and its partners", querystring: ZFlowsQuery, response: { 200: ZFlows } } },
    (request) => flowsList(ctx, request.query),
  );

  for (const format of ["csv", "parquet"] as const) {
    app.get(
      `/api/v1/trade/flows.${format}`,
      {
        schema: {
          tags,
          summary: `The same flows as a ${format === "csv" ? "CSV" : "Parquet"} file, without a row limit`,
          querystring: ZFlowsQuery,
          produces: [FILE_TYPES[format]],
        },
      },
      async (request, reply) => {
        const file = await flowsDownload(ctx, request.query, format);
        reply.header("content-type", FILE_TYPES[format]).header("content-disposition", `attachment; filename="${file.name}"`);
        return reply.send(file.bytes);
      },
    );
  }

  app.get(
    "/api/v1/trade/profile/:jurisdiction",
    {
      schema: {
        tags,
        summary: "A country's or region's trade profile",
        params: z.object({ jurisdiction: ZTradeJurisdiction }),
        querystring: ZYearQuery,
        response: { 200: ZJurisdictionProfile },
      },
    },
    (request) => jurisdictionProfile(ctx, request.params.jurisdiction, request.query),
  );

  app.get(
    "/api/v1/trade/bilateral",
    { schema: { tags, summary: "Trade between two jurisdictions", querystring: ZBilateralQuery, response: { 200: ZBilateralView } } },
    (request) => bilateralView(ctx, request.query),
  );

  app.get(
    "/api/v1/trade/indicators/rca",
    { schema: { tags, summary: "Revealed comparative advantage (Balassa) by product", querystring: ZRcaQuery, response: { 200: ZRcaIndicator } } },
    (request) => rcaIndicator(ctx, request.query),
  );

  app.get(
    "/api/v1/trade/indicators/complementarity",
    {
      schema: {
        tags,
        summary: "Trade complementarity and intensity of an exporter with an importer",
        querystring: ZPairQuery,
        response: { 200: ZComplementarity },
      },
    },
    (request) => complementarityIndicator(ctx, request.query),
  );

  app.get(
    "/api/v1/trade/indicators/complexity",
    { schema: { tags, summary: "Economic complexity of countries and products", querystring: ZComplexityQuery, response: { 200: ZComplexity } } },
    (request) => complexityIndicator(ctx, request.query),
  );

  app.get(
    "/api/v1/trade/potential",
    { schema: { tags, summary: "Untapped export potential (an estimate)", querystring: ZPotentialQuery, response: { 200: ZPotential } } },
    (request) => potentialView(ctx, request.query),
  );

  app.post(
    "/api/v1/trade/imports",
    { schema: { tags, summary: "Import trade statistics (platform administrators); progress through the job", response: { 202: z.object({ job: ZJob }) } } },
    async (request, reply) => {
      const actor = await ctx.requireUser(request);
      const job = await startUploadedImport(ctx, actor, request);
      return reply.code(202).send({ job });
    },
  );
}
