import type { AppContext } from "../../platform/context";
import type { ZodApp } from "../../platform/http";
import { registerApplicationRoutes } from "./applications/application.routes";
import { registerCheckInRoutes } from "./check-ins/check-in.routes";
import { registerFloorPlanRoutes } from "./floor-plans/floor-plan.routes";
import { registerForumRoutes } from "./forums/forum.routes";
import { registerRegistrationRoutes } from "./registrations/registration.routes";
import { registerStatsRoutes } from "./stats/stats.routes";
import { registerTourRoutes } from "./tours/tour.routes";

export function registerExhibitions(app: ZodApp, ctx: AppContext) {
  registerForumRoutes(app, ctx);
  registerFloorPlanRoutes(app, ctx);
  registerApplicationRoutes(app, ctx);
  registerRegistrationRoutes(app, ctx);
  registerCheckInRoutes(app, ctx);
  registerStatsRoutes(app, ctx);
  registerTourRoutes(app, ctx);
}

export { forumAccessOf, loadVisibleForum, requireForumManager } from "./access";
export * as applications from "./applications/application.service";
export { BADGE_FONT as PRINT_FONT, loadBadgeFonts as loadPrintFonts, registerBadgeFonts as registerPrintFonts } from "./badges/badge-fonts";
export * as checkIns from "./check-ins/check-in.service";
export * as floorPlans from "./floor-plans/floor-plan.service";
export { type ForumRow, findForumRow } from "./forums/forum.repository";
export * as forums from "./forums/forum.service";
export * as programme from "./forums/programme.service";
export { renderForumBadges } from "./registrations/badge.service";
export { badgeKeysOf, badgeTokenOf } from "./registrations/badge-keys";
export * as registrations from "./registrations/registration.service";
export * as staff from "./registrations/staff.service";
export { booth, exhibitorApplication, forum, hall } from "./schema";
export { exhibitionPreviews } from "./share-previews";
export * as tours from "./tours/tour.service";
export { venueDateOf } from "./venue-time";
