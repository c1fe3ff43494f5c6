import type { RouteObject } from "react-router";

// Children of /forums/:id/matchmaking: dashboard, settings, participants, schedule runs.
export const organiserForumRoutes: RouteObject[] = [];
