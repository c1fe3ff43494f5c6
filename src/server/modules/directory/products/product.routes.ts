import { z } from "zod";
import { ZId } from "../../../../contracts/common";
import { ZProduct, ZProductInput, ZProductPage, ZProductPatch, ZProductQuery } from "../../../../contracts/directory";
import type { AppContext } from "../../../platform/context";
import { noContent, readUploadedFile, type ZodApp } from "../../../platform/http";
import * as service from "./product.service";

const ZParams = z.object({ id: ZId });

export function registerProductRoutes(app: ZodApp, ctx: AppContext) {
  const tags = ["products"];

  app.get("/api/v1/products", { schema: { tags, summary: "Search products", querystring: ZProductQuery, response: { 200: ZProductPage } } }, (request) =>
    service.searchProducts(ctx, request.query),
  );

  app.get("/api/v1/products/:id", { schema: { tags, summary: "One product", params: ZParams, response: { 200: ZProduct } } }, (request) =>
    service.getProduct(ctx, request.params.id),
  );

  app.post(
    "/api/v1/organizations/:id/products",
    { schema: { tags, summary: "Add a product to the organisation's catalogue (members)", params: ZParams, body: ZProductInput, response: { 201: ZProduct } } },
    async (request, reply) => {
      const actor = await ctx.requireUser(request);
      reply.status(201);
      return service.createProduct(ctx, actor, request.params.id, request.body);
    },
  );

  app.patch(
    "/api/v1/products/:id",
    { schema: { tags, summary: "Edit a product (members of its organisation)", params: ZParams, body: ZProductPatch, response: { 200: ZProduct } } },
    async (request) => service.updateProduct(ctx, await ctx.requireUser(request), request.params.id, request.body),
  );

  app.delete(
    "/api/v1/products/:id",
    { schema: { tags, summary: "Delete a product (members of its organisation)", params: ZParams, response: noContent } },
    async (request, reply) => {
      await service.deleteProduct(ctx, await ctx.requireUser(request), request.params.id);
      reply.status(204).send(null);
    },
  );

  app.post(
    "/api/v1/products/:id/photos",
    {
      schema: {
        tags,
        summary: "Add a photo (PNG, JPEG, WebP or GIF, at most 5 MB, multipart field `photo`)",
        params: ZParams,
        consumes: ["multipart/form-data"],
        response: { 201: ZProduct },
      },
    },
    async (request, reply) => {
      const actor = await ctx.requireUser(request);
      const bytes = await readUploadedFile(request, "photo");
      reply.status(201);
      return service.addProductPhoto(ctx, actor, request.params.id, bytes);
    },
  );

  app.delete(
    "/api/v1/products/:id/photos/:fileId",
    { schema: { tags, summary: "Remove a photo", params: ZParams.extend({ fileId: ZId }), response: { 200: ZProduct } } },
    async (request) => service.removeProductPhoto(ctx, await ctx.requireUser(request), request.params.id, request.params.fileId),
  );
}
