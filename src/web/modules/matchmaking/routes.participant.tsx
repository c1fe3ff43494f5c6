import { lazy } from "react";
import type { RouteObject } from "react-router";
import { RequireAuth } from "../../app/RequireAuth";

// Loaded on demand, like the forum's other sections.
const page = <K extends string>(load: () => Promise<Record<K, React.ComponentType>>, name: K) => lazy(() => load().then((m) => ({ default: m[name] })));

const MeetingsHubPage = page(() => import("./pages/MeetingsHubPage"), "MeetingsHubPage");
const RecommendationsPage = page(() => import("./pages/RecommendationsPage"), "RecommendationsPage");
const ProfilesPage = page(() => import("./pages/ProfilesPage"), "ProfilesPage");
const RequestsPage = page(() => import("./pages/RequestsPage"), "RequestsPage");
const AgendaPage = page(() => import("./pages/AgendaPage"), "AgendaPage");
const AvailabilityPage = page(() => import("./pages/AvailabilityPage"), "AvailabilityPage");
const MyProfilesPage = page(() => import("./pages/MyProfilesPage"), "MyProfilesPage");

const signedIn = (element: React.ReactNode) => <RequireAuth>{element}</RequireAuth>;

/**
 * Children of /forums/:id/meetings. The hub decides who acts: visitors and people whose
 * organisations do not take part see the public profiles there, whatever the section.
 */
export const participantForumRoutes: RouteObject[] = [
  {
    element: <MeetingsHubPage />,
    children: [
      { index: true, element: <RecommendationsPage /> },
      { path: "profiles", element: <ProfilesPage /> },
      { path: "requests", element: signedIn(<RequestsPage />) },
      { path: "agenda", element: signedIn(<AgendaPage />) },
      { path: "availability", element: signedIn(<AvailabilityPage />) },
    ],
  },
];

/** Top-level pages: an organisation's own cooperation profiles. */
export const participantTopRoutes: RouteObject[] = [{ path: "/organizations/:id/profiles", element: signedIn(<MyProfilesPage />) }];
