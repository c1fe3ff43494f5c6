import { Group, Loader, Stack, Text, Title } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { ErrorAlert } from "../../../ui/ErrorAlert";
import { PageSkeleton } from "../../../ui/Loading";
import { DashboardCharts } from "../components/dashboard/DashboardCharts";
import { KpiCards } from "../components/dashboard/KpiCards";
import { useVenueClock } from "../components/dashboard/labels";
import { OrganisersOnly } from "../components/OrganisersOnly";
import { useForum, useForumId } from "../hooks/forum";
import { useForumStats } from "../hooks/stats";

/** Live figures of the forum for its organisers, refreshed every few seconds. */
export function DashboardPage() {
  const { t } = useTranslation();
  const forumId = useForumId();
  const forum = useForum(forumId);
  const manage = forum.data?.access.manage ?? false;
  const stats = useForumStats(forumId, manage);
  const clock = useVenueClock(forum.data?.timeZone ?? "UTC");

  if (forum.isPending) return <PageSkeleton />;
  if (forum.isError) return <ErrorAlert error={forum.error} />;
  if (!manage) return <OrganisersOnly />;
  if (stats.isPending) return <PageSkeleton />;
  if (stats.isError && !stats.data) return <ErrorAlert error={stats.error} />;

  const updated = clock(stats.data.generatedAt);

  return (
    <Stack gap="md" data-testid="dashboard">
      <Group justify="space-between" align="baseline">
        <Title order={2} size="h3">
          {t("dashboard.title")}
        </Title>
        <Group gap={6} aria-live="polite">
          {stats.isFetching ? <Loader size={12} aria-hidden /> : null}
          <Text size="sm" c="dimmed" data-testid="dashboard-updated">
            {t("dashboard.updatedAt", { time: updated })}
          </Text>
        </Group>
      </Group>
      {stats.isError ? (
        <Text size="sm" c="red" role="status">
          {t("dashboard.stale")}
        </Text>
      ) : null}
      <KpiCards stats={stats.data} />
      <DashboardCharts stats={stats.data} />
    </Stack>
  );
}
