import { lazy } from "react";
import { createBrowserRouter } from "react-router";
import { ForgotPasswordPage } from "../modules/account/pages/ForgotPasswordPage";
import { ResetPasswordPage } from "../modules/account/pages/ResetPasswordPage";
import { SignInPage } from "../modules/account/pages/SignInPage";
import { SignUpPage } from "../modules/account/pages/SignUpPage";
import { cooperationRoutes } from "../modules/cooperation/routes";
import { DirectoryPage } from "../modules/directory/pages/DirectoryPage";
import { OrganizationPage } from "../modules/directory/pages/OrganizationPage";
import { ProductPage } from "../modules/directory/pages/ProductPage";
import { exhibitionRoutes } from "../modules/exhibitions/routes";
import { matchmakingRoutes } from "../modules/matchmaking/routes";
import { tradeRoutes } from "../modules/trade/routes";
import { Layout } from "./Layout";
import { NotFoundPage } from "./NotFoundPage";
import { RequireAdmin, RequireAuth } from "./RequireAuth";

// Pages only signed-in members use are loaded on demand, so visitors on slow venue networks
// download less before the directory appears.
const AccountPage = lazy(() => import("../modules/account/pages/AccountPage").then((m) => ({ default: m.AccountPage })));
const OutboxPage = lazy(() => import("../modules/admin/pages/OutboxPage").then((m) => ({ default: m.OutboxPage })));
const OrganizationCreatePage = lazy(() => import("../modules/directory/pages/OrganizationCreatePage").then((m) => ({ default: m.OrganizationCreatePage })));
const OrganizationEditPage = lazy(() => import("../modules/directory/pages/OrganizationEditPage").then((m) => ({ default: m.OrganizationEditPage })));
const ProductCreatePage = lazy(() => import("../modules/directory/pages/ProductCreatePage").then((m) => ({ default: m.ProductCreatePage })));
const ProductEditPage = lazy(() => import("../modules/directory/pages/ProductEditPage").then((m) => ({ default: m.ProductEditPage })));

export const router = createBrowserRouter([
  {
    element: <Layout />,
    children: [
      { path: "/", element: <DirectoryPage /> },
      {
        path: "/organizations/new",
        element: (
          <RequireAuth>
            <OrganizationCreatePage />
          </RequireAuth>
        ),
      },
      { path: "/organizations/:id", element: <OrganizationPage /> },
      {
        path: "/organizations/:id/edit",
        element: (
          <RequireAuth>
            <OrganizationEditPage />
          </RequireAuth>
        ),
      },
      {
        path: "/organizations/:id/products/new",
        element: (
          <RequireAuth>
            <ProductCreatePage />
          </RequireAuth>
        ),
      },
      { path: "/products/:id", element: <ProductPage /> },
      {
        path: "/products/:id/edit",
        element: (
          <RequireAuth>
            <ProductEditPage />
          </RequireAuth>
        ),
      },
      { path: "/sign-in", element: <SignInPage /> },
      { path: "/sign-up", element: <SignUpPage /> },
      { path: "/forgot-password", element: <ForgotPasswordPage /> },
      { path: "/reset-password", element: <ResetPasswordPage /> },
      {
        path: "/account",
        element: (
          <RequireAuth>
            <AccountPage />
          </RequireAuth>
        ),
      },
      {
        path: "/admin/outbox",
        element: (
          <RequireAdmin>
            <OutboxPage />
          </RequireAdmin>
        ),
      },
      ...exhibitionRoutes,
      ...matchmakingRoutes,
      ...tradeRoutes,
      ...cooperationRoutes,
      { path: "*", element: <NotFoundPage /> },
    ],
  },
]);
