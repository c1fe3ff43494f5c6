import type { AppContext } from "../../platform/context";
import type { ZodApp } from "../../platform/http";
import { registerAgendaRoutes } from "./agenda/agenda.routes";
import { registerMeetingRoutes } from "./meetings/meeting.routes";
import { registerParticipantRoutes } from "./participants/participant.routes";
import { registerProfileRoutes } from "./profiles/profile.routes";
import { registerRecommendationRoutes } from "./recommendations/recommendation.routes";
import { registerRequestRoutes } from "./requests/request.routes";
import { registerScheduleRoutes } from "./scheduling/schedule.routes";
import { registerSettingsRoutes } from "./settings/settings.routes";
import { registerMatchmakingStatsRoutes } from "./stats/stats.routes";

export function registerMatchmaking(app: ZodApp, ctx: AppContext) {
  registerSettingsRoutes(app, ctx);
  registerParticipantRoutes(app, ctx);
  registerProfileRoutes(app, ctx);
  registerRequestRoutes(app, ctx);
  registerRecommendationRoutes(app, ctx);
  registerScheduleRoutes(app, ctx);
  registerMeetingRoutes(app, ctx);
  registerAgendaRoutes(app, ctx);
  registerMatchmakingStatsRoutes(app, ctx);
}

export * as meetings from "./meetings/meeting.service";
export * as participants from "./participants/participant.service";
export { findCurrentTradeProfilesIn } from "./profiles/profile.repository";
export * as profiles from "./profiles/profile.service";
export * as recommendations from "./recommendations/recommendation.service";
export * as requests from "./requests/request.service";
export * as scheduling from "./scheduling/schedule.service";
export * as settings from "./settings/settings.service";
