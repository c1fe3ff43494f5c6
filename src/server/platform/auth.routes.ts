import type { FastifyInstance, FastifyRequest } from "fastify";
import { zText } from "../../contracts/common";
import { type Auth, toHeaders } from "./auth";
import type { AppConfig } from "./config";
import { problem } from "./errors";

// Password guessing and reset-mail flooding are what the per-address limit stops.
const THROTTLED = new Set(["/api/auth/sign-in/email", "/api/auth/request-password-reset"]);
// Names are shown publicly (organisation people, invitation mails): same rules as other text.
const NAMED = new Set(["/api/auth/sign-up/email", "/api/auth/update-user"]);
const ZPersonName = zText(100).pipe(zText(100).min(1, "Enter a name"));

/** The path as the URL parser resolves it ("/api/auth/./sign-in/email" is the sign-in path). */
const normalisedPath = (request: FastifyRequest) => new URL(request.url, "http://hamkori.invalid").pathname;

function nameProblem(request: FastifyRequest, path: string) {
  const body = request.body as { name?: unknown } | undefined;
  if (!NAMED.has(path) || body?.name === undefined) return undefined;
  const parsed = ZPersonName.safeParse(body.name);
  if (parsed.success) return undefined;
  const message = parsed.error.issues[0].message;
  return problem(400, "validation_failed", `name: ${message}`, [{ field: "name", message }]);
}

/** Serves better-auth's endpoints under /api/auth as RFC 9457 problems on failure. */
export function mountAuth(app: FastifyInstance, auth: Auth, config: AppConfig): void {
  app.route({
    method: ["GET", "POST"],
    url: "/api/auth/*",
    schema: { hide: true },
    config: {
      rateLimit: { max: config.signInLimitPerMinute, timeWindow: "1 minute", allowList: (request: FastifyRequest) => !THROTTLED.has(normalisedPath(request)) },
    },
    async handler(request, reply) {
      const path = normalisedPath(request);
      const invalidName = nameProblem(request, path);
      if (invalidName) return reply.status(400).type("application/problem+json").send(invalidName);
      const url = new URL(request.url, config.publicUrl);
      const headers = toHeaders(request);
      // Server-to-server calls (and app.inject) send no Origin. A browser sends one with every
      // cookie-carrying write, so filling it in only without cookies keeps the CSRF check whole.
      if (!headers.has("origin") && !headers.has("cookie")) headers.set("origin", config.publicUrl);
      const body = request.method === "GET" || request.body === undefined ? undefined : JSON.stringify(request.body);
      const response = await auth.handler(new Request(url, { method: request.method, headers, body, redirect: "manual" }));
      reply.status(response.status);
      response.headers.forEach((value, key) => {
        if (key !== "set-cookie") reply.header(key, value);
      });
      const cookies = response.headers.getSetCookie();
      if (cookies.length) reply.header("set-cookie", cookies);
      const text = await response.text();
      if (response.status < 400) return reply.send(text);
      const parsed = safeJson(text);
      const code = String(parsed?.code ?? "auth_error").toLowerCase();
      return reply.type("application/problem+json").send(problem(response.status, code, parsed?.message ?? text));
    },
  });
}

function safeJson(text: string): { code?: string; message?: string } | undefined {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}
