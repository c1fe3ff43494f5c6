import { lazy } from "react";
import type { RouteObject } from "react-router";

// The cooperation pages carry the charting code; they load when someone opens them.
const CooperationPage = lazy(() => import("./pages/CooperationPage").then((m) => ({ default: m.CooperationPage })));

export const cooperationRoutes: RouteObject[] = [{ path: "/cooperation", element: <CooperationPage /> }];
