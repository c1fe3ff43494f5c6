import { Alert, Button, Stack } from "@mantine/core";
import { type ReactNode, useRef } from "react";
import { useTranslation } from "react-i18next";
import { Link, Navigate, useLocation } from "react-router";
import type { TForum } from "../../../../../contracts/exhibitions";
import { ApiError } from "../../../../api/client";
import { ErrorAlert } from "../../../../ui/ErrorAlert";
import { PageLoader } from "../../../../ui/Loading";
import { useMe } from "../../../account/session";
import { useForum } from "../../hooks/forum";

const isNetworkFailure = (error: unknown) => error instanceof ApiError && (error.code === "network_error" || error.status >= 500);

type Props = { forumId: string; children: (forum: TForum | null) => ReactNode };

/**
 * Lets door staff in. Unlike other signed-in pages it also opens with no network at all: then
 * nobody can be asked, and the badge list this device downloaded earlier (while signed in) is
 * what decides whether there is anything to scan against.
 */
export function CheckInGate({ forumId, children }: Props) {
  const { t } = useTranslation();
  const location = useLocation();
  const me = useMe();
  const forum = useForum(me.data ? forumId : undefined);
  // Sticky: a query that never succeeded goes back to "pending" each time it is retried (other
  // parts of the page ask for the session too), and the desk must not flicker away meanwhile.
  const offline = useRef(false);
  if (me.fetchStatus === "paused" || (me.isError && isNetworkFailure(me.error))) offline.current = true;

  if (!me.data) {
    if (offline.current) return children(null);
    if (me.isPending) return <PageLoader />;
    if (me.isError) return <ErrorAlert error={me.error} />;
    return <Navigate to={`/sign-in?next=${encodeURIComponent(location.pathname)}`} replace />;
  }

  if (forum.isPending) return forum.fetchStatus === "paused" ? children(null) : <PageLoader />;
  if (forum.isError) return isNetworkFailure(forum.error) ? children(null) : <ErrorAlert error={forum.error} />;
  if (!forum.data.access.checkIn) {
    return (
      <Stack p="md" maw={560} mx="auto">
        <Alert color="red" variant="light" role="alert" title={t("checkIn.noAccessTitle")}>
          {t("checkIn.noAccess")}
        </Alert>
        <Button component={Link} to={`/forums/${forumId}`} variant="default">
          {t("checkIn.back")}
        </Button>
      </Stack>
    );
  }
  return children(forum.data);
}
