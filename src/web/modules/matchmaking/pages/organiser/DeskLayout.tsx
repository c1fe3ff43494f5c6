import { Stack, Text, Title } from "@mantine/core";
import { Suspense } from "react";
import { useTranslation } from "react-i18next";
import { Outlet } from "react-router";
import { ErrorAlert } from "../../../../ui/ErrorAlert";
import { PageLoader, PageSkeleton } from "../../../../ui/Loading";
import { OrganisersOnly } from "../../../exhibitions/components/OrganisersOnly";
import { useForum, useForumId } from "../../../exhibitions/hooks/forum";
import { DeskNav } from "../../components/organiser/DeskNav";

/** The organisers' meetings desk inside the forum's frame: its sections, then the open one. */
export function DeskLayout() {
  const { t } = useTranslation();
  const forumId = useForumId();
  const forum = useForum(forumId);

  if (forum.isPending) return <PageSkeleton />;
  if (forum.isError) return <ErrorAlert error={forum.error} />;
  if (!forum.data.access.manage) return <OrganisersOnly />;

  return (
    <Stack gap="md" data-testid="meetings-desk">
      <div>
        <Title order={2} size="h3">
          {t("matchmakingAdmin.title")}
        </Title>
        <Text c="dimmed" size="sm">
          {t("matchmakingAdmin.subtitle")}
        </Text>
      </div>
      <DeskNav forumId={forumId} />
      <Suspense fallback={<PageLoader />}>
        <Outlet />
      </Suspense>
    </Stack>
  );
}
