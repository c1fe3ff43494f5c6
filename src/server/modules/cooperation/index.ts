import type { AppContext } from "../../platform/context";
import type { ZodApp } from "../../platform/http";
import { registerDealRoutes } from "./deals/deal.routes";
import { registerOpportunityRoutes } from "./opportunities/opportunity.routes";
import { registerValueChainRoutes } from "./value-chains/value-chain.routes";

export function registerCooperation(app: ZodApp, ctx: AppContext) {
  registerValueChainRoutes(app);
  registerOpportunityRoutes(app, ctx);
  registerDealRoutes(app, ctx);
}

export * as deals from "./deals/deal.service";
