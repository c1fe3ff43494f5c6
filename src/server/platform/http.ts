import type { IncomingMessage, Server, ServerResponse } from "node:http";
import type { FastifyBaseLogger, FastifyInstance, FastifyRequest } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { z } from "zod";
import { invalid } from "./errors";

/** The Fastify instance as modules see it: routes typed from their zod contracts. */
export type ZodApp = FastifyInstance<Server, IncomingMessage, ServerResponse, FastifyBaseLogger, ZodTypeProvider>;

/** Reads the single uploaded file of a multipart request, whatever its field name. */
export async function readUploadedFile(request: FastifyRequest, field: string): Promise<Buffer> {
  return (await readNamedUpload(request, field)).bytes;
}

/** The one file of a multipart request with the name it was sent under; `maxBytes` raises the app's default limit. */
export async function readNamedUpload(request: FastifyRequest, field: string, maxBytes?: number): Promise<{ bytes: Buffer; filename: string }> {
  if (!request.isMultipart()) {
    throw invalid(field, "Send the file as multipart/form-data");
  }
  const part = await request.file(maxBytes ? { limits: { fileSize: maxBytes } } : undefined);
  if (!part) throw invalid(field, "No file was sent");
  return { bytes: await part.toBuffer(), filename: part.filename };
}

export const noContent = { 204: z.null().describe("Done") };
