import { z } from "zod";
import { ZId } from "../../../../contracts/common";
import { ZPublishResult, ZScheduleRun, ZScheduleRunInput, ZScheduleRunStarted } from "../../../../contracts/matchmaking";
import type { AppContext } from "../../../platform/context";
import type { ZodApp } from "../../../platform/http";
import { publishScheduleRun } from "./publish.service";
import { getLatestScheduleRun, getScheduleRun, startScheduleRun } from "./schedule.service";

const ZParams = z.object({ id: ZId });
const ZRunParams = z.object({ id: ZId, runId: ZId });

export function registerScheduleRoutes(app: ZodApp, ctx: AppContext) {
  const tags = ["matchmaking"];

  app.post(
    "/api/v1/forums/:id/schedule",
    {
      schema: {
        tags,
        summary: "Schedule the accepted meetings into slots and tables, in the background (organisers); follow /api/v1/jobs/{jobId}, then review the draft run",
        params: ZParams,
        body: ZScheduleRunInput.nullish(),
        response: { 202: ZScheduleRunStarted },
      },
    },
    async (request, reply) => {
      const started = await startScheduleRun(ctx, await ctx.requireUser(request), request.params.id, request.body ?? ZScheduleRunInput.parse({}));
      reply.status(202);
      return started;
    },
  );

  app.get(
    "/api/v1/forums/:id/schedule-runs/latest",
    { schema: { tags, summary: "The forum's most recent scheduling run with its review (organisers)", params: ZParams, response: { 200: ZScheduleRun } } },
    async (request, reply) => {
      reply.header("cache-control", "no-store");
      return getLatestScheduleRun(ctx, await ctx.requireUser(request), request.params.id);
    },
  );

  app.get(
    "/api/v1/forums/:id/schedule-runs/:runId",
    { schema: { tags, summary: "One scheduling run with its review and assignments (organisers)", params: ZRunParams, response: { 200: ZScheduleRun } } },
    async (request, reply) => {
      reply.header("cache-control", "no-store");
      return getScheduleRun(ctx, await ctx.requireUser(request), request.params.id, request.params.runId);
    },
  );

  app.post(
    "/api/v1/forums/:id/schedule-runs/:runId/publish",
    {
      schema: {
        tags,
        summary:
          "Publish a draft run: meetings get their times and tables, the participants whose meetings changed are e-mailed (organisers); 409 schedule_stale when meetings changed since",
        params: ZRunParams,
        response: { 200: ZPublishResult },
      },
    },
    async (request) => publishScheduleRun(ctx, await ctx.requireUser(request), request.params.id, request.params.runId, request.log),
  );
}
