import { z } from "zod";
import { ZId } from "../../../../contracts/common";
import { ZMatchmakingSettings, ZMatchmakingSettingsInput } from "../../../../contracts/matchmaking";
import type { AppContext } from "../../../platform/context";
import type { ZodApp } from "../../../platform/http";
import { getMatchmakingSettings, saveMatchmakingSettings } from "./settings.service";

const ZParams = z.object({ id: ZId });

export function registerSettingsRoutes(app: ZodApp, ctx: AppContext) {
  const tags = ["matchmaking"];

  app.get(
    "/api/v1/forums/:id/matchmaking",
    {
      schema: { tags, summary: "The forum's matchmaking rules and its bookable meeting slots", params: ZParams, response: { 200: ZMatchmakingSettings } },
    },
    async (request) => getMatchmakingSettings(ctx, await ctx.currentUser(request), request.params.id),
  );

  app.put(
    "/api/v1/forums/:id/matchmaking",
    {
      schema: {
        tags,
        summary: "Set the matchmaking rules: sessions within the forum's days and not overlapping (organisers)",
        params: ZParams,
        body: ZMatchmakingSettingsInput,
        response: { 200: ZMatchmakingSettings },
      },
    },
    async (request) => saveMatchmakingSettings(ctx, await ctx.requireUser(request), request.params.id, request.body),
  );
}
