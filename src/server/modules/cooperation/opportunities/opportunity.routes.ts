import { ZChainCoverage, ZOpportunities, ZOpportunitiesQuery } from "../../../../contracts/cooperation";
import type { AppContext } from "../../../platform/context";
import type { ZodApp } from "../../../platform/http";
import { pairCoverage, pairOpportunities } from "./opportunity.service";

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
}
