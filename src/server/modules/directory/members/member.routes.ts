import type { FastifyRequest } from "fastify";
import { z } from "zod";
import { ZId } from "../../../../contracts/common";
import { ZInvitation, ZInvitationInput, ZMember, ZMemberPatch } from "../../../../contracts/directory";
import type { AppContext } from "../../../platform/context";
import { noContent, type ZodApp } from "../../../platform/http";
import * as service from "./member.service";

const ZOrgParams = z.object({ id: ZId });

export function registerMemberRoutes(app: ZodApp, ctx: AppContext) {
  const tags = ["members"];
  const actorOf = (request: FastifyRequest) => ctx.requireUser(request);

  app.get(
    "/api/v1/organizations/:id/members",
    { schema: { tags, summary: "Members (visible to members)", params: ZOrgParams, response: { 200: z.object({ items: z.array(ZMember) }) } } },
    async (request) => ({
      items: await service.listMembers(ctx, await actorOf(request), request.params.id),
    }),
  );

  app.patch(
    "/api/v1/organizations/:id/members/:memberId",
    {
      schema: {
        tags,
        summary: "Change a member's role or job title",
        params: ZOrgParams.extend({ memberId: ZId }),
        body: ZMemberPatch,
        response: { 200: ZMember },
      },
    },
    async (request) => {
      const updated = await service.updateMember(ctx, await actorOf(request), request.params.id, request.params.memberId, request.body);
      return updated as z.infer<typeof ZMember>;
    },
  );

  app.delete(
    "/api/v1/organizations/:id/members/:memberId",
    {
      schema: {
        tags,
        summary: "Remove a member (admins), or leave (yourself)",
        params: ZOrgParams.extend({ memberId: ZId }),
        response: noContent,
      },
    },
    async (request, reply) => {
      await service.removeMember(ctx, await actorOf(request), request.params.id, request.params.memberId);
      reply.status(204).send(null);
    },
  );

  app.get(
    "/api/v1/organizations/:id/invitations",
    { schema: { tags, summary: "Pending invitations (admins)", params: ZOrgParams, response: { 200: z.object({ items: z.array(ZInvitation) }) } } },
    async (request) => ({ items: await service.listOrganizationInvitations(ctx, await actorOf(request), request.params.id) }),
  );

  app.post(
    "/api/v1/organizations/:id/invitations",
    {
      schema: {
        tags,
        summary: "Invite a colleague by e-mail with a role (admins)",
        params: ZOrgParams,
        body: ZInvitationInput,
        response: { 201: ZInvitation },
      },
    },
    async (request, reply) => {
      const actor = await actorOf(request);
      reply.status(201);
      return service.inviteMember(ctx, actor, request.params.id, request.body);
    },
  );

  app.delete(
    "/api/v1/organizations/:id/invitations/:invitationId",
    { schema: { tags, summary: "Cancel an invitation (admins)", params: ZOrgParams.extend({ invitationId: ZId }), response: noContent } },
    async (request, reply) => {
      await service.cancelInvitation(ctx, await actorOf(request), request.params.id, request.params.invitationId);
      reply.status(204).send(null);
    },
  );

  app.post(
    "/api/v1/invitations/:invitationId/accept",
    {
      schema: {
        tags,
        summary: "Accept an invitation sent to your e-mail address",
        params: z.object({ invitationId: ZId }),
        response: { 200: z.object({ organizationId: z.string() }) },
      },
    },
    async (request) => service.acceptInvitation(ctx, await actorOf(request), request.params.invitationId),
  );
}
