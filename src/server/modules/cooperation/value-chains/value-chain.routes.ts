import { ZValueChains } from "../../../../contracts/cooperation";
import type { ZodApp } from "../../../platform/http";
import { valueChains } from "./value-chains";

export function registerValueChainRoutes(app: ZodApp) {
  app.get(
    "/api/v1/value-chains",
    {
      schema: {
        tags: ["cooperation"],
        summary: "Value chains: stages from raw material to finished product, with their HS codes",
        response: { 200: ZValueChains },
      },
    },
    () => ({ items: valueChains() }),
  );
}
