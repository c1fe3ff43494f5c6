import { lazy } from "react";
import type { RouteObject } from "react-router";
import { RequireAdmin } from "../../app/RequireAuth";

// Trade pages carry the charting code; they load when someone opens them.
const TradeHomePage = lazy(() => import("./pages/TradeHomePage").then((m) => ({ default: m.TradeHomePage })));
const JurisdictionProfilePage = lazy(() => import("./pages/JurisdictionProfilePage").then((m) => ({ default: m.JurisdictionProfilePage })));
const BilateralPage = lazy(() => import("./pages/BilateralPage").then((m) => ({ default: m.BilateralPage })));
const TradeImportsPage = lazy(() => import("./pages/TradeImportsPage").then((m) => ({ default: m.TradeImportsPage })));

export const tradeRoutes: RouteObject[] = [
  { path: "/trade", element: <TradeHomePage /> },
  { path: "/trade/profile/:code", element: <JurisdictionProfilePage /> },
  { path: "/trade/bilateral/:a/:b", element: <BilateralPage /> },
  {
    path: "/admin/trade/imports",
    element: (
      <RequireAdmin>
        <TradeImportsPage />
      </RequireAdmin>
    ),
  },
];
