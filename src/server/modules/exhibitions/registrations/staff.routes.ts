import { z } from "zod";
import { ZId } from "../../../../contracts/common";
import { ZRegistration, ZRegistrationPage, ZStaffInput } from "../../../../contracts/exhibitions";
import type { AppContext } from "../../../platform/context";
import { noContent, type ZodApp } from "../../../platform/http";
import { addStaff, listStaff, MAX_STAFF_PER_EXHIBITOR, removeStaff } from "./staff.service";

const ZParams = z.object({ id: ZId });

export function registerStaffRoutes(app: ZodApp, ctx: AppContext) {
  const tags = ["registrations"];

  app.get(
    "/api/v1/applications/:id/staff",
    { schema: { tags, summary: "The exhibitor's booth staff (its members and the organisers)", params: ZParams, response: { 200: ZRegistrationPage } } },
    async (request) => listStaff(ctx, await ctx.requireUser(request), request.params.id),
  );

  app.post(
    "/api/v1/applications/:id/staff",
    {
      schema: {
        tags,
        summary: `Register a member of the booth staff, once the application is approved; at most ${MAX_STAFF_PER_EXHIBITOR} (the exhibitor's members and the organisers)`,
        params: ZParams,
        body: ZStaffInput,
        response: { 201: ZRegistration },
      },
    },
    async (request, reply) => {
      const registration = await addStaff(ctx, await ctx.requireUser(request), request.params.id, request.body, request.log);
      reply.status(201);
      return registration;
    },
  );

  app.delete(
    "/api/v1/registrations/:id",
    {
      schema: {
        tags,
        summary: "Remove a staff badge (cancelled instead if already used at the door); visitors are cancelled with PATCH",
        params: ZParams,
        response: noContent,
      },
    },
    async (request, reply) => {
      await removeStaff(ctx, await ctx.requireUser(request), request.params.id);
      reply.status(204).send(null);
    },
  );
}
