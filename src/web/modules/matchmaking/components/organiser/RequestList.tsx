import { Button, Center, Group, Select, Stack, Text } from "@mantine/core";
import { notifications } from "@mantine/notifications";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { REQUEST_STATUSES, type TRequestStatus } from "../../../../../contracts/matchmaking";
import { ErrorAlert, errorMessage } from "../../../../ui/ErrorAlert";
import { formatNumber } from "../../../../ui/format";
import { CardSkeletons } from "../../../../ui/Loading";
import { useLanguage } from "../../../../ui/useLanguage";
import { useMeetingRequestList, useSetRequestPriority } from "../../hooks/matchmaking-admin";
import { RequestRow } from "./RequestRow";

/** Every meeting request of the forum, by status, with the priority the scheduler gives each. */
export function RequestList({ forumId, timeZone }: { forumId: string; timeZone: string }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const [status, setStatus] = useState<TRequestStatus | null>(null);
  const list = useMeetingRequestList(forumId, status);
  const priority = useSetRequestPriority(forumId);

  const items = list.data?.pages.flatMap((page) => page.items) ?? [];
  const total = list.data?.pages[0]?.total ?? 0;
  return (
    <Stack gap="md">
      <Group gap="sm" align="flex-end" justify="space-between">
        <Select
          label={t("matchmakingAdmin.requests.status")}
          placeholder={t("matchmakingAdmin.requests.anyStatus")}
          data={REQUEST_STATUSES.map((value) => ({ value, label: t(`matchmaking.statuses.${value}`) }))}
          value={status}
          onChange={(value) => setStatus(value as TRequestStatus | null)}
          clearable
          w={220}
          comboboxProps={{ withinPortal: true }}
          data-testid="request-status-filter"
        />
        <Text size="sm" c="dimmed" data-testid="request-total" data-total={total}>
          {t("matchmakingAdmin.requests.total", { count: formatNumber(total, language) })}
        </Text>
      </Group>
      <Text size="xs" c="dimmed">
        {t("matchmakingAdmin.requests.priorityHint")}
      </Text>
      {list.isError ? <ErrorAlert error={list.error} /> : null}
      {list.isPending ? (
        <CardSkeletons count={3} />
      ) : (
        <Stack gap="xs" aria-busy={list.isFetching} data-testid="request-list">
          {items.length === 0 ? (
            <Center py="xl">
              <Text c="dimmed">{t("matchmakingAdmin.requests.empty")}</Text>
            </Center>
          ) : null}
          {items.map((request) => (
            <RequestRow
              key={request.id}
              request={request}
              timeZone={timeZone}
              busy={priority.isPending && priority.variables?.id === request.id}
              onPriority={(value) =>
                priority.mutate(
                  { id: request.id, priority: value },
                  { onError: (error) => notifications.show({ color: "red", title: t("errors.title"), message: errorMessage(error, t) }) },
                )
              }
            />
          ))}
          {list.hasNextPage ? (
            <Center>
              <Button variant="default" onClick={() => list.fetchNextPage()} loading={list.isFetchingNextPage} data-testid="requests-more">
                {t("matchmakingAdmin.loadMore")}
              </Button>
            </Center>
          ) : null}
        </Stack>
      )}
    </Stack>
  );
}
