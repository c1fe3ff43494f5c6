import { z } from "zod";
import { ZLanguage } from "../../../contracts/common";
import { ZMe, ZOutboxPage } from "../../../contracts/directory";
import type { AppContext } from "../../platform/context";
import { decodeCursor, encodeCursor } from "../../platform/cursor";
import { forbidden } from "../../platform/errors";
import type { ZodApp } from "../../platform/http";
import { countOutbox, listOutbox } from "../../platform/outbox.repository";
import { updateUserPreferences } from "../../platform/users.repository";
import { listMemberships, listMyInvitations } from "./members/member.service";

export function registerAccountRoutes(app: ZodApp, ctx: AppContext) {
  app.get(
    "/api/v1/me",
    { schema: { tags: ["account"], summary: "The signed-in user, their organisations and invitations", response: { 200: ZMe } } },
    async (request) => {
      const actor = await ctx.requireUser(request);
      const [memberships, invitations] = await Promise.all([listMemberships(ctx, actor), listMyInvitations(ctx, actor)]);
      return { user: { ...actor, preferredLanguage: actor.preferredLanguage ?? null }, memberships, invitations };
    },
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
    async (request) => {
      const actor = await ctx.requireUser(request);
      await updateUserPreferences(ctx.database.db, actor.id, request.body);
      return request.body;
    },
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
    async (request) => {
      const actor = await ctx.requireUser(request);
      if (actor.platformRole !== "admin") throw forbidden("Only platform administrators may read the outbox");
      const offset = decodeCursor(request.query.cursor);
      const [rows, total] = await Promise.all([listOutbox(ctx.database.db, request.query.limit, offset), countOutbox(ctx.database.db)]);
      const items = rows.map((r) => ({
        id: r.id,
        to: r.to,
        subject: r.subject,
        text: r.text,
        status: r.status as "stored" | "sent" | "failed",
        createdAt: r.createdAt.toISOString(),
      }));
      return { items, total, nextCursor: offset + rows.length < total ? encodeCursor(offset + rows.length) : null };
    },
  );
}
