import { z } from "zod";
import { ZId } from "../../contracts/common";
import type { AppContext } from "./context";
import { notFound } from "./errors";
import type { ZodApp } from "./http";

/** Serves uploads with headers that stop a browser from ever treating them as a page or script. */
export function registerFileRoutes(app: ZodApp, ctx: AppContext) {
  app.get("/api/v1/files/:id", { schema: { tags: ["files"], summary: "An uploaded image", params: z.object({ id: ZId }) } }, async (request, reply) => {
    const file = await ctx.files.read(request.params.id);
    // Private files (a deal's documents) are served only by their owner's routes, with its checks.
    if (!file || file.meta.private) throw notFound("File");
    reply
      .header("content-type", file.meta.mediaType)
      .header("x-content-type-options", "nosniff")
      .header("content-security-policy", "default-src 'none'; sandbox")
      .header("content-disposition", "inline")
      // Short-lived: a removed photo must stop showing soon.
      .header("cache-control", "public, max-age=3600")
      .header("etag", `"${file.meta.sha256}"`);
    return reply.send(file.bytes);
  });
}
