import { Group, Loader, Stack, Text } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { ErrorAlert } from "../../../../ui/ErrorAlert";
import { PageSkeleton } from "../../../../ui/Loading";
import { useForumId } from "../../../exhibitions/hooks/forum";
import { RequestsPerDayChart } from "../../components/organiser/RequestsPerDayChart";
import { StatsFigures } from "../../components/organiser/StatsFigures";
import { useMatchmakingStats } from "../../hooks/matchmaking-admin";

/** How matchmaking is going: participants, requests and their answers, meetings and their outcomes. */
export function DeskDashboardPage() {
  const { t } = useTranslation();
  const forumId = useForumId();
  const stats = useMatchmakingStats(forumId);

  if (stats.isPending) return <PageSkeleton />;
  if (stats.isError && !stats.data) return <ErrorAlert error={stats.error} />;

  return (
    <Stack gap="md" data-testid="desk-dashboard">
      <Group gap={6} justify="flex-end" mih={20} aria-live="polite">
        {stats.isFetching ? <Loader size={12} aria-hidden /> : null}
        {stats.isError ? (
          <Text size="sm" c="red" role="status">
            {t("matchmakingAdmin.dashboard.stale")}
          </Text>
        ) : null}
      </Group>
      <StatsFigures stats={stats.data} />
      <RequestsPerDayChart days={stats.data.requestsByDay} />
    </Stack>
  );
}
