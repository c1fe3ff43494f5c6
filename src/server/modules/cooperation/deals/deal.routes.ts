import { z } from "zod";
import { ZId } from "../../../../contracts/common";
import { ZDeal, ZDealInput, ZDealList, ZDealPatch, ZDealQuery, ZMilestoneInput, ZMilestonePatch } from "../../../../contracts/cooperation";
import type { AppContext } from "../../../platform/context";
import { MAX_DOCUMENT_BYTES } from "../../../platform/files";
import { noContent, readNamedUpload, type ZodApp } from "../../../platform/http";
import * as deals from "./deal.service";
import { readDealDocument, uploadDealDocument } from "./deal-documents.service";

const ZParams = z.object({ id: ZId });
const ZMilestoneParams = z.object({ id: ZId, milestoneId: ZId });
const tags = ["cooperation"];

export function registerDealRoutes(app: ZodApp, ctx: AppContext) {
  app.get(
    "/api/v1/deals",
    {
      schema: {
        tags,
        summary: "Deals and joint ventures you may see, with totals by stage, country and sector",
        querystring: ZDealQuery,
        response: { 200: ZDealList },
      },
    },
    async (request) => deals.listDeals(ctx, await ctx.currentUser(request), request.query),
  );

  app.post(
    "/api/v1/deals",
    { schema: { tags, summary: "Start a deal or joint venture (a member of one of its parties)", body: ZDealInput, response: { 201: ZDeal } } },
    async (request, reply) => {
      const created = await deals.createDeal(ctx, await ctx.requireUser(request), request.body);
      reply.status(201);
      return created;
    },
  );

  app.get(
    "/api/v1/deals/:id",
    {
      schema: {
        tags,
        summary: "One deal with its milestones and activity (its parties and those they shared it with)",
        params: ZParams,
        response: { 200: ZDeal },
      },
    },
    async (request) => deals.getDeal(ctx, await ctx.currentUser(request), request.params.id),
  );

  app.patch(
    "/api/v1/deals/:id",
    {
      schema: {
        tags,
        summary: "Change a deal: stage, value, parties, facility plan… (its parties)",
        params: ZParams,
        body: ZDealPatch,
        response: { 200: ZDeal },
      },
    },
    async (request) => deals.updateDeal(ctx, await ctx.requireUser(request), request.params.id, request.body),
  );

  app.delete(
    "/api/v1/deals/:id",
    {
      schema: {
        tags,
        summary: "Remove a deal entered by mistake (its parties, while it is a lead); 409 deal_under_way once it has moved on",
        params: ZParams,
        response: noContent,
      },
    },
    async (request, reply) => {
      await deals.removeDeal(ctx, await ctx.requireUser(request), request.params.id);
      reply.status(204).send(null);
    },
  );

  app.post(
    "/api/v1/deals/:id/milestones",
    { schema: { tags, summary: "Add a milestone with a date and an owner", params: ZParams, body: ZMilestoneInput, response: { 201: ZDeal } } },
    async (request, reply) => {
      const changed = await deals.addMilestone(ctx, await ctx.requireUser(request), request.params.id, request.body);
      reply.status(201);
      return changed;
    },
  );

  app.patch(
    "/api/v1/deals/:id/milestones/:milestoneId",
    { schema: { tags, summary: "Change a milestone or mark it done", params: ZMilestoneParams, body: ZMilestonePatch, response: { 200: ZDeal } } },
    async (request) => deals.changeMilestone(ctx, await ctx.requireUser(request), request.params.id, request.params.milestoneId, request.body),
  );

  app.post(
    "/api/v1/deals/:id/documents",
    {
      schema: {
        tags,
        summary:
          "Upload a document (PDF, Word, Excel, PNG or JPEG, at most 20 MB, multipart field `file`, optional query `name`); the same name again is its next version",
        params: ZParams,
        querystring: z.object({ name: z.string().max(200).optional() }),
        consumes: ["multipart/form-data"],
        response: { 201: ZDeal },
      },
    },
    async (request, reply) => {
      const actor = await ctx.requireUser(request);
      const upload = await readNamedUpload(request, "file", MAX_DOCUMENT_BYTES);
      reply.status(201);
      return uploadDealDocument(ctx, actor, request.params.id, { ...upload, name: request.query.name });
    },
  );

  app.get(
    "/api/v1/deals/:id/documents/:documentId",
    { schema: { tags, summary: "Download one version of a deal's document (those who may see the deal)", params: ZParams.extend({ documentId: ZId }) } },
    async (request, reply) => {
      const document = await readDealDocument(ctx, await ctx.currentUser(request), request.params.id, request.params.documentId);
      const filename = encodeURIComponent(`${document.name}`);
      reply
        .header("content-type", document.mediaType)
        .header("x-content-type-options", "nosniff")
        .header("content-security-policy", "default-src 'none'; sandbox")
        .header("cache-control", "private, no-store")
        .header("content-disposition", `attachment; filename*=UTF-8''${filename}`);
      return reply.send(document.bytes);
    },
  );
}
