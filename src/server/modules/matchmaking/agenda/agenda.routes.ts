import type { FastifyRequest } from "fastify";
import { z } from "zod";
import type { TLanguage } from "../../../../contracts/common";
import { ZId } from "../../../../contracts/common";
import { ZAgenda, ZAgendaFeedQuery, ZAgendaPdfQuery, ZAgendaQuery } from "../../../../contracts/matchmaking";
import type { AppContext } from "../../../platform/context";
import type { ZodApp } from "../../../platform/http";
import { getAgenda, getAgendaCalendar, getAgendaPdf } from "./agenda.service";
import { languageFromHeader } from "./agenda-words";

const ZParams = z.object({ id: ZId });

const readerLanguage = (request: FastifyRequest, lang: TLanguage | undefined): TLanguage =>
  lang ?? languageFromHeader(request.headers["accept-language"]) ?? "en";

export function registerAgendaRoutes(app: ZodApp, ctx: AppContext) {
  const tags = ["matchmaking"];

  app.get(
    "/api/v1/forums/:id/agenda",
    {
      schema: {
        tags,
        summary: "A participant's meetings in time order, those still to be scheduled, free and unavailable slots (its members and the organisers)",
        params: ZParams,
        querystring: ZAgendaQuery,
        response: { 200: ZAgenda },
      },
    },
    async (request, reply) => {
      const agenda = await getAgenda(ctx, await ctx.requireUser(request), request.params.id, request.query.participant);
      reply.header("cache-control", "private, no-store");
      return agenda;
    },
  );

  app.get(
    "/api/v1/forums/:id/agenda.ics",
    {
      schema: {
        tags,
        summary: "The agenda as an iCalendar feed: with the private key from the agenda's feedUrl, or for its members and the organisers",
        params: ZParams,
        querystring: ZAgendaFeedQuery,
        produces: ["text/calendar"],
      },
    },
    async (request, reply) => {
      const { participant, key, lang } = request.query;
      const calendar = await getAgendaCalendar(ctx, await ctx.currentUser(request), request.params.id, participant, key, readerLanguage(request, lang));
      reply
        .header("content-type", "text/calendar; charset=utf-8")
        .header("content-disposition", 'inline; filename="agenda.ics"')
        .header("cache-control", "private, no-store");
      return reply.send(calendar);
    },
  );

  app.get(
    "/api/v1/forums/:id/agenda.pdf",
    {
      schema: {
        tags,
        summary: "The agenda as an A4 PDF in the reader's language (lang, else Accept-Language) for its members and the organisers",
        params: ZParams,
        querystring: ZAgendaPdfQuery,
        produces: ["application/pdf"],
      },
    },
    async (request, reply) => {
      const { participant, lang } = request.query;
      const pdf = await getAgendaPdf(ctx, await ctx.requireUser(request), request.params.id, participant, readerLanguage(request, lang));
      reply
        .header("content-type", "application/pdf")
        .header("content-disposition", `inline; filename="${pdf.filename}"`)
        .header("cache-control", "private, no-store");
      return reply.send(pdf.bytes);
    },
  );
}
