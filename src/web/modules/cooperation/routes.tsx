import { lazy } from "react";
import type { RouteObject } from "react-router";
import { RequireAuth } from "../../app/RequireAuth";

// The cooperation pages carry the charting code; they load when someone opens them.
const CooperationPage = lazy(() => import("./pages/CooperationPage").then((m) => ({ default: m.CooperationPage })));
const DealsPage = lazy(() => import("./pages/DealsPage").then((m) => ({ default: m.DealsPage })));
const NewDealPage = lazy(() => import("./pages/NewDealPage").then((m) => ({ default: m.NewDealPage })));
const AgendasPage = lazy(() => import("./pages/AgendasPage").then((m) => ({ default: m.AgendasPage })));
const NewAgendaPage = lazy(() => import("./pages/NewAgendaPage").then((m) => ({ default: m.NewAgendaPage })));
const AgendaPage = lazy(() => import("./pages/AgendaPage").then((m) => ({ default: m.AgendaPage })));
const DealPage = lazy(() => import("./pages/DealPage").then((m) => ({ default: m.DealPage })));

const signedIn = (page: React.ReactNode) => <RequireAuth>{page}</RequireAuth>;

export const cooperationRoutes: RouteObject[] = [
  { path: "/cooperation", element: <CooperationPage /> },
  { path: "/agendas", element: <AgendasPage /> },
  { path: "/agendas/new", element: signedIn(<NewAgendaPage />) },
  { path: "/agendas/:id", element: <AgendaPage /> },
  { path: "/deals", element: signedIn(<DealsPage />) },
  { path: "/deals/new", element: signedIn(<NewDealPage />) },
  { path: "/deals/:id", element: signedIn(<DealPage />) },
];
