import fs from "node:fs";
import path from "node:path";
import { pipeline } from "node:stream/promises";
import type { FastifyRequest } from "fastify";
import type { TJob } from "../../../../contracts/jobs";
import { type TTradeImportOptions, ZTradeImportOptions } from "../../../../contracts/trade";
import type { SessionUser } from "../../../platform/auth";
import type { AppContext } from "../../../platform/context";
import { forbidden, invalid, validationFailed } from "../../../platform/errors";
import { newId } from "../../../platform/ids";
import { type ImportFile, importTradeFiles } from "./import-trade";
import { SourceFileError } from "./source-files";

/** Trade files are large: a year of BACI is about 400 MB. */
const MAX_TRADE_FILE_BYTES = 4 * 1024 ** 3;
const MAX_FILES = 12;

/** The codes a trade file may use: every ISO country and the regions Hamkori knows. */
export const knownJurisdictions = (ctx: AppContext) => new Set(ctx.reference.jurisdictions.codes());

/**
 * Takes an upload from a platform administrator: fields first, then the files, streamed to disk
 * (never held in memory), then imports them as a background job whose result is the report.
 */
export async function startUploadedImport(ctx: AppContext, actor: SessionUser, request: FastifyRequest): Promise<TJob> {
  if (actor.platformRole !== "admin") throw forbidden("Only platform administrators can import trade statistics");
  if (!request.isMultipart()) throw invalid("file", "Send the files as multipart/form-data");
  const directory = path.join(ctx.config.dataDir, "tmp", "trade-uploads", newId());
  await fs.promises.mkdir(directory, { recursive: true });
  try {
    const fields: Record<string, unknown> = {};
    const files: ImportFile[] = [];
    for await (const part of request.parts({ limits: { fileSize: MAX_TRADE_FILE_BYTES, files: MAX_FILES, fields: 10 } })) {
      if (part.type === "field") fields[part.fieldname] = part.value;
      else {
        const label = path.basename(part.filename || `file-${files.length + 1}.csv`);
        const target = path.join(directory, `${files.length}-${label.replace(/[^\w.-]/g, "_")}`);
        await pipeline(part.file, fs.createWriteStream(target));
        if (part.file.truncated) throw invalid("file", `${label} is larger than ${MAX_TRADE_FILE_BYTES / 1024 ** 3} GB`);
        files.push({ path: target, label });
      }
    }
    if (files.length === 0) throw invalid("file", "Choose at least one file to import");
    const options = parseOptions(fields);
    return await startImportJob(ctx, actor, files, options, () => fs.promises.rm(directory, { recursive: true, force: true }));
  } catch (error) {
    await fs.promises.rm(directory, { recursive: true, force: true });
    throw error;
  }
}

function parseOptions(fields: Record<string, unknown>): TTradeImportOptions {
  const parsed = ZTradeImportOptions.safeParse({
    ...fields,
    synthetic: fields.synthetic === "true",
    maxRejectedShare: fields.maxRejectedShare === undefined || fields.maxRejectedShare === "" ? undefined : Number(fields.maxRejectedShare),
    hsRevision: fields.hsRevision || undefined,
    licence: fields.licence ?? undefined,
  });
  if (!parsed.success) throw validationFailed(parsed.error.issues.map((issue) => ({ field: issue.path.join(".") || "options", message: issue.message })));
  return parsed.data;
}

export function startImportJob(ctx: AppContext, actor: SessionUser, files: ImportFile[], options: TTradeImportOptions, cleanUp: () => Promise<void>) {
  return ctx.jobs.start("trade-import", actor.id, 0, async (progress) => {
    try {
      const report = await importTradeFiles(
        ctx.analytics,
        { files, options, jurisdictions: knownJurisdictions(ctx) },
        (state, done, total) => progress.report(done, total, JSON.stringify(state)),
        progress.signal,
      ).catch((error: unknown) => {
        // A file that is wrong as a whole (no header, missing column) is a refusal, not a crash.
        if (error instanceof SourceFileError)
          return {
            status: "refused" as const,
            dataset: options.name,
            version: options.version,
            rowsRead: 0,
            rowsImported: 0,
            rowsRejected: 0,
            rejected: [],
            reason: error.message,
            seconds: 0,
          };
        throw error;
      });
      return { bytes: Buffer.from(JSON.stringify(report)), name: `import-${options.name}-${options.version}.json`, mediaType: "application/json" };
    } finally {
      await cleanUp();
    }
  });
}
