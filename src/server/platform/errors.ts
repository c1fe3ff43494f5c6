import type { FastifyError, FastifyInstance } from "fastify";
import { hasZodFastifySchemaValidationErrors, isResponseSerializationError } from "fastify-type-provider-zod";
import { ZodError } from "zod";
import { type TProblem, ZProblem } from "../../contracts/common";

export type FieldError = { field: string; message: string };

/** A rule was broken; `code` is stable and documented, `status` is the HTTP status to answer. */
export class AppError extends Error {
  constructor(
    readonly code: string,
    readonly status: number,
    message: string,
    readonly errors?: FieldError[],
  ) {
    super(message);
  }
}

export const notFound = (what: string) => new AppError("not_found", 404, `${what} was not found`);
export const forbidden = (message = "You are not allowed to do this") => new AppError("forbidden", 403, message);
export const unauthenticated = () => new AppError("unauthenticated", 401, "Sign in to do this");
/** Input refused, naming each field: the one shape every 4xx about fields takes. */
export const validationFailed = (errors: FieldError[], code = "validation_failed", status = 400) =>
  new AppError(code, status, errors.map((e) => `${e.field}: ${e.message}`).join("; "), errors);
export const invalid = (field: string, message: string, code?: string, status?: number) => validationFailed([{ field, message }], code, status);

const TITLES: Record<number, string> = {
  400: "Bad request",
  401: "Unauthorized",
  403: "Forbidden",
  404: "Not found",
  409: "Conflict",
  413: "Payload too large",
  415: "Unsupported media type",
  422: "Unprocessable content",
  429: "Too many requests",
  500: "Internal server error",
};

export function problem(status: number, code: string, detail?: string, errors?: FieldError[]): TProblem {
  return { type: `https://hamkori.org/problems/${code}`, title: TITLES[status] ?? "Error", status, code, detail, errors };
}

// PostgreSQL errors that mean "the input could not be stored as given", not a server fault.
const INPUT_SQLSTATES = new Set(["22001", "22003", "22021", "22P02", "22P05", "54000"]);

export function sqlStateOf(error: unknown): string | undefined {
  for (let e = error as { code?: unknown; cause?: unknown } | undefined, depth = 0; e && depth < 4; e = e.cause as typeof e, depth++) {
    if (typeof e.code === "string" && /^[0-9A-Z]{5}$/.test(e.code)) return e.code;
  }
  return undefined;
}

/** The unique index a write ran into, if that is why it failed ("" when the driver names none). */
export function violatedUniqueIndex(error: unknown): string | undefined {
  if (sqlStateOf(error) !== "23505") return undefined;
  for (let e = error as { constraint?: unknown; message?: unknown; cause?: unknown } | undefined, depth = 0; e && depth < 4; e = e.cause as typeof e, depth++) {
    if (typeof e.constraint === "string") return e.constraint;
    const named = typeof e.message === "string" ? e.message.match(/unique constraint "([^"]+)"/) : null;
    if (named) return named[1];
  }
  return "";
}

/** A unique index refused the row; with `index`, only that one. */
export const isUniqueViolation = (error: unknown, index?: string): boolean => {
  const violated = violatedUniqueIndex(error);
  return violated !== undefined && (!index || violated === index);
};

const problemOf = (error: AppError) => problem(error.status, error.code, error.message, error.errors);

function fieldErrorsOf(error: ZodError): FieldError[] {
  return error.issues.map((issue) => ({ field: issue.path.join(".") || "body", message: issue.message }));
}

/** One error handler for the whole API: every failure becomes RFC 9457 problem details. */
export function registerErrorHandler(app: FastifyInstance): void {
  app.setErrorHandler((error: FastifyError, request, reply) => {
    let body: TProblem;
    if (error instanceof AppError) {
      body = problemOf(error);
    } else if (hasZodFastifySchemaValidationErrors(error)) {
      // Fields are named as the client wrote them ("city", "cursor"), whichever part of the request held them.
      const errors = error.validation.map((v) => ({
        field: String(v.instancePath).split("/").filter(Boolean).join(".") || error.validationContext || "request",
        message: v.message ?? "is invalid",
      }));
      body = problemOf(validationFailed(errors));
    } else if (error instanceof ZodError) {
      body = problemOf(validationFailed(fieldErrorsOf(error)));
    } else if (isResponseSerializationError(error)) {
      request.log.error({ err: error }, "response did not match its schema");
      body = problem(500, "internal_error", "The server produced an invalid response");
    } else if (INPUT_SQLSTATES.has(sqlStateOf(error) ?? "")) {
      request.log.warn({ err: error }, "input refused by the database");
      body = problem(400, "invalid_input", "Some of the input cannot be stored (unsupported characters or too long)");
    } else if (error.statusCode === 429) {
      body = problem(429, "rate_limited", "Too many attempts; wait a minute and try again");
    } else if (error.statusCode && error.statusCode >= 400 && error.statusCode < 500) {
      const code = error.code === "FST_REQ_FILE_TOO_LARGE" ? "file_too_large" : "bad_request";
      body = problem(error.statusCode, code, error.message);
    } else {
      request.log.error({ err: error }, "unhandled error");
      body = problem(500, "internal_error", "Something went wrong on the server");
    }
    reply.status(body.status).type("application/problem+json").send(body);
  });

  app.setNotFoundHandler((request, reply) => {
    reply
      .status(404)
      .type("application/problem+json")
      .send(problem(404, "not_found", `No route for ${request.method} ${request.url.split("?")[0]}`));
  });
}

const PROBLEM_STATUSES = [400, 401, 403, 404, 409, 413, 415, 429] as const;

/** Every documented route also lists the problem+json answers it can give, in the OpenAPI document. */
export function describeProblems(app: FastifyInstance): void {
  app.addHook("onRoute", (route) => {
    const schema = route.schema as { hide?: boolean; response?: Record<string, unknown> } | undefined;
    if (!schema || schema.hide || !schema.response) return;
    const problems = Object.fromEntries(PROBLEM_STATUSES.map((status) => [status, ZProblem.describe("Problem details (RFC 9457)")]));
    schema.response = { ...problems, ...schema.response };
  });
}
