import { z } from "zod";
import { ZId, ZPageQuery } from "../../../../contracts/common";
import {
  ZImportQuery,
  ZImportReport,
  ZOrganizerRegistrationInput,
  ZRegistration,
  ZRegistrationInput,
  ZRegistrationPage,
  ZRegistrationPatch,
  ZRegistrationQuery,
} from "../../../../contracts/exhibitions";
import type { AppContext } from "../../../platform/context";
import { invalid } from "../../../platform/errors";
import { readUploadedFile, type ZodApp } from "../../../platform/http";
import { registerBadgeRoutes } from "./badge.routes";
import { importVisitors } from "./import.service";
import { MAX_IMPORT_ROWS } from "./import-parser";
import * as service from "./registration.service";
import { registerStaffRoutes } from "./staff.routes";

const ZParams = z.object({ id: ZId });
// Anyone may register and each registration sends an e-mail: enough for a venue's shared Wi-Fi, too little for a spammer.
const SELF_REGISTRATIONS_PER_MINUTE = 60;

export function registerRegistrationRoutes(app: ZodApp, ctx: AppContext) {
  const tags = ["registrations"];

  app.post(
    "/api/v1/forums/:id/registrations",
    {
      config: { rateLimit: { max: SELF_REGISTRATIONS_PER_MINUTE, timeWindow: "1 minute" } },
      schema: {
        tags,
        summary: "Register for a forum (signed in or not); the badge is e-mailed and linked in the answer",
        params: ZParams,
        body: ZRegistrationInput,
        response: { 201: ZRegistration },
      },
    },
    async (request, reply) => {
      const registration = await service.registerSelf(ctx, await ctx.currentUser(request), request.params.id, request.body, request.log);
      reply.status(201);
      return registration;
    },
  );

  app.post(
    "/api/v1/forums/:id/registrations/organiser",
    {
      schema: {
        tags,
        summary: "Register someone in any category (organisers)",
        params: ZParams,
        body: ZOrganizerRegistrationInput,
        response: { 201: ZRegistration },
      },
    },
    async (request, reply) => {
      const registration = await service.registerByOrganiser(ctx, await ctx.requireUser(request), request.params.id, request.body, request.log);
      reply.status(201);
      return registration;
    },
  );

  app.get(
    "/api/v1/forums/:id/registrations",
    {
      schema: {
        tags,
        summary: "The forum's registrations, newest first; q searches name, e-mail, organisation and badge code (organisers)",
        params: ZParams,
        querystring: ZRegistrationQuery,
        response: { 200: ZRegistrationPage },
      },
    },
    async (request) => service.listRegistrations(ctx, await ctx.requireUser(request), request.params.id, request.query),
  );

  app.patch(
    "/api/v1/registrations/:id",
    {
      schema: {
        tags,
        summary: "Change the category, or cancel and restore a registration (organisers)",
        params: ZParams,
        body: ZRegistrationPatch,
        response: { 200: ZRegistration },
      },
    },
    async (request) => service.updateRegistration(ctx, await ctx.requireUser(request), request.params.id, request.body),
  );

  app.get(
    "/api/v1/me/registrations",
    {
      schema: {
        tags,
        summary: "Your registrations (made by you or for your confirmed e-mail), newest forum first",
        querystring: ZPageQuery,
        response: { 200: ZRegistrationPage },
      },
    },
    async (request) => service.listMyRegistrations(ctx, await ctx.requireUser(request), request.query),
  );

  app.post(
    "/api/v1/forums/:id/registrations/import",
    {
      schema: {
        tags,
        summary:
          `Import visitors from a CSV (UTF-8, comma or semicolon) or XLSX file, multipart field \`file\`, at most ${MAX_IMPORT_ROWS} rows (organisers). ` +
          "Without commit (or commit=false) the file is only checked: 200 with every problem by line. With commit=true the whole file is saved " +
          "in one transaction (201) — or, if any line has a problem, nothing is saved and the answer is 409 import_has_problems whose errors " +
          'list every problem as field "line N: column". Badges are then e-mailed in the background job mailJobId.',
        params: ZParams,
        querystring: ZImportQuery,
        consumes: ["multipart/form-data"],
        response: { 200: ZImportReport, 201: ZImportReport },
      },
    },
    async (request, reply) => {
      const actor = await ctx.requireUser(request);
      const bytes = await readUploadedFile(request, "file").catch((error: { code?: string }) => {
        if (error.code === "FST_REQ_FILE_TOO_LARGE") throw invalid("file", "The file may be at most 5 MB", "file_too_large", 413);
        throw error;
      });
      const report = await importVisitors(ctx, actor, request.params.id, bytes, request.query.commit);
      reply.status(request.query.commit ? 201 : 200);
      return report;
    },
  );

  registerBadgeRoutes(app, ctx);
  registerStaffRoutes(app, ctx);
}
