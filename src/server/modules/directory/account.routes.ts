import { z } from "zod";
import { ZLanguage } from "../../../contracts/common";
import { ZMe, ZOutboxPage } from "../../../contracts/directory";
import type { AppContext } from "../../platform/context";
import type { ZodApp } from "../../platform/http";
import * as service from "./account.service";

export function registerAccountRoutes(app: ZodApp, ctx: AppContext) {
  app.get(
    "/api/v1/me",
    { schema: { tags: ["account"], summary: "The signed-in user, their organisations and invitations", response: { 200: ZMe } } },
    async (request) => service.describeMe(ctx, await ctx.requireUser(request)),
  );

  app.patch(
    "/api/v1/me",
    {
      schema: {
        tags: ["account"],
        summary: "Remember the interface language",
        body: z.object({ preferredLanguage: ZLanguage }).strict(),
        response: { 200: z.object({ preferredLanguage: ZLanguage }) },
      },
    },
    async (request) => service.savePreferences(ctx, await ctx.requireUser(request), request.body),
  );

  app.get(
    "/api/v1/admin/outbox",
    {
      schema: {
        tags: ["admin"],
        summary: "Messages the platform sent or stored (platform administrators)",
        querystring: z.object({ cursor: z.string().max(200).optional(), limit: z.coerce.number().int().min(1).max(100).default(50) }),
        response: { 200: ZOutboxPage },
      },
    },
    async (request) => service.readOutbox(ctx, await ctx.requireUser(request), request.query),
  );
}
