import { z } from "zod";
import { ZId } from "../../../../contracts/common";
import { ZAttendanceInput, ZMeeting, ZOutcomeInput, ZSpotMeetingInput } from "../../../../contracts/matchmaking";
import type { AppContext } from "../../../platform/context";
import type { ZodApp } from "../../../platform/http";
import { getMeeting, recordOutcome, setAttendance } from "./meeting.service";
import { bookSpotMeeting } from "./spot-meeting.service";

const ZParams = z.object({ id: ZId });

export function registerMeetingRoutes(app: ZodApp, ctx: AppContext) {
  const tags = ["matchmaking"];

  app.get(
    "/api/v1/meetings/:id",
    {
      schema: {
        tags,
        summary: "A meeting: its sides, time, place and outcomes (the two sides and the organisers)",
        params: ZParams,
        response: { 200: ZMeeting },
      },
    },
    async (request) => getMeeting(ctx, await ctx.requireUser(request), request.params.id),
  );

  app.post(
    "/api/v1/meetings/:id/attendance",
    {
      schema: {
        tags,
        summary: "Mark a scheduled meeting held, missed, cancelled or planned again (either side or the organisers)",
        params: ZParams,
        body: ZAttendanceInput,
        response: { 200: ZMeeting },
      },
    },
    async (request) => setAttendance(ctx, await ctx.requireUser(request), request.params.id, request.body),
  );

  app.post(
    "/api/v1/meetings/:id/outcome",
    {
      schema: {
        tags,
        summary: "Record how the meeting went for one side (its members); recording again replaces that side's outcome",
        params: ZParams,
        body: ZOutcomeInput,
        response: { 200: ZMeeting },
      },
    },
    async (request) => recordOutcome(ctx, await ctx.requireUser(request), request.params.id, request.body),
  );

  app.post(
    "/api/v1/forums/:id/meetings",
    {
      schema: {
        tags,
        summary: "Book a meeting into a free slot on the day, published at once (either side or the organisers); a table meeting gets the lowest free table",
        params: ZParams,
        body: ZSpotMeetingInput,
        response: { 201: ZMeeting },
      },
    },
    async (request, reply) => {
      const meeting = await bookSpotMeeting(ctx, await ctx.requireUser(request), request.params.id, request.body);
      reply.status(201);
      return meeting;
    },
  );
}
