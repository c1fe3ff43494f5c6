import helmet from "@fastify/helmet";
import multipart from "@fastify/multipart";
import rateLimit from "@fastify/rate-limit";
import swagger from "@fastify/swagger";
import swaggerUi from "@fastify/swagger-ui";
import Fastify from "fastify";
import { jsonSchemaTransform, serializerCompiler, validatorCompiler, type ZodTypeProvider } from "fastify-type-provider-zod";
import { ZHealth } from "../contracts/reference";
import { registerCooperation } from "./modules/cooperation";
import { directoryPreviews, loadReferenceData, registerDirectory } from "./modules/directory";
import { exhibitionPreviews, registerExhibitions } from "./modules/exhibitions";
import { registerMatchmaking } from "./modules/matchmaking";
import { registerTrade } from "./modules/trade";
import { createAuth, readSessionUser, requireSessionUser } from "./platform/auth";
import { mountAuth } from "./platform/auth.routes";
import type { AppConfig } from "./platform/config";
import type { AppContext } from "./platform/context";
import { type Database, openDatabase } from "./platform/db";
import { createAnalyticsStore } from "./platform/duckdb";
import { describeProblems, registerErrorHandler } from "./platform/errors";
import { createFileStore, MAX_IMAGE_BYTES } from "./platform/files";
import { registerFileRoutes } from "./platform/files.routes";
import { createJobRunner } from "./platform/jobs";
import { registerJobRoutes } from "./platform/jobs.routes";
import { createMailer } from "./platform/mail";
import { ensureSecret } from "./platform/secret";
import { appVersion } from "./platform/version";
import { registerWebApp } from "./web-app";

export type BuildOptions = { database?: Database; logger?: boolean };

/** Builds the whole application: every module registered on one Fastify instance. */
export async function buildApp(config: AppConfig, options: BuildOptions = {}) {
  const database = options.database ?? (await openDatabase({ url: config.databaseUrl, dataDir: config.dataDir }));
  const secret = ensureSecret(config.secret, config.dataDir);
  const mailer = createMailer(database.db, config.smtpUrl, config.mailFrom);
  const resolved = { ...config, secret };
  const auth = createAuth(database.db, resolved, mailer);
  const files = createFileStore(database.db, config.dataDir);
  const ctx: AppContext = {
    config: resolved,
    database,
    reference: loadReferenceData(),
    mailer,
    auth,
    files,
    version: appVersion,
    requireUser: (request) => requireSessionUser(auth, request, resolved.demo),
    currentUser: (request) => readSessionUser(auth, request, resolved.demo),
    jobs: createJobRunner(database.db, config.dataDir),
    analytics: createAnalyticsStore(config.dataDir),
  };

  const app = Fastify({
    logger: options.logger === false ? false : { level: config.logLevel },
    // Only behind a known proxy may X-Forwarded-For name the client (rate limits key on it).
    trustProxy: config.trustProxy,
    bodyLimit: 1024 * 1024,
  }).withTypeProvider<ZodTypeProvider>();
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  registerErrorHandler(app);
  describeProblems(app);

  await app.register(helmet, {
    contentSecurityPolicy: {
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        // Mantine writes component styles at run time.
        styleSrc: ["'self'", "'unsafe-inline'"],
        imgSrc: ["'self'", "data:", "blob:"],
        connectSrc: ["'self'"],
        // The installable app's service worker and manifest, and the door camera's preview.
        workerSrc: ["'self'"],
        manifestSrc: ["'self'"],
        mediaSrc: ["'self'", "blob:"],
        frameAncestors: ["'none'"],
        upgradeInsecureRequests: null,
      },
    },
    crossOriginEmbedderPolicy: false,
  });
  await app.register(rateLimit, { global: false });
  await app.register(multipart, { limits: { fileSize: MAX_IMAGE_BYTES, files: 1, fields: 5 }, throwFileSizeLimit: true });
  await app.register(swagger, {
    openapi: {
      info: {
        title: "Hamkori API",
        version: appVersion,
        description: "Cross-border industrial cooperation. Errors are application/problem+json with a stable `code`.",
      },
      servers: [{ url: resolved.publicUrl }],
      components: { securitySchemes: { session: { type: "apiKey", in: "cookie", name: "hamkori.session_token" } } },
    },
    transform: jsonSchemaTransform,
  });
  await app.register(swaggerUi, { routePrefix: "/api/docs", staticCSP: true });
  app.get("/api/openapi.json", { schema: { hide: true } }, async () => app.swagger());

  app.get("/api/health", { schema: { tags: ["platform"], summary: "Liveness and database kind", response: { 200: ZHealth } } }, async () => ({
    status: "ok" as const,
    database: database.kind,
    version: appVersion,
    demo: resolved.demo,
  }));

  mountAuth(app, ctx);
  registerFileRoutes(app, ctx);
  registerJobRoutes(app, ctx);
  registerDirectory(app, ctx);
  registerExhibitions(app, ctx);
  registerMatchmaking(app, ctx);
  registerTrade(app, ctx);
  registerCooperation(app, ctx);
  await registerWebApp(app, ctx, [directoryPreviews(ctx), exhibitionPreviews(ctx)]);

  app.addHook("onClose", async () => {
    await ctx.jobs.idle();
    ctx.analytics.close();
    if (!options.database) await database.close();
  });
  return { app, ctx };
}
