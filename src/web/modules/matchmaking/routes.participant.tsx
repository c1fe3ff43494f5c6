import type { RouteObject } from "react-router";

// Children of /forums/:id/meetings: recommendations, profiles, requests, availability, agenda.
export const participantForumRoutes: RouteObject[] = [];
// Top-level pages: an organisation's own cooperation profiles.
export const participantTopRoutes: RouteObject[] = [];
