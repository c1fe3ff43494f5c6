import fs from "node:fs";
import path from "node:path";
import fastifyStatic from "@fastify/static";
import type { FastifyInstance } from "fastify";
import type { AppContext } from "./platform/context";

/** What a shared link shows in a social-media preview. */
export type PagePreview = { title: string; description: string; image: string | null; type: "website" | "profile" | "product" };
export type PreviewProvider = (pathname: string) => Promise<PagePreview | undefined>;

const NO_CACHE_FILES = new Set(["sw.js", "manifest.webmanifest", "index.html"]);

const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

function metaTags(preview: PagePreview, url: string, publicUrl: string): string {
  const image = preview.image ? new URL(preview.image, publicUrl).href : `${publicUrl}/og-default.png`;
  const description = preview.description.replace(/\s+/g, " ").slice(0, 280);
  const tags: Array<[string, string, string]> = [
    ["property", "og:site_name", "Hamkori"],
    ["property", "og:type", preview.type === "profile" ? "profile" : preview.type === "product" ? "product" : "website"],
    ["property", "og:title", preview.title],
    ["property", "og:description", description],
    ["property", "og:url", url],
    ["property", "og:image", image],
    ["name", "twitter:card", "summary_large_image"],
    ["name", "twitter:title", preview.title],
    ["name", "twitter:description", description],
    ["name", "twitter:image", image],
    ["name", "description", description],
  ];
  return tags.map(([attr, key, value]) => `<meta ${attr}="${key}" content="${escapeHtml(value)}">`).join("\n    ");
}

/**
 * Serves the built single-page app. Every page route gets index.html; public pages get their
 * OpenGraph and Twitter tags written into it on the server, because link previewers run no script.
 */
export async function registerWebApp(app: FastifyInstance, ctx: AppContext, providers: PreviewProvider[]) {
  const root = ctx.config.webRoot;
  const indexPath = path.join(root, "index.html");
  if (!fs.existsSync(indexPath)) {
    app.log.warn(`The web app is not built (${indexPath} is missing); run "npm run build". The API still works.`);
    app.get("/", async (_request, reply) => reply.type("text/plain").send('The Hamkori web app is not built. Run "npm run build" and restart.'));
    return;
  }
  const template = fs.readFileSync(indexPath, "utf8");
  await app.register(fastifyStatic, {
    root,
    prefix: "/",
    index: false,
    wildcard: false,
    maxAge: "1h",
    setHeaders: (reply, filePath) => {
      // Door devices must see a new release on their next visit, not an hour later: the service
      // worker, its manifest and the page it falls back to are always revalidated.
      if (NO_CACHE_FILES.has(path.basename(filePath))) reply.header("cache-control", "no-cache");
    },
  });
  const fallback: PagePreview = {
    title: "Hamkori",
    description: "Cross-border industrial cooperation: exhibitions, companies, products and partners from Tajikistan, Kyrgyzstan, Tatarstan and beyond.",
    image: null,
    type: "website",
  };

  app.get("/*", async (request, reply) => {
    const pathname = request.url.split("?")[0];
    if (pathname.startsWith("/api/")) return reply.callNotFound();
    let preview: PagePreview | undefined;
    for (const provider of providers) {
      preview = await provider(pathname).catch(() => undefined);
      if (preview) break;
    }
    const page = preview ?? fallback;
    const html = template
      // Function replacers: a replacement string would give "$&" or "$`" in user text a meaning.
      .replace(/<title>.*<\/title>/, () => `<title>${escapeHtml(page === fallback ? "Hamkori" : `${page.title} · Hamkori`)}</title>`)
      .replace("<!--preview-meta-->", () => metaTags(page, `${ctx.config.publicUrl}${pathname}`, ctx.config.publicUrl));
    return reply.type("text/html; charset=utf-8").header("cache-control", "no-cache").send(html);
  });
}
