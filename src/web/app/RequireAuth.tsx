import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { Navigate, useLocation } from "react-router";
import { useMe } from "../modules/account/session";
import { ErrorAlert } from "../ui/ErrorAlert";
import { PageLoader } from "../ui/Loading";
import { NotFoundPage } from "./NotFoundPage";

/** Sends signed-out visitors to sign in, and back here afterwards. */
export function RequireAuth({ children }: { children: ReactNode }) {
  const me = useMe();
  const location = useLocation();
  if (me.isPending) return <PageLoader />;
  if (me.isError) return <ErrorAlert error={me.error} />;
  if (!me.data) {
    const next = encodeURIComponent(location.pathname + location.search);
    return <Navigate to={`/sign-in?next=${next}`} replace />;
  }
  return <>{children}</>;
}

/** Platform administrators only; others see "not found" rather than learn the page exists. */
export function RequireAdmin({ children }: { children: ReactNode }) {
  const me = useMe();
  const { t } = useTranslation();
  if (me.isPending) return <PageLoader />;
  if (me.data?.user.platformRole === "admin") return <>{children}</>;
  if (!me.data) return <RequireAuth>{children}</RequireAuth>;
  return <NotFoundPage message={t("errors.adminOnly")} />;
}
