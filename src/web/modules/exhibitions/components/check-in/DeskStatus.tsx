import { Alert, Badge, Button, Group, Stack, Text } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { errorMessage } from "../../../../ui/ErrorAlert";
import { useLanguage } from "../../../../ui/useLanguage";
import type { CheckInDeskState } from "../../hooks/check-in";
import { formatVenueTime } from "../venue-time";

type Props = { desk: CheckInDeskState; timeZone: string | undefined };

/** How fresh the badge list is and how many scans the server has not seen yet. */
export function DeskStatus({ desk, timeZone }: Props) {
  const { t } = useTranslation();
  const language = useLanguage();
  const { bundle, sync } = desk;
  const waiting = sync.pending;

  return (
    <Stack gap={6}>
      <Group justify="space-between" gap="xs" wrap="nowrap">
        <Text size="sm" data-testid="bundle-info">
          {bundle
            ? t("checkIn.bundleFrom", { time: formatVenueTime(bundle.fetchedAt, timeZone, language), count: bundle.badges.length })
            : desk.bundleLoading
              ? t("checkIn.bundleLoading")
              : t("checkIn.bundleMissing")}
        </Text>
        {desk.online ? (
          <Button size="compact-xs" variant="subtle" style={{ flexShrink: 0 }} onClick={() => void desk.refreshBundle()} loading={desk.bundleLoading}>
            {t("checkIn.refresh")}
          </Button>
        ) : null}
      </Group>
      <Group gap="xs">
        <Badge color={waiting > 0 ? "yellow" : "gray"} variant={waiting > 0 ? "filled" : "light"} size="lg" data-testid="pending-count" data-count={waiting}>
          {t("checkIn.pending", { count: waiting })}
        </Badge>
        {sync.state === "syncing" ? (
          <Text size="xs" c="dimmed">
            {t("checkIn.syncing")}
          </Text>
        ) : null}
      </Group>
      {desk.bundleError && desk.online ? (
        <Alert color="red" variant="light" p="xs" role="alert">
          {t("checkIn.bundleFailed", { reason: errorMessage(desk.bundleError, t) })}
        </Alert>
      ) : null}
      {sync.state === "waiting" && sync.lastError ? (
        <Text size="xs" c="orange.8" data-testid="sync-problem">
          {t("checkIn.syncFailed", { reason: errorMessage(sync.lastError, t) })}
        </Text>
      ) : null}
      {!desk.persistent ? (
        <Alert color="orange" variant="light" p="xs">
          {t("checkIn.notPersistent")}
        </Alert>
      ) : null}
    </Stack>
  );
}
