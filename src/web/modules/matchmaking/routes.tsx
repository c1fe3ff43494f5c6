import type { RouteObject } from "react-router";
import { organiserMatchmakingRoutes } from "./routes.organiser";
import { participantMatchmakingRoutes } from "./routes.participant";

export const matchmakingRoutes: RouteObject[] = [...participantMatchmakingRoutes, ...organiserMatchmakingRoutes];
