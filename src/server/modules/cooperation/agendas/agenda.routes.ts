import { z } from "zod";
import { ZId } from "../../../../contracts/common";
import {
  type TAgenda,
  ZAgenda,
  ZAgendaInput,
  ZAgendaList,
  ZCommitmentInput,
  ZCommitmentPatch,
  ZHighLevelMeetingInput,
  ZTargetInput,
} from "../../../../contracts/cooperation";
import type { SessionUser } from "../../../platform/auth";
import type { AppContext } from "../../../platform/context";
import type { ZodApp } from "../../../platform/http";
import * as agendas from "./agenda.service";
import { remindCommitmentOwners } from "./commitment-reminders";
import { roadmapPdf } from "./roadmap-pdf";

const ZParams = z.object({ id: ZId });
const tags = ["cooperation"];

export function registerAgendaRoutes(app: ZodApp, ctx: AppContext) {
  app.get("/api/v1/agendas", { schema: { tags, summary: "Cooperation agendas between jurisdictions", response: { 200: ZAgendaList } } }, () =>
    agendas.listAgendas(ctx),
  );

  app.post(
    "/api/v1/agendas",
    {
      schema: {
        tags,
        summary: "Start a cooperation agenda between two jurisdictions (a member of a keeping organisation)",
        body: ZAgendaInput,
        response: { 201: ZAgenda },
      },
    },
    async (request, reply) => {
      const created = await agendas.createAgenda(ctx, await ctx.requireUser(request), request.body);
      reply.status(201);
      return created;
    },
  );

  app.get(
    "/api/v1/agendas/:id",
    { schema: { tags, summary: "An agenda with its meetings, commitments, targets and their progress", params: ZParams, response: { 200: ZAgenda } } },
    async (request) => agendas.getAgenda(ctx, await ctx.currentUser(request), request.params.id),
  );

  // Meetings, commitments and targets are added the same way: by a keeper, answering the whole agenda.
  const add = <S extends z.ZodType>(
    path: string,
    summary: string,
    body: S,
    save: (ctx: AppContext, actor: SessionUser, agendaId: string, input: z.output<S>) => Promise<TAgenda>,
  ) =>
    app.post(`/api/v1/agendas/:id/${path}`, { schema: { tags, summary, params: ZParams, body, response: { 201: ZAgenda } } }, async (request, reply) => {
      const changed = await save(ctx, await ctx.requireUser(request), request.params.id, request.body as z.output<S>);
      reply.status(201);
      return changed;
    });
  add("meetings", "Record a high-level meeting: date, place, participants, decisions (the keepers)", ZHighLevelMeetingInput, agendas.addMeeting);
  add("commitments", "Add a commitment with an owner and a due date (the keepers)", ZCommitmentInput, agendas.addCommitment);
  add("targets", "Add a target for a year (the keepers)", ZTargetInput, agendas.addTarget);

  app.patch(
    "/api/v1/commitments/:id",
    {
      schema: {
        tags,
        summary: "Change a commitment's status, date or owner (the keepers)",
        params: ZParams,
        body: ZCommitmentPatch,
        response: { 200: ZAgenda },
      },
    },
    async (request) => agendas.changeCommitment(ctx, await ctx.requireUser(request), request.params.id, request.body),
  );

  app.post(
    "/api/v1/commitments/:id/deals",
    {
      schema: {
        tags,
        summary: "Say that a deal or joint venture serves a commitment (its parties, or the keepers it was shown to)",
        params: ZParams,
        body: z.object({ dealId: ZId }).strict(),
        response: { 201: ZAgenda },
      },
    },
    async (request, reply) => {
      const changed = await agendas.linkDealToCommitment(ctx, await ctx.requireUser(request), request.params.id, request.body.dealId);
      reply.status(201);
      return changed;
    },
  );

  app.post(
    "/api/v1/agendas/:id/reminders",
    {
      schema: {
        tags,
        summary: "E-mail the owners of commitments that are overdue or due within 30 days (the keepers)",
        params: ZParams,
        response: { 200: z.object({ sent: z.number().int() }) },
      },
    },
    async (request) => remindCommitmentOwners(ctx, await ctx.requireUser(request), request.params.id),
  );

  app.get(
    "/api/v1/agendas/:id/roadmap.pdf",
    {
      schema: {
        tags,
        summary: "The agenda as a printable roadmap in the reader's language",
        params: ZParams,
        querystring: z.object({ lang: z.enum(["en", "ru", "tg", "ky"]).default("en") }),
        produces: ["application/pdf"],
      },
    },
    async (request, reply) => {
      const agenda = await agendas.getAgenda(ctx, await ctx.currentUser(request), request.params.id);
      const pdf = await roadmapPdf(ctx, agenda, request.query.lang);
      reply.header("content-type", "application/pdf").header("content-disposition", `attachment; filename="roadmap-${agenda.a}-${agenda.b}.pdf"`);
      return reply.send(pdf);
    },
  );
}
