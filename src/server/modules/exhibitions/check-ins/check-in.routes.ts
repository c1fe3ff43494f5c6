import { z } from "zod";
import { ZId } from "../../../../contracts/common";
import { ZCheckInBundle, ZScanBatch, ZScanResults } from "../../../../contracts/exhibitions";
import type { AppContext } from "../../../platform/context";
import type { ZodApp } from "../../../platform/http";
import * as service from "./check-in.service";

const ZParams = z.object({ id: ZId });

export function registerCheckInRoutes(app: ZodApp, ctx: AppContext) {
  const tags = ["check-in"];

  app.get(
    "/api/v1/forums/:id/check-in/bundle",
    {
      schema: {
        tags,
        summary: "Every badge of the forum and its verifying key, for door devices to work offline (organisers and door staff)",
        params: ZParams,
        response: { 200: ZCheckInBundle },
      },
    },
    async (request, reply) => {
      const bundle = await service.getCheckInBundle(ctx, await ctx.currentUser(request), request.params.id);
      // Names and check-in times of every visitor: never kept by a shared cache, nor reused stale.
      reply.header("cache-control", "private, no-store");
      return bundle;
    },
  );

  app.post(
    "/api/v1/forums/:id/check-ins",
    {
      schema: {
        tags,
        summary: "Record door scans, live or synced from offline (at most 500; resending is safe) (organisers and door staff)",
        params: ZParams,
        body: ZScanBatch,
        response: { 200: ZScanResults },
      },
    },
    async (request) => service.recordScans(ctx, await ctx.requireUser(request), request.params.id, request.body),
  );
}
