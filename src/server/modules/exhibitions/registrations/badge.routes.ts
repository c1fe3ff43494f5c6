import { z } from "zod";
import { ZId } from "../../../../contracts/common";
import { ZBadgeBatchInput, ZBadgeQuery } from "../../../../contracts/exhibitions";
import { ZJob } from "../../../../contracts/jobs";
import type { AppContext } from "../../../platform/context";
import type { ZodApp } from "../../../platform/http";
import { getBadgePdf, startBadgeBatch } from "./badge.service";

const ZParams = z.object({ id: ZId });

export function registerBadgeRoutes(app: ZodApp, ctx: AppContext) {
  const tags = ["badges"];

  app.get(
    "/api/v1/registrations/:id/badge.pdf",
    {
      schema: {
        tags,
        summary:
          "The A6 badge as a PDF: with the key from the e-mail, or for its holder, the organisers and (staff badges) the exhibitor's members; 410 once cancelled",
        params: ZParams,
        querystring: ZBadgeQuery,
        produces: ["application/pdf"],
      },
    },
    async (request, reply) => {
      const badge = await getBadgePdf(ctx, await ctx.currentUser(request), request.params.id, request.query.key);
      reply
        .header("content-type", "application/pdf")
        .header("content-disposition", `inline; filename="${badge.filename}"`)
        .header("cache-control", "private, no-store");
      return reply.send(badge.bytes);
    },
  );

  app.post(
    "/api/v1/forums/:id/badges/batch",
    {
      schema: {
        tags,
        summary:
          "Print the forum's badges (optionally one category, or only those not yet checked in) as one PDF, in the background (organisers); follow /api/v1/jobs/{id}",
        params: ZParams,
        body: ZBadgeBatchInput.nullish(),
        response: { 202: ZJob },
      },
    },
    async (request, reply) => {
      const job = await startBadgeBatch(ctx, await ctx.requireUser(request), request.params.id, request.body ?? { onlyNotCheckedIn: false });
      reply.status(202);
      return job;
    },
  );
}
