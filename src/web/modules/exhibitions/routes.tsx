import { lazy } from "react";
import type { RouteObject } from "react-router";
import { RequireAuth } from "../../app/RequireAuth";

// Loaded on demand: a visitor opening the directory downloads none of the organiser's tools.
const page = <K extends string>(load: () => Promise<Record<K, React.ComponentType>>, name: K) => lazy(() => load().then((m) => ({ default: m[name] })));

const ForumsPage = page(() => import("./pages/ForumsPage"), "ForumsPage");
const ForumCreatePage = page(() => import("./pages/ForumCreatePage"), "ForumCreatePage");
const ForumLayout = page(() => import("./pages/ForumLayout"), "ForumLayout");
const ForumOverviewPage = page(() => import("./pages/ForumOverviewPage"), "ForumOverviewPage");
const ForumEditPage = page(() => import("./pages/ForumEditPage"), "ForumEditPage");
const ProgrammePage = page(() => import("./pages/ProgrammePage"), "ProgrammePage");
const ExhibitorsPage = page(() => import("./pages/ExhibitorsPage"), "ExhibitorsPage");
const ApplyPage = page(() => import("./pages/ApplyPage"), "ApplyPage");
const ApplicationsReviewPage = page(() => import("./pages/ApplicationsReviewPage"), "ApplicationsReviewPage");
const MyApplicationPage = page(() => import("./pages/MyApplicationPage"), "MyApplicationPage");
const RegisterPage = page(() => import("./pages/RegisterPage"), "RegisterPage");
const MyBadgesPage = page(() => import("./pages/MyBadgesPage"), "MyBadgesPage");
const FloorPlanPage = page(() => import("./pages/FloorPlanPage"), "FloorPlanPage");
const FloorPlanEditorPage = page(() => import("./pages/FloorPlanEditorPage"), "FloorPlanEditorPage");
const ToursPage = page(() => import("./pages/ToursPage"), "ToursPage");
const TourPage = page(() => import("./pages/TourPage"), "TourPage");
const DashboardPage = page(() => import("./pages/DashboardPage"), "DashboardPage");
const RegistrationsAdminPage = page(() => import("./pages/RegistrationsAdminPage"), "RegistrationsAdminPage");
const CheckInPage = page(() => import("./pages/CheckInPage"), "CheckInPage");
const CheckInStartPage = page(() => import("./pages/CheckInStartPage"), "CheckInStartPage");

const signedIn = (element: React.ReactNode) => <RequireAuth>{element}</RequireAuth>;

export const exhibitionRoutes: RouteObject[] = [
  { path: "/forums", element: <ForumsPage /> },
  { path: "/forums/new", element: signedIn(<ForumCreatePage />) },
  { path: "/registrations", element: signedIn(<MyBadgesPage />) },
  // Door staff use this full-screen, installed as an app; it has no forum tabs around it. It checks
  // the session itself, because it must also open offline, when the session cannot be asked about.
  { path: "/check-in", element: <CheckInStartPage /> },
  { path: "/forums/:id/check-in", element: <CheckInPage /> },
  { path: "/forums/:id/tours/:tourId/print", element: signedIn(<TourPage />) },
  {
    path: "/forums/:id",
    element: <ForumLayout />,
    children: [
      { index: true, element: <ForumOverviewPage /> },
      { path: "programme", element: <ProgrammePage /> },
      { path: "exhibitors", element: <ExhibitorsPage /> },
      { path: "plan", element: <FloorPlanPage /> },
      { path: "register", element: <RegisterPage /> },
      { path: "apply", element: signedIn(<ApplyPage />) },
      { path: "applications/:applicationId", element: signedIn(<MyApplicationPage />) },
      { path: "edit", element: signedIn(<ForumEditPage />) },
      { path: "plan/edit", element: signedIn(<FloorPlanEditorPage />) },
      { path: "review", element: signedIn(<ApplicationsReviewPage />) },
      { path: "registrations", element: signedIn(<RegistrationsAdminPage />) },
      { path: "tours", element: signedIn(<ToursPage />) },
      { path: "tours/:tourId", element: signedIn(<TourPage />) },
      { path: "dashboard", element: signedIn(<DashboardPage />) },
    ],
  },
];
