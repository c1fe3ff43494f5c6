import { z } from "zod";
import { ZId } from "../../../../contracts/common";
import { ZDismissalInput, ZRecommendationList, ZRecommendationQuery } from "../../../../contracts/matchmaking";
import type { AppContext } from "../../../platform/context";
import { noContent, type ZodApp } from "../../../platform/http";
import * as recommendations from "./recommendation.service";

const ZParams = z.object({ id: ZId });

export function registerRecommendationRoutes(app: ZodApp, ctx: AppContext) {
  const tags = ["matchmaking"];

  app.get(
    "/api/v1/forums/:id/recommendations",
    {
      schema: {
        tags,
        summary: "Participants this organisation should meet, with the reasons (its members, organisers)",
        params: ZParams,
        querystring: ZRecommendationQuery,
        response: { 200: ZRecommendationList },
      },
    },
    async (request) => recommendations.listRecommendations(ctx, await ctx.requireUser(request), request.params.id, request.query),
  );

  app.post(
    "/api/v1/forums/:id/recommendations/dismissals",
    { schema: { tags, summary: "Stop suggesting a counterpart (to you, for this organisation)", params: ZParams, body: ZDismissalInput, response: noContent } },
    async (request, reply) => {
      await recommendations.dismissRecommendation(ctx, await ctx.requireUser(request), request.params.id, request.body);
      reply.status(204).send(null);
    },
  );

  app.delete(
    "/api/v1/forums/:id/recommendations/dismissals",
    { schema: { tags, summary: "Suggest a dismissed counterpart again", params: ZParams, body: ZDismissalInput, response: noContent } },
    async (request, reply) => {
      await recommendations.restoreRecommendation(ctx, await ctx.requireUser(request), request.params.id, request.body);
      reply.status(204).send(null);
    },
  );
}
