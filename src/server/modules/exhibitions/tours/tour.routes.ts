import { z } from "zod";
import { ZId } from "../../../../contracts/common";
import { ZNotifyResult, ZTour, ZTourInput, ZTourList, ZTourPatch } from "../../../../contracts/exhibitions";
import type { AppContext } from "../../../platform/context";
import { noContent, type ZodApp } from "../../../platform/http";
import * as tours from "./tour.service";
import { notifyTourExhibitors } from "./tour-notify.service";

const ZParams = z.object({ id: ZId });

export function registerTourRoutes(app: ZodApp, ctx: AppContext) {
  const tags = ["tours"];

  app.get(
    "/api/v1/forums/:id/tours",
    { schema: { tags, summary: "Delegation tours (organisers)", params: ZParams, response: { 200: ZTourList } } },
    async (request) => tours.listTours(ctx, await ctx.requireUser(request), request.params.id),
  );

  app.post(
    "/api/v1/forums/:id/tours",
    {
      schema: {
        tags,
        summary: "Plan a tour: the chosen booths are ordered into the shortest walk from the entrance (organisers)",
        params: ZParams,
        body: ZTourInput,
        response: { 201: ZTour },
      },
    },
    async (request, reply) => {
      const actor = await ctx.requireUser(request);
      const created = await tours.createTour(ctx, actor, request.params.id, request.body);
      reply.status(201);
      return created;
    },
  );

  app.get(
    "/api/v1/tours/:id",
    { schema: { tags, summary: "One tour with its timetable and route (organisers)", params: ZParams, response: { 200: ZTour } } },
    async (request) => tours.getTour(ctx, await ctx.requireUser(request), request.params.id),
  );

  app.patch(
    "/api/v1/tours/:id",
    { schema: { tags, summary: "Change a tour; the route is planned again (organisers)", params: ZParams, body: ZTourPatch, response: { 200: ZTour } } },
    async (request) => tours.updateTour(ctx, await ctx.requireUser(request), request.params.id, request.body),
  );

  app.delete("/api/v1/tours/:id", { schema: { tags, summary: "Delete a tour (organisers)", params: ZParams, response: noContent } }, async (request, reply) => {
    await tours.deleteTour(ctx, await ctx.requireUser(request), request.params.id);
    reply.status(204).send(null);
  });

  app.post(
    "/api/v1/tours/:id/notify",
    { schema: { tags, summary: "E-mail the exhibitors on the route their visit time (organisers)", params: ZParams, response: { 200: ZNotifyResult } } },
    async (request) => notifyTourExhibitors(ctx, await ctx.requireUser(request), request.params.id),
  );
}
