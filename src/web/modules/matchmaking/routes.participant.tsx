import type { RouteObject } from "react-router";

// Pages for participants: profiles, recommendations, requests, availability, agenda.
export const participantMatchmakingRoutes: RouteObject[] = [];
