import { z } from "zod";
import { ZId } from "../../../../contracts/common";
import {
  ZApplication,
  ZApplicationDecision,
  ZApplicationInput,
  ZApplicationPage,
  ZApplicationQuery,
  ZBoothAssignment,
  ZExhibitorPage,
  ZExhibitorQuery,
} from "../../../../contracts/exhibitions";
import type { AppContext } from "../../../platform/context";
import type { ZodApp } from "../../../platform/http";
import * as applications from "./application.service";
import * as exhibitors from "./exhibitor.service";

const ZParams = z.object({ id: ZId });

export function registerApplicationRoutes(app: ZodApp, ctx: AppContext) {
  const tags = ["exhibitors"];

  app.get(
    "/api/v1/forums/:id/exhibitors",
    {
      schema: {
        tags,
        summary: "The exhibition catalogue: approved exhibitors, their booths and products",
        params: ZParams,
        querystring: ZExhibitorQuery,
        response: { 200: ZExhibitorPage },
      },
    },
    async (request) => exhibitors.listExhibitors(ctx, await ctx.currentUser(request), request.params.id, request.query),
  );

  app.post(
    "/api/v1/forums/:id/applications",
    {
      schema: {
        tags,
        summary: "Apply to exhibit (members of the organisation); a chosen booth is held at once or refused with 409 booth_taken",
        params: ZParams,
        body: ZApplicationInput,
        response: { 201: ZApplication },
      },
    },
    async (request, reply) => {
      const actor = await ctx.requireUser(request);
      const created = await applications.applyToForum(ctx, actor, request.params.id, request.body);
      reply.status(201);
      return created;
    },
  );

  app.get(
    "/api/v1/forums/:id/applications",
    { schema: { tags, summary: "Applications to review (organisers)", params: ZParams, querystring: ZApplicationQuery, response: { 200: ZApplicationPage } } },
    async (request) => applications.listForumApplications(ctx, await ctx.requireUser(request), request.params.id, request.query),
  );

  app.get(
    "/api/v1/organizations/:id/applications",
    {
      schema: {
        tags,
        summary: "The organisation's applications to forums (its members)",
        params: ZParams,
        querystring: ZApplicationQuery,
        response: { 200: ZApplicationPage },
      },
    },
    async (request) => applications.listOrganizationApplications(ctx, await ctx.requireUser(request), request.params.id, request.query),
  );

  app.get(
    "/api/v1/applications/:id",
    { schema: { tags, summary: "One application (the exhibitor's members, the organisers)", params: ZParams, response: { 200: ZApplication } } },
    async (request) => applications.getApplication(ctx, await ctx.requireUser(request), request.params.id),
  );

  app.post(
    "/api/v1/applications/:id/decision",
    {
      schema: {
        tags,
        summary: "Approve, waitlist or reject, with a message to the exhibitor (organisers)",
        params: ZParams,
        body: ZApplicationDecision,
        response: { 200: ZApplication },
      },
    },
    async (request) => applications.decideApplication(ctx, await ctx.requireUser(request), request.params.id, request.body),
  );

  app.put(
    "/api/v1/applications/:id/booth",
    {
      schema: {
        tags,
        summary: "Assign, change or release the application's booth (organisers)",
        params: ZParams,
        body: ZBoothAssignment,
        response: { 200: ZApplication },
      },
    },
    async (request) => applications.assignBooth(ctx, await ctx.requireUser(request), request.params.id, request.body.boothId),
  );

  app.post(
    "/api/v1/applications/:id/withdraw",
    { schema: { tags, summary: "Withdraw an application and free its booth (exhibitor)", params: ZParams, response: { 200: ZApplication } } },
    async (request) => applications.withdrawApplication(ctx, await ctx.requireUser(request), request.params.id),
  );
}
