import { z } from "zod";
import { ZId } from "../../../../contracts/common";
import {
  type TAgenda,
  ZAgenda,
  ZAgendaInput,
  ZAgendaList,
  ZAgendaPatch,
  ZCommitmentInput,
  ZCommitmentPatch,
  ZHighLevelMeetingInput,
  ZHighLevelMeetingPatch,
  ZTargetInput,
  ZTargetPatch,
} from "../../../../contracts/cooperation";
import type { SessionUser } from "../../../platform/auth";
import type { AppContext } from "../../../platform/context";
import { noContent, type ZodApp } from "../../../platform/http";
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
    "/api/v1/agendas/:id",
    {
      schema: {
        tags,
        summary: "Rename the agenda or change its priority areas (the keepers)",
        params: ZParams,
        body: ZAgendaPatch,
        response: { 200: ZAgenda },
      },
    },
    async (request) => agendas.changeAgenda(ctx, await ctx.requireUser(request), request.params.id, request.body),
  );
  app.delete(
    "/api/v1/agendas/:id",
    { schema: { tags, summary: "Remove the agenda with its meetings, commitments and targets (the keepers)", params: ZParams, response: noContent } },
    async (request, reply) => {
      await agendas.removeAgenda(ctx, await ctx.requireUser(request), request.params.id);
      reply.status(204).send(null);
    },
  );

  // A meeting, commitment or target is changed or removed by the keepers, answering the whole agenda.
  const part = <S extends z.ZodType>(
    path: string,
    what: string,
    patch: { body: S; change: (ctx: AppContext, actor: SessionUser, id: string, input: z.output<S>) => Promise<TAgenda> } | null,
    remove: (ctx: AppContext, actor: SessionUser, id: string) => Promise<TAgenda>,
  ) => {
    if (patch)
      app.patch(
        `/api/v1/${path}/:id`,
        { schema: { tags, summary: `Change a ${what} (the keepers)`, params: ZParams, body: patch.body, response: { 200: ZAgenda } } },
        async (request) => patch.change(ctx, await ctx.requireUser(request), request.params.id, request.body as z.output<S>),
      );
    app.delete(
      `/api/v1/${path}/:id`,
      { schema: { tags, summary: `Remove a ${what} (the keepers)`, params: ZParams, response: { 200: ZAgenda } } },
      async (request) => remove(ctx, await ctx.requireUser(request), request.params.id),
    );
  };
  part("agenda-meetings", "high-level meeting", { body: ZHighLevelMeetingPatch, change: agendas.changeMeeting }, agendas.removeMeeting);
  part("commitments", "commitment: its status, date, owner or wording", { body: ZCommitmentPatch, change: agendas.changeCommitment }, agendas.removeCommitment);
  part("agenda-targets", "target: its year, figure, reported figure or source", { body: ZTargetPatch, change: agendas.changeTarget }, agendas.removeTarget);

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
