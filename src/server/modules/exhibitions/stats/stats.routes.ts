import { z } from "zod";
import { ZId } from "../../../../contracts/common";
import { ZForumStats } from "../../../../contracts/exhibitions";
import type { AppContext } from "../../../platform/context";
import type { ZodApp } from "../../../platform/http";
import * as service from "./stats.service";

const ZParams = z.object({ id: ZId });

export function registerStatsRoutes(app: ZodApp, ctx: AppContext) {
  app.get(
    "/api/v1/forums/:id/stats",
    {
      schema: {
        tags: ["forums"],
        summary: "Exhibitors, booths, revenue, registrations and check-ins (organisers)",
        params: ZParams,
        response: { 200: ZForumStats },
      },
    },
    async (request, reply) => {
      const stats = await service.getForumStats(ctx, await ctx.currentUser(request), request.params.id);
      // Counts change by the second during the doors' opening hour.
      reply.header("cache-control", "no-store");
      return stats;
    },
  );
}
