import { z } from "zod";
import { ZId } from "../../contracts/common";
import { ZJob } from "../../contracts/jobs";
import type { AppContext } from "./context";
import type { ZodApp } from "./http";

const ZParams = z.object({ id: ZId });

export function registerJobRoutes(app: ZodApp, ctx: AppContext) {
  const tags = ["jobs"];
  app.get(
    "/api/v1/jobs/:id",
    { schema: { tags, summary: "Progress of background work you started", params: ZParams, response: { 200: ZJob } } },
    async (request) => {
      const actor = await ctx.requireUser(request);
      return ctx.jobs.get(request.params.id, actor.id, actor.platformRole === "admin");
    },
  );

  app.get("/api/v1/jobs/:id/result", { schema: { tags, summary: "The file a finished job produced", params: ZParams } }, async (request, reply) => {
    const actor = await ctx.requireUser(request);
    const result = await ctx.jobs.result(request.params.id, actor.id, actor.platformRole === "admin");
    reply
      .header("content-type", result.mediaType)
      .header("content-disposition", `attachment; filename="${result.name.replace(/[^\w.-]/g, "_")}"`)
      .header("cache-control", "private, no-store");
    return reply.send(result.bytes);
  });
}
