import { z } from "zod";
import { ZHsEntry, ZHsQuery, ZJurisdiction, ZJurisdictionQuery, ZSector } from "../../../../contracts/reference";
import type { AppContext } from "../../../platform/context";
import { notFound } from "../../../platform/errors";
import type { ZodApp } from "../../../platform/http";

export function registerReferenceRoutes(app: ZodApp, ctx: AppContext) {
  const { hs, jurisdictions, sectors } = ctx.reference;
  const tags = ["reference"];

  app.get(
    "/api/v1/hs",
    {
      schema: {
        tags,
        summary: "HS 2022 codes matching a code prefix or words",
        querystring: ZHsQuery,
        response: { 200: z.object({ items: z.array(ZHsEntry) }) },
      },
    },
    async (request) => ({ items: hs.search(request.query.q, request.query.limit, request.query.level) }),
  );

  app.get(
    "/api/v1/hs/:code",
    { schema: { tags, summary: "One HS 2022 code", params: z.object({ code: z.string().regex(/^\d{2,6}$/) }), response: { 200: ZHsEntry } } },
    async (request) => {
      const entry = hs.get(request.params.code);
      if (!entry) throw notFound(`HS code ${request.params.code}`);
      return entry;
    },
  );

  app.get(
    "/api/v1/jurisdictions",
    {
      schema: {
        tags,
        summary: "Countries (ISO 3166-1) and regions (ISO 3166-2) with names in en, ru, tg, ky",
        querystring: ZJurisdictionQuery,
        response: { 200: z.object({ items: z.array(ZJurisdiction) }) },
      },
    },
    async (request) => ({ items: jurisdictions.search(request.query) }),
  );

  app.get("/api/v1/sectors", { schema: { tags, summary: "Industry sectors", response: { 200: z.object({ items: z.array(ZSector) }) } } }, async () => ({
    items: sectors.all,
  }));
}
