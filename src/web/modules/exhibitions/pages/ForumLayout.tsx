import { Stack } from "@mantine/core";
import { Suspense } from "react";
import { Outlet } from "react-router";
import { ErrorAlert } from "../../../ui/ErrorAlert";
import { PageLoader, PageSkeleton } from "../../../ui/Loading";
import { pickLocalized } from "../../../ui/localized";
import { useDocumentTitle } from "../../../ui/useDocumentTitle";
import { useLanguage } from "../../../ui/useLanguage";
import { ForumHeader } from "../components/ForumHeader";
import { ForumTabs } from "../components/ForumTabs";
import { useForum, useForumId } from "../hooks/forum";

/** The frame of every `/forums/:id/…` page: the forum's header, its sections, then the section. */
export function ForumLayout() {
  const id = useForumId();
  const forum = useForum(id);
  const language = useLanguage();
  useDocumentTitle(forum.data ? pickLocalized(forum.data.name, language) : undefined);

  if (forum.isPending) return <PageSkeleton />;
  if (forum.isError) return <ErrorAlert error={forum.error} />;
  return (
    <Stack gap="md">
      <ForumHeader forum={forum.data} />
      <ForumTabs forum={forum.data} />
      <Suspense fallback={<PageLoader />}>
        <Outlet />
      </Suspense>
    </Stack>
  );
}
