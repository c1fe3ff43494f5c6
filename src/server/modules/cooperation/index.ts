import type { AppContext } from "../../platform/context";
import type { ZodApp } from "../../platform/http";
import { registerAgendaRoutes } from "./agendas/agenda.routes";
import { registerDealRoutes } from "./deals/deal.routes";
import { registerOpportunityRoutes } from "./opportunities/opportunity.routes";
import { registerValueChainRoutes } from "./value-chains/value-chain.routes";

export function registerCooperation(app: ZodApp, ctx: AppContext) {
  registerValueChainRoutes(app, ctx);
  registerOpportunityRoutes(app, ctx);
  registerDealRoutes(app, ctx);
  registerAgendaRoutes(app, ctx);
}

export * as agendas from "./agendas/agenda.service";
export { sendDueReminders } from "./agendas/commitment-reminders";
export * as deals from "./deals/deal.service";
