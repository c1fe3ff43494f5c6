import type { AppContext } from "../../platform/context";
import type { ZodApp } from "../../platform/http";
import { registerTradeRoutes } from "./trade.routes";

export { listDatasets } from "./catalog.repository";
export { seedDemoTrade } from "./demo/seed-demo-trade";
export { knownJurisdictions } from "./imports/import.service";
export { importTradeFiles } from "./imports/import-trade";
export { type PairProducts, pairProducts, pairTurnover, type SideProducts } from "./queries/pair-products.service";
export { potentialView } from "./queries/potential.service";

export function registerTrade(app: ZodApp, ctx: AppContext) {
  registerTradeRoutes(app, ctx);
}
