import { z } from "zod";
import { ZChainCoverage, ZOpportunities, ZOpportunitiesQuery, ZSavedOpportunities, ZSavedOpportunityInput } from "../../../../contracts/cooperation";
import type { AppContext } from "../../../platform/context";
import { notFound } from "../../../platform/errors";
import type { ZodApp } from "../../../platform/http";
import { pairCoverage, pairOpportunities } from "./opportunity.service";
import { opportunityBrief } from "./opportunity-brief";
import { forgetOpportunity, listSavedOpportunities, saveOpportunity } from "./saved-opportunities";

export function registerOpportunityRoutes(app: ZodApp, ctx: AppContext) {
  app.get(
    "/api/v1/opportunities",
    {
      schema: {
        tags: ["cooperation"],
        summary: "Where a joint enterprise between two jurisdictions makes sense along the value chains, and why",
        querystring: ZOpportunitiesQuery,
        response: { 200: ZOpportunities },
      },
    },
    (request) => pairOpportunities(ctx, request.query),
  );

  app.get(
    "/api/v1/value-chains/coverage",
    {
      schema: {
        tags: ["cooperation"],
        summary: "Who has each stage of each value chain: both jurisdictions' trade, companies, offers and requests",
        querystring: ZOpportunitiesQuery,
        response: { 200: ZChainCoverage },
      },
    },
    (request) => pairCoverage(ctx, request.query),
  );

  app.get(
    "/api/v1/opportunities/brief.pdf",
    {
      schema: {
        tags: ["cooperation"],
        summary: "One opportunity as a one-page PDF brief in the reader's language",
        querystring: ZOpportunitiesQuery.and(z.object({ id: z.string().max(200), lang: z.enum(["en", "ru", "tg", "ky"]).default("en") })),
        produces: ["application/pdf"],
      },
    },
    async (request, reply) => {
      const { id, lang, ...pair } = request.query;
      const found = await pairOpportunities(ctx, pair);
      const opportunity = found.items.find((o) => o.id === id);
      if (!opportunity) throw notFound("Opportunity");
      const pdf = await opportunityBrief(ctx, found, opportunity, lang);
      reply.header("content-type", "application/pdf").header("content-disposition", `attachment; filename="opportunity-${pair.a}-${pair.b}.pdf"`);
      return reply.send(pdf);
    },
  );

  const saved = { tags: ["cooperation"], response: { 200: ZSavedOpportunities } };
  app.get("/api/v1/opportunities/saved", { schema: { ...saved, summary: "The opportunities you saved" } }, async (request) =>
    listSavedOpportunities(ctx.database.db, await ctx.requireUser(request)),
  );
  app.post(
    "/api/v1/opportunities/saved",
    { schema: { ...saved, summary: "Save an opportunity to come back to", body: ZSavedOpportunityInput } },
    async (request) => saveOpportunity(ctx.database.db, await ctx.requireUser(request), request.body),
  );
  app.delete(
    "/api/v1/opportunities/saved",
    { schema: { ...saved, summary: "Forget a saved opportunity", querystring: ZSavedOpportunityInput } },
    async (request) => forgetOpportunity(ctx.database.db, await ctx.requireUser(request), request.query),
  );
}
