import { ZValueChains } from "../../../../contracts/cooperation";
import type { AppContext } from "../../../platform/context";
import type { ZodApp } from "../../../platform/http";

export function registerValueChainRoutes(app: ZodApp, ctx: AppContext) {
  app.get(
    "/api/v1/value-chains",
    {
      schema: {
        tags: ["cooperation"],
        summary: "Value chains: stages from raw material to finished product, with their HS codes",
        response: { 200: ZValueChains },
      },
    },
    () => ({ items: [...ctx.reference.valueChains] }),
  );
}
