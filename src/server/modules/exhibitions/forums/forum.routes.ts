import { z } from "zod";
import { ZId } from "../../../../contracts/common";
import {
  ZForum,
  ZForumInput,
  ZForumPage,
  ZForumPatch,
  ZForumQuery,
  ZProgramme,
  ZProgrammeSession,
  ZSessionInput,
  ZSessionPatch,
} from "../../../../contracts/exhibitions";
import type { AppContext } from "../../../platform/context";
import { noContent, type ZodApp } from "../../../platform/http";
import * as forums from "./forum.service";
import * as programme from "./programme.service";

const ZParams = z.object({ id: ZId });

export function registerForumRoutes(app: ZodApp, ctx: AppContext) {
  const tags = ["forums"];

  app.get(
    "/api/v1/forums",
    { schema: { tags, summary: "Forums: published ones, and drafts you organise", querystring: ZForumQuery, response: { 200: ZForumPage } } },
    async (request) => forums.listForums(ctx, await ctx.currentUser(request), request.query),
  );

  app.post(
    "/api/v1/forums",
    { schema: { tags, summary: "Create a forum (owners and admins of the organising organisation)", body: ZForumInput, response: { 201: ZForum } } },
    async (request, reply) => {
      const actor = await ctx.requireUser(request);
      reply.status(201);
      return forums.createForum(ctx, actor, request.body);
    },
  );

  app.get("/api/v1/forums/:id", { schema: { tags, summary: "One forum", params: ZParams, response: { 200: ZForum } } }, async (request) =>
    forums.getForum(ctx, await ctx.currentUser(request), request.params.id),
  );

  app.patch(
    "/api/v1/forums/:id",
    { schema: { tags, summary: "Edit a forum (organisers)", params: ZParams, body: ZForumPatch, response: { 200: ZForum } } },
    async (request) => forums.updateForum(ctx, await ctx.requireUser(request), request.params.id, request.body),
  );

  app.delete(
    "/api/v1/forums/:id",
    { schema: { tags, summary: "Delete a draft forum (organisers)", params: ZParams, response: noContent } },
    async (request, reply) => {
      await forums.deleteForum(ctx, await ctx.requireUser(request), request.params.id);
      reply.status(204).send(null);
    },
  );

  app.get(
    "/api/v1/forums/:id/programme",
    { schema: { tags, summary: "The forum's programme of sessions", params: ZParams, response: { 200: ZProgramme } } },
    async (request) => programme.getProgramme(ctx, await ctx.currentUser(request), request.params.id),
  );

  app.post(
    "/api/v1/forums/:id/programme",
    { schema: { tags, summary: "Add a session (organisers)", params: ZParams, body: ZSessionInput, response: { 201: ZProgrammeSession } } },
    async (request, reply) => {
      const actor = await ctx.requireUser(request);
      reply.status(201);
      return programme.addSession(ctx, actor, request.params.id, request.body);
    },
  );

  app.patch(
    "/api/v1/sessions/:id",
    { schema: { tags, summary: "Edit a session (organisers)", params: ZParams, body: ZSessionPatch, response: { 200: ZProgrammeSession } } },
    async (request) => programme.updateSession(ctx, await ctx.requireUser(request), request.params.id, request.body),
  );

  app.delete(
    "/api/v1/sessions/:id",
    { schema: { tags, summary: "Remove a session (organisers)", params: ZParams, response: noContent } },
    async (request, reply) => {
      await programme.deleteSession(ctx, await ctx.requireUser(request), request.params.id);
      reply.status(204).send(null);
    },
  );
}
