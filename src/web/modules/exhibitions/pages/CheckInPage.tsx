import { Box } from "@mantine/core";
import { useEffect, useMemo } from "react";
import { useTranslation } from "react-i18next";
import type { TForum } from "../../../../contracts/exhibitions";
import { useDocumentTitle } from "../../../ui/useDocumentTitle";
import { CheckInGate } from "../components/check-in/CheckInGate";
import { CheckInScreen } from "../components/check-in/CheckInScreen";
import { useForumId } from "../hooks/forum";
import { rememberCheckInForum } from "./last-check-in";

/**
 * The door staff's page, phone-first and installable. It covers the whole window (the site's
 * header would only take room from the answer) and keeps working with no network.
 */
export function CheckInPage() {
  const { t } = useTranslation();
  const forumId = useForumId();
  useDocumentTitle(t("checkIn.title"));
  useEffect(() => rememberCheckInForum(forumId), [forumId]);
  // The site behind the desk must not scroll when a thumb drags on the desk.
  useEffect(() => {
    const previous = document.body.style.overflow;
    document.body.style.overflow = "hidden";
    return () => {
      document.body.style.overflow = previous;
    };
  }, []);
  return (
    <Box pos="fixed" inset={0} bg="white" style={{ zIndex: 300, overflowY: "auto" }} data-testid="check-in-page">
      <CheckInGate forumId={forumId}>{(forum) => <Desk forumId={forumId} forum={forum} />}</CheckInGate>
    </Box>
  );
}

function Desk({ forumId, forum }: { forumId: string; forum: TForum | null }) {
  // A stable object, so the cached badge list is rewritten only when the forum itself changed.
  const summary = useMemo(() => (forum ? { name: forum.name, timeZone: forum.timeZone } : null), [forum]);
  return <CheckInScreen forumId={forumId} forum={summary} />;
}
