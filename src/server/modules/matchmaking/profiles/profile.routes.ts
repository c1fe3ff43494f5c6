import { z } from "zod";
import { ZId } from "../../../../contracts/common";
import { ZProfile, ZProfileInput, ZProfilePage, ZProfilePatch, ZProfileQuery } from "../../../../contracts/matchmaking";
import type { AppContext } from "../../../platform/context";
import { noContent, type ZodApp } from "../../../platform/http";
import * as profiles from "./profile.service";

const ZParams = z.object({ id: ZId });

export function registerProfileRoutes(app: ZodApp, ctx: AppContext) {
  const tags = ["matchmaking"];

  app.get(
    "/api/v1/profiles",
    {
      schema: {
        tags,
        summary: "Search current cooperation profiles in any language or script; by kind, HS code, country, forum or organisation",
        querystring: ZProfileQuery,
        response: { 200: ZProfilePage },
      },
    },
    async (request) => profiles.searchProfiles(ctx, await ctx.currentUser(request), request.query),
  );

  app.get("/api/v1/profiles/:id", { schema: { tags, summary: "One cooperation profile", params: ZParams, response: { 200: ZProfile } } }, async (request) =>
    profiles.getProfile(ctx, request.params.id),
  );

  app.post(
    "/api/v1/organizations/:id/profiles",
    {
      schema: {
        tags,
        summary: "Publish an offer, a request or a partnership proposal (the organisation's admins)",
        params: ZParams,
        body: ZProfileInput,
        response: { 201: ZProfile },
      },
    },
    async (request, reply) => {
      const created = await profiles.createProfile(ctx, await ctx.requireUser(request), request.params.id, request.body);
      reply.status(201);
      return created;
    },
  );

  app.patch(
    "/api/v1/profiles/:id",
    { schema: { tags, summary: "Change a profile (the organisation's admins)", params: ZParams, body: ZProfilePatch, response: { 200: ZProfile } } },
    async (request) => profiles.updateProfile(ctx, await ctx.requireUser(request), request.params.id, request.body),
  );

  app.delete(
    "/api/v1/profiles/:id",
    { schema: { tags, summary: "Delete a profile (the organisation's admins)", params: ZParams, response: noContent } },
    async (request, reply) => {
      await profiles.deleteProfile(ctx, await ctx.requireUser(request), request.params.id);
      reply.status(204).send(null);
    },
  );
}
