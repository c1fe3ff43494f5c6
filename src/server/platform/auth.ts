import { betterAuth } from "better-auth";
import { drizzleAdapter } from "better-auth/adapters/drizzle";
import type { FastifyRequest } from "fastify";
import { type TLanguage, ZLanguage } from "../../contracts/common";
import { account, session, user, verification } from "./auth.schema";
import type { AppConfig } from "./config";
import type { Db } from "./db";
import { unauthenticated } from "./errors";
import type { Mailer } from "./mail";

export type SessionUser = {
  id: string;
  name: string;
  email: string;
  /** Whether the person proved they read this mailbox; invitations to it need that. */
  emailVerified: boolean;
  platformRole: "user" | "admin";
  preferredLanguage?: TLanguage | null;
};

export function createAuth(db: Db, config: AppConfig, mailer: Mailer) {
  return betterAuth({
    appName: "Hamkori",
    baseURL: config.publicUrl,
    basePath: "/api/auth",
    secret: config.secret,
    database: drizzleAdapter(db, { provider: "pg", schema: { user, session, account, verification } }),
    emailAndPassword: {
      enabled: true,
      minPasswordLength: 8,
      revokeSessionsOnPasswordReset: true,
      sendResetPassword: async ({ user: recipient, token }) => {
        // The link opens our own page, which posts the token back to better-auth.
        const link = `${config.publicUrl}/reset-password?token=${encodeURIComponent(token)}`;
        await mailer.send({
          to: recipient.email,
          subject: "Reset your Hamkori password",
          secret: true,
          text: `Hello ${recipient.name},\n\nSomeone asked to reset the password of your Hamkori account. If it was you, open this link within an hour:\n\n${link}\n\nIf it was not you, ignore this message; your password stays as it is.`,
        });
      },
    },
    emailVerification: {
      sendOnSignUp: true,
      autoSignInAfterVerification: true,
      expiresIn: 24 * 3600,
      sendVerificationEmail: async ({ user: recipient, token }) => {
        const link = `${config.publicUrl}/api/auth/verify-email?token=${encodeURIComponent(token)}&callbackURL=${encodeURIComponent("/account?verified=1")}`;
        await mailer.send({
          to: recipient.email,
          subject: "Confirm your e-mail address for Hamkori",
          secret: true,
          text: `Hello ${recipient.name},\n\nPlease confirm that this is your e-mail address by opening this link within 24 hours:\n\n${link}\n\nInvitations from your colleagues' organisations reach you once it is confirmed. If you did not create a Hamkori account, ignore this message.`,
        });
      },
    },
    user: {
      additionalFields: {
        platformRole: { type: "string", defaultValue: "user", input: false },
        preferredLanguage: { type: "string", required: false, input: true },
        isDemo: { type: "boolean", defaultValue: false, input: false },
      },
    },
    session: { cookieCache: { enabled: false } },
    // Sign-in throttling is done by @fastify/rate-limit in front of these routes (see mountAuth).
    rateLimit: { enabled: false },
    advanced: {
      cookiePrefix: "hamkori",
      useSecureCookies: config.publicUrl.startsWith("https://"),
      database: { generateId: () => crypto.randomUUID() },
    },
    trustedOrigins: [config.publicUrl],
    telemetry: { enabled: false },
  });
}

export type Auth = ReturnType<typeof createAuth>;

export function toHeaders(request: FastifyRequest): Headers {
  const headers = new Headers();
  for (const [key, value] of Object.entries(request.headers)) {
    if (value === undefined) continue;
    headers.set(key, Array.isArray(value) ? value.join(", ") : String(value));
  }
  return headers;
}

export async function readSessionUser(auth: Auth, request: FastifyRequest, demoMode: boolean): Promise<SessionUser | null> {
  const result = await auth.api.getSession({ headers: toHeaders(request) });
  if (!result) return null;
  const u = result.user as typeof result.user & { platformRole?: string; preferredLanguage?: string | null; isDemo?: boolean };
  // A demo account's session outlives demo mode in the database, but not in effect.
  if (u.isDemo && !demoMode) return null;
  const language = ZLanguage.safeParse(u.preferredLanguage);
  return {
    id: u.id,
    name: u.name,
    email: u.email,
    emailVerified: u.emailVerified,
    platformRole: u.platformRole === "admin" ? "admin" : "user",
    preferredLanguage: language.success ? language.data : null,
  };
}

export async function requireSessionUser(auth: Auth, request: FastifyRequest, demoMode: boolean): Promise<SessionUser> {
  const current = await readSessionUser(auth, request, demoMode);
  if (!current) throw unauthenticated();
  return current;
}
