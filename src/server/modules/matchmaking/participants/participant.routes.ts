import { z } from "zod";
import { ZId } from "../../../../contracts/common";
import { ZParticipant, ZParticipantJoin, ZParticipantPage, ZParticipantPatch, ZParticipantQuery, ZUnavailability } from "../../../../contracts/matchmaking";
import type { AppContext } from "../../../platform/context";
import { noContent, type ZodApp } from "../../../platform/http";
import * as participants from "./participant.service";

const ZParams = z.object({ id: ZId });
const ZParticipantParams = z.object({ id: ZId, organizationId: ZId });

export function registerParticipantRoutes(app: ZodApp, ctx: AppContext) {
  const tags = ["matchmaking"];

  app.get(
    "/api/v1/forums/:id/participants",
    {
      schema: {
        tags,
        summary: "Companies taking part in the forum's matchmaking, with exhibitors' booths",
        params: ZParams,
        querystring: ZParticipantQuery,
        response: { 200: ZParticipantPage },
      },
    },
    async (request) => participants.listParticipants(ctx, await ctx.currentUser(request), request.params.id, request.query),
  );

  app.post(
    "/api/v1/forums/:id/participants",
    {
      schema: {
        tags,
        summary: "Join the matchmaking (the organisation's admins: buyer, investor, trade visitor; organisers: anyone)",
        params: ZParams,
        body: ZParticipantJoin,
        response: { 201: ZParticipant },
      },
    },
    async (request, reply) => {
      const joined = await participants.joinMatchmaking(ctx, await ctx.requireUser(request), request.params.id, request.body);
      reply.status(201);
      return joined;
    },
  );

  app.patch(
    "/api/v1/forums/:id/participants/:organizationId",
    {
      schema: {
        tags,
        summary: "Change a participant's category (organisers)",
        params: ZParticipantParams,
        body: ZParticipantPatch,
        response: { 200: ZParticipant },
      },
    },
    async (request) =>
      participants.changeCategory(ctx, await ctx.requireUser(request), request.params.id, request.params.organizationId, request.body.category),
  );

  app.delete(
    "/api/v1/forums/:id/participants/:organizationId",
    {
      schema: {
        tags,
        summary: "Leave the matchmaking (the organisation's admins, or organisers); refused with 409 while it has meetings",
        params: ZParticipantParams,
        response: noContent,
      },
    },
    async (request, reply) => {
      await participants.leaveMatchmaking(ctx, await ctx.requireUser(request), request.params.id, request.params.organizationId);
      reply.status(204).send(null);
    },
  );

  app.get(
    "/api/v1/forums/:id/participants/:organizationId/unavailability",
    {
      schema: {
        tags,
        summary: "Slots in which the participant cannot meet (its members, organisers)",
        params: ZParticipantParams,
        response: { 200: ZUnavailability },
      },
    },
    async (request) => participants.getUnavailability(ctx, await ctx.requireUser(request), request.params.id, request.params.organizationId),
  );

  app.put(
    "/api/v1/forums/:id/participants/:organizationId/unavailability",
    {
      schema: {
        tags,
        summary: "Replace the slots in which the participant cannot meet; each must be a forum slot (its members, organisers)",
        params: ZParticipantParams,
        body: ZUnavailability,
        response: { 200: ZUnavailability },
      },
    },
    async (request) =>
      participants.setUnavailability(ctx, await ctx.requireUser(request), request.params.id, request.params.organizationId, request.body.slots),
  );
}
