import { z } from "zod";
import { ZId } from "../../../../contracts/common";
import { ZOrganization, ZOrganizationInput, ZOrganizationPage, ZOrganizationPatch, ZOrganizationQuery } from "../../../../contracts/directory";
import type { AppContext } from "../../../platform/context";
import { readUploadedFile, type ZodApp } from "../../../platform/http";
import * as service from "./organization.service";

const ZParams = z.object({ id: ZId });

export function registerOrganizationRoutes(app: ZodApp, ctx: AppContext) {
  const tags = ["organizations"];

  app.get(
    "/api/v1/organizations",
    { schema: { tags, summary: "Search the directory of organisations", querystring: ZOrganizationQuery, response: { 200: ZOrganizationPage } } },
    (request) => service.searchOrganizations(ctx, request.query),
  );

  app.get(
    "/api/v1/organizations/:id",
    { schema: { tags, summary: "One organisation's public profile", params: ZParams, response: { 200: ZOrganization } } },
    (request) => service.getOrganization(ctx, request.params.id),
  );

  app.post(
    "/api/v1/organizations",
    { schema: { tags, summary: "Create an organisation; the caller becomes its owner", body: ZOrganizationInput, response: { 201: ZOrganization } } },
    async (request, reply) => {
      const actor = await ctx.requireUser(request);
      reply.status(201);
      return service.createOrganization(ctx, actor, request.body);
    },
  );

  app.patch(
    "/api/v1/organizations/:id",
    { schema: { tags, summary: "Edit the profile (owners and admins)", params: ZParams, body: ZOrganizationPatch, response: { 200: ZOrganization } } },
    async (request) => service.updateOrganization(ctx, await ctx.requireUser(request), request.params.id, request.body),
  );

  app.put(
    "/api/v1/organizations/:id/logo",
    {
      schema: {
        tags,
        summary: "Upload the logo (PNG, JPEG, WebP or GIF, at most 5 MB, multipart field `logo`)",
        params: ZParams,
        consumes: ["multipart/form-data"],
        response: { 200: ZOrganization },
      },
    },
    async (request) => {
      const actor = await ctx.requireUser(request);
      const bytes = await readUploadedFile(request, "logo");
      return service.setOrganizationLogo(ctx, actor, request.params.id, bytes);
    },
  );
}
