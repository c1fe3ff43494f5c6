import type { RouteObject } from "react-router";

// Pages for organisers: settings, participants, schedule runs, dashboard.
export const organiserMatchmakingRoutes: RouteObject[] = [];
