import { z } from "zod";
import { ZId } from "../../../../contracts/common";
import { ZMatchmakingStats } from "../../../../contracts/matchmaking";
import type { AppContext } from "../../../platform/context";
import type { ZodApp } from "../../../platform/http";
import { getMatchmakingStats } from "./stats.service";

const ZParams = z.object({ id: ZId });

export function registerMatchmakingStatsRoutes(app: ZodApp, ctx: AppContext) {
  app.get(
    "/api/v1/forums/:id/matchmaking/stats",
    {
      schema: {
        tags: ["matchmaking"],
        summary: "Participants, requests, meetings, outcomes and expected deal value (organisers)",
        params: ZParams,
        response: { 200: ZMatchmakingStats },
      },
    },
    async (request, reply) => {
      const stats = await getMatchmakingStats(ctx, await ctx.currentUser(request), request.params.id);
      reply.header("cache-control", "no-store");
      return stats;
    },
  );
}
