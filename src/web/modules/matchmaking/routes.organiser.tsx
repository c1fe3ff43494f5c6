import { lazy } from "react";
import type { RouteObject } from "react-router";
import { RequireAuth } from "../../app/RequireAuth";

// Loaded on demand: participants never download the organisers' desk.
const page = <K extends string>(load: () => Promise<Record<K, React.ComponentType>>, name: K) => lazy(() => load().then((m) => ({ default: m[name] })));

const DeskLayout = page(() => import("./pages/organiser/DeskLayout"), "DeskLayout");
const DeskDashboardPage = page(() => import("./pages/organiser/DeskDashboardPage"), "DeskDashboardPage");
const DeskSettingsPage = page(() => import("./pages/organiser/DeskSettingsPage"), "DeskSettingsPage");
const DeskParticipantsPage = page(() => import("./pages/organiser/DeskParticipantsPage"), "DeskParticipantsPage");
const DeskRequestsPage = page(() => import("./pages/organiser/DeskRequestsPage"), "DeskRequestsPage");
const DeskSchedulePage = page(() => import("./pages/organiser/DeskSchedulePage"), "DeskSchedulePage");

// Children of /forums/:id/matchmaking: the organisers' meetings desk, one frame with its own sections.
export const organiserForumRoutes: RouteObject[] = [
  {
    element: (
      <RequireAuth>
        <DeskLayout />
      </RequireAuth>
    ),
    children: [
      { index: true, element: <DeskDashboardPage /> },
      { path: "settings", element: <DeskSettingsPage /> },
      { path: "participants", element: <DeskParticipantsPage /> },
      { path: "requests", element: <DeskRequestsPage /> },
      { path: "schedule", element: <DeskSchedulePage /> },
    ],
  },
];
