import path from "node:path";
import { z } from "zod";

const ZEnvironment = z.object({
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  HOST: z.string().default("0.0.0.0"),
  HAMKORI_DATA_DIR: z.string().default("var"),
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, "DATABASE_URL must start with postgres:// or postgresql://")
    .optional(),
  SMTP_URL: z
    .string()
    .regex(/^smtps?:\/\//, "SMTP_URL must start with smtp:// or smtps://")
    .optional(),
  MAIL_FROM: z.string().default("Hamkori <no-reply@hamkori.local>"),
  PUBLIC_URL: z.string().url("PUBLIC_URL must be a full URL such as https://expo.example.org").optional(),
  HAMKORI_SECRET: z.string().min(32, "HAMKORI_SECRET must be at least 32 characters").optional(),
  HAMKORI_DEMO: z.enum(["0", "1", "true", "false"]).optional(),
  HAMKORI_SIGN_IN_LIMIT: z.coerce.number().int().min(1).default(10),
  TRUST_PROXY: z
    .string()
    .regex(/^(true|false|[0-9a-fA-F.:/,\s]+)$/, "TRUST_PROXY must be true, false or a list of proxy addresses such as 10.0.0.1,192.168.0.0/16")
    .default("false"),
  LOG_LEVEL: z.enum(["fatal", "error", "warn", "info", "debug", "trace", "silent"]).default("info"),
});

export type AppConfig = {
  port: number;
  host: string;
  dataDir: string;
  databaseUrl: string | undefined;
  smtpUrl: string | undefined;
  mailFrom: string;
  publicUrl: string;
  secret: string;
  demo: boolean;
  signInLimitPerMinute: number;
  logLevel: string;
  webRoot: string;
  trustProxy: boolean | string;
};

function parseTrustProxy(value: string): boolean | string {
  return value === "true" || value === "false" ? value === "true" : value;
}

const PROJECT_ROOT = path.resolve(import.meta.dirname, "../../..");

/** Reads configuration from environment variables; throws naming the variable that is wrong. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env, overrides: Partial<AppConfig> = {}): AppConfig {
  // An empty variable (DATABASE_URL=) means "not set", as in most tools.
  const parsed = ZEnvironment.safeParse(Object.fromEntries(Object.entries(env).filter(([, value]) => value !== "")));
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new Error(`Configuration error in ${String(issue.path[0])}: ${issue.message}`);
  }
  const e = parsed.data;
  const port = overrides.port ?? e.PORT;
  const demoDefault = !e.DATABASE_URL; // the embedded database is for trying Hamkori out
  const demo = e.HAMKORI_DEMO === undefined ? demoDefault : e.HAMKORI_DEMO === "1" || e.HAMKORI_DEMO === "true";
  return {
    port,
    host: e.HOST,
    dataDir: path.resolve(e.HAMKORI_DATA_DIR),
    databaseUrl: e.DATABASE_URL,
    smtpUrl: e.SMTP_URL,
    mailFrom: e.MAIL_FROM,
    publicUrl: (e.PUBLIC_URL ?? `http://localhost:${port}`).replace(/\/$/, ""),
    // Without a configured secret the embedded setup still needs a stable one; it is kept in the
    // data directory (see ensureSecret) and this placeholder is replaced at start.
    secret: e.HAMKORI_SECRET ?? "",
    demo,
    signInLimitPerMinute: e.HAMKORI_SIGN_IN_LIMIT,
    logLevel: e.LOG_LEVEL,
    trustProxy: parseTrustProxy(e.TRUST_PROXY),
    webRoot: path.join(PROJECT_ROOT, "dist", "web"),
    ...overrides,
  };
}

export const projectRoot = PROJECT_ROOT;
