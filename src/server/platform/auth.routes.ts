import type { FastifyInstance, FastifyRequest } from "fastify";
import { zText } from "../../contracts/common";
import { toHeaders } from "./auth";
import type { AppContext } from "./context";
import { problem } from "./errors";
import { findUserByEmail } from "./users.repository";

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

/** Demo accounts have a published password: outside demo mode they may not sign in. */
async function demoAccountProblem(ctx: AppContext, request: FastifyRequest, path: string) {
  if (ctx.config.demo || path !== "/api/auth/sign-in/email") return undefined;
  const email = (request.body as { email?: unknown } | undefined)?.email;
  if (typeof email !== "string") return undefined;
  const account = await findUserByEmail(ctx.database.db, email.trim().toLowerCase());
  return account?.isDemo ? problem(403, "demo_account_disabled", "Demo accounts work only while the demo is switched on") : undefined;
}

/** Serves better-auth's endpoints under /api/auth as RFC 9457 problems on failure. */
export function mountAuth(app: FastifyInstance, ctx: AppContext): void {
  const { auth, config } = ctx;
  app.route({
    method: ["GET", "POST"],
    url: "/api/auth/*",
    schema: { hide: true },
    config: {
      rateLimit: { max: config.signInLimitPerMinute, timeWindow: "1 minute", allowList: (request: FastifyRequest) => !THROTTLED.has(normalisedPath(request)) },
    },
    async handler(request, reply) {
      const path = normalisedPath(request);
      const refused = nameProblem(request, path) ?? (await demoAccountProblem(ctx, request, path));
      if (refused) return reply.status(refused.status).type("application/problem+json").send(refused);
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
