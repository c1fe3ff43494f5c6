import type { AppContext } from "../../platform/context";
import type { ZodApp } from "../../platform/http";

export function registerMatchmaking(app: ZodApp, ctx: AppContext) {
  void app;
  void ctx;
}
