import { z } from "zod";
import { ZId } from "../../../../contracts/common";
import { ZFloorPlan, ZHall, ZHallInput, ZHallPatch, ZHallPlanInput, ZPavilion, ZPavilionInput, ZPavilionPatch } from "../../../../contracts/exhibitions";
import type { AppContext } from "../../../platform/context";
import { noContent, type ZodApp } from "../../../platform/http";
import * as service from "./floor-plan.service";

const ZParams = z.object({ id: ZId });

export function registerFloorPlanRoutes(app: ZodApp, ctx: AppContext) {
  const tags = ["floor plans"];

  app.get(
    "/api/v1/forums/:id/floor-plan",
    { schema: { tags, summary: "Halls, pavilions and booths with their status", params: ZParams, response: { 200: ZFloorPlan } } },
    async (request) => service.getFloorPlan(ctx, await ctx.currentUser(request), request.params.id),
  );

  app.post(
    "/api/v1/forums/:id/pavilions",
    { schema: { tags, summary: "Add a pavilion (organisers)", params: ZParams, body: ZPavilionInput, response: { 201: ZPavilion } } },
    async (request, reply) => {
      const actor = await ctx.requireUser(request);
      reply.status(201);
      return service.createPavilion(ctx, actor, request.params.id, request.body);
    },
  );

  app.patch(
    "/api/v1/pavilions/:id",
    { schema: { tags, summary: "Edit a pavilion (organisers)", params: ZParams, body: ZPavilionPatch, response: { 200: ZPavilion } } },
    async (request) => service.updatePavilion(ctx, await ctx.requireUser(request), request.params.id, request.body),
  );

  app.delete(
    "/api/v1/pavilions/:id",
    { schema: { tags, summary: "Remove a pavilion; its booths stay (organisers)", params: ZParams, response: noContent } },
    async (request, reply) => {
      await service.deletePavilion(ctx, await ctx.requireUser(request), request.params.id);
      reply.status(204).send(null);
    },
  );

  app.post(
    "/api/v1/forums/:id/halls",
    { schema: { tags, summary: "Add a hall (organisers)", params: ZParams, body: ZHallInput, response: { 201: ZHall } } },
    async (request, reply) => {
      const actor = await ctx.requireUser(request);
      reply.status(201);
      return service.createHall(ctx, actor, request.params.id, request.body);
    },
  );

  app.patch(
    "/api/v1/halls/:id",
    { schema: { tags, summary: "Rename a hall (organisers)", params: ZParams, body: ZHallPatch, response: { 200: ZHall } } },
    async (request) => service.renameHall(ctx, await ctx.requireUser(request), request.params.id, request.body),
  );

  app.delete(
    "/api/v1/halls/:id",
    { schema: { tags, summary: "Remove a hall without exhibitors (organisers)", params: ZParams, response: noContent } },
    async (request, reply) => {
      await service.deleteHall(ctx, await ctx.requireUser(request), request.params.id);
      reply.status(204).send(null);
    },
  );

  app.put(
    "/api/v1/halls/:id/plan",
    {
      schema: {
        tags,
        summary: "Save a hall as drawn: outline, entrances, obstacles and booths (matched by number; held booths cannot be removed)",
        params: ZParams,
        body: ZHallPlanInput,
        response: { 200: ZHall },
      },
      // A large venue's plan: 3,000 booths fit comfortably.
      bodyLimit: 4 * 1024 * 1024,
    },
    async (request) => service.saveHallPlan(ctx, await ctx.requireUser(request), request.params.id, request.body),
  );
}
