import { Alert, Button, Group, Modal, Stack, Text } from "@mantine/core";
import { notifications } from "@mantine/notifications";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import type { TScheduleRun } from "../../../../../contracts/matchmaking";
import { ApiError } from "../../../../api/client";
import { ErrorAlert } from "../../../../ui/ErrorAlert";
import { formatNumber } from "../../../../ui/format";
import { useLanguage } from "../../../../ui/useLanguage";
import { formatVenueDateTime } from "../../../exhibitions/components/venue-time";
import { usePublishSchedule } from "../../hooks/matchmaking-admin";
import { canPublish } from "./schedule-state";

type Props = { forumId: string; run: TScheduleRun; timeZone: string; onRerun: () => void; rerunning: boolean };

/** Publishing a draft: asked once, then every participant gets the agenda. A stale draft offers a new run. */
export function PublishPanel({ forumId, run, timeZone, onRerun, rerunning }: Props) {
  const { t } = useTranslation();
  const language = useLanguage();
  const publish = usePublishSchedule(forumId);
  const [asking, setAsking] = useState(false);
  const stale = publish.error instanceof ApiError && publish.error.code === "schedule_stale";
  const scheduled = formatNumber(run.review?.scheduled ?? 0, language);

  if (run.status === "published") {
    return (
      <Alert
        color="green"
        variant="light"
        title={t("matchmakingAdmin.publish.publishedTitle")}
        data-testid="schedule-published"
        data-published-at={run.publishedAt ?? ""}
      >
        {run.publishedAt
          ? t("matchmakingAdmin.publish.publishedAt", { time: formatVenueDateTime(run.publishedAt, timeZone, language), count: scheduled })
          : t("matchmakingAdmin.publish.published")}
      </Alert>
    );
  }
  if (run.status !== "draft") return null;

  const confirm = () => {
    setAsking(false);
    publish.mutate(run.id, {
      onSuccess: (result) =>
        notifications.show({
          color: "green",
          message: t("matchmakingAdmin.publish.done", {
            published: formatNumber(result.published, language),
            notified: formatNumber(result.notified, language),
          }),
        }),
    });
  };

  return (
    <Stack gap="sm">
      <Group justify="space-between" align="center" gap="sm">
        <Text size="sm" c="dimmed" style={{ flex: "1 1 240px" }}>
          {canPublish(run) ? t("matchmakingAdmin.publish.hint") : t("matchmakingAdmin.publish.blocked")}
        </Text>
        <Button color="green" onClick={() => setAsking(true)} disabled={!canPublish(run)} loading={publish.isPending} data-testid="publish-schedule">
          {t("matchmakingAdmin.publish.button")}
        </Button>
      </Group>
      {stale ? (
        <Alert color="orange" variant="light" title={t("matchmakingAdmin.publish.staleTitle")} role="alert" data-testid="schedule-stale">
          <Stack gap="xs" align="flex-start">
            <Text size="sm">{t("matchmakingAdmin.publish.stale")}</Text>
            <Button
              size="xs"
              onClick={() => {
                publish.reset();
                onRerun();
              }}
              loading={rerunning}
              data-testid="rerun-schedule"
            >
              {t("matchmakingAdmin.publish.rerun")}
            </Button>
          </Stack>
        </Alert>
      ) : publish.isError ? (
        <ErrorAlert error={publish.error} />
      ) : null}
      <Modal opened={asking} onClose={() => setAsking(false)} title={t("matchmakingAdmin.publish.confirmTitle")} data-testid="publish-dialog">
        <Text size="sm">{t("matchmakingAdmin.publish.confirmQuestion", { count: scheduled })}</Text>
        <Group justify="flex-end" mt="md">
          <Button variant="default" onClick={() => setAsking(false)}>
            {t("common.cancel")}
          </Button>
          <Button color="green" onClick={confirm} data-testid="publish-confirm">
            {t("matchmakingAdmin.publish.confirm")}
          </Button>
        </Group>
      </Modal>
    </Stack>
  );
}
