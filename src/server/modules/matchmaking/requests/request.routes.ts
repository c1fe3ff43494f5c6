import { z } from "zod";
import { ZId } from "../../../../contracts/common";
import {
  ZAcceptInput,
  ZDeclineInput,
  ZMeetingForums,
  ZMeetingRequest,
  ZMeetingRequestInput,
  ZMeetingRequestPage,
  ZMeetingRequestQuery,
  ZProposeInput,
  ZRequestPriorityInput,
} from "../../../../contracts/matchmaking";
import type { AppContext } from "../../../platform/context";
import type { ZodApp } from "../../../platform/http";
import { meetingForumsWith } from "./meeting-forums";
import * as requests from "./request.service";
import * as answers from "./request-answer.service";

const ZParams = z.object({ id: ZId });

export function registerRequestRoutes(app: ZodApp, ctx: AppContext) {
  const tags = ["matchmaking"];

  app.post(
    "/api/v1/meeting-requests",
    {
      schema: {
        tags,
        summary: "Ask another participant for a meeting (members of the asking organisation); 409 cap_reached or already_requested",
        body: ZMeetingRequestInput,
        response: { 201: ZMeetingRequest },
      },
    },
    async (request, reply) => {
      const created = await requests.createRequest(ctx, await ctx.requireUser(request), request.body);
      reply.status(201);
      return created;
    },
  );

  app.get(
    "/api/v1/organizations/:id/meeting-forums",
    {
      schema: {
        tags,
        summary: "Forums where the organisation can be asked for a meeting, with the viewer's organisations that may ask it there",
        params: ZParams,
        response: { 200: ZMeetingForums },
      },
    },
    async (request) => meetingForumsWith(ctx, await ctx.currentUser(request), request.params.id),
  );

  app.get(
    "/api/v1/forums/:id/meeting-requests",
    {
      schema: {
        tags,
        summary: "Meeting requests of an organisation (its members), or of the whole forum (organisers)",
        params: ZParams,
        querystring: ZMeetingRequestQuery,
        response: { 200: ZMeetingRequestPage },
      },
    },
    async (request) => requests.listRequests(ctx, await ctx.requireUser(request), request.params.id, request.query),
  );

  app.post(
    "/api/v1/meeting-requests/:id/accept",
    {
      schema: {
        tags,
        summary: "Accept (the recipient, or the requester when the recipient proposed a time): the meeting is created",
        params: ZParams,
        // An empty POST accepts with the forum's default place.
        body: ZAcceptInput.nullish(),
        response: { 200: ZMeetingRequest },
      },
    },
    async (request) => answers.acceptRequest(ctx, await ctx.requireUser(request), request.params.id, request.body ?? {}),
  );

  app.post(
    "/api/v1/meeting-requests/:id/decline",
    {
      schema: {
        tags,
        summary: "Decline with a reason (the recipient, or the requester declining a proposed time)",
        params: ZParams,
        body: ZDeclineInput,
        response: { 200: ZMeetingRequest },
      },
    },
    async (request) => answers.declineRequest(ctx, await ctx.requireUser(request), request.params.id, request.body),
  );

  app.post(
    "/api/v1/meeting-requests/:id/propose",
    {
      schema: { tags, summary: "Propose a slot free for both (the recipient)", params: ZParams, body: ZProposeInput, response: { 200: ZMeetingRequest } },
    },
    async (request) => answers.proposeSlot(ctx, await ctx.requireUser(request), request.params.id, request.body),
  );

  app.post(
    "/api/v1/meeting-requests/:id/cancel",
    { schema: { tags, summary: "Withdraw a request or call off its meeting (either side)", params: ZParams, response: { 200: ZMeetingRequest } } },
    async (request) => answers.cancelRequest(ctx, await ctx.requireUser(request), request.params.id),
  );

  app.patch(
    "/api/v1/meeting-requests/:id",
    {
      schema: {
        tags,
        summary: "Set a request's priority for the scheduler (organisers)",
        params: ZParams,
        body: ZRequestPriorityInput,
        response: { 200: ZMeetingRequest },
      },
    },
    async (request) => answers.setPriority(ctx, await ctx.requireUser(request), request.params.id, request.body),
  );
}
