import type { RouteObject } from "react-router";
import { ForumLayout } from "../exhibitions/pages/ForumLayout";
import { organiserForumRoutes } from "./routes.organiser";
import { participantForumRoutes, participantTopRoutes } from "./routes.participant";

/**
 * Matchmaking lives inside the forum's frame: participants at `/forums/:id/meetings/…`, organisers at
 * `/forums/:id/matchmaking/…`; an organisation's own cooperation profiles have their own address.
 */
export const matchmakingRoutes: RouteObject[] = [
  { path: "/forums/:id/meetings", element: <ForumLayout />, children: participantForumRoutes },
  { path: "/forums/:id/matchmaking", element: <ForumLayout />, children: organiserForumRoutes },
  ...participantTopRoutes,
];
