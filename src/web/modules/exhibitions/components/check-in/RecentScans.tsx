import { Badge, Group, Paper, Stack, Text, Title } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { formatBadgeCode } from "../../../../../engines/badge-token";
import { useLanguage } from "../../../../ui/useLanguage";
import type { ScanRecord } from "../../offline/types";
import { formatVenueTime } from "../venue-time";
import { toneOf } from "./signal";

const COLOR = { good: "green", warn: "yellow", bad: "red" } as const;

type Props = { records: ScanRecord[]; timeZone: string | undefined };

/** The last scans of this device, newest first, each with the server's word once it came. */
export function RecentScans({ records, timeZone }: Props) {
  const { t } = useTranslation();
  const language = useLanguage();
  return (
    <Stack gap="xs">
      <Title order={2} size="h5">
        {t("checkIn.recent")}
      </Title>
      {records.length === 0 ? (
        <Text c="dimmed" size="sm">
          {t("checkIn.noScans")}
        </Text>
      ) : (
        <Stack gap={6} component="ol" p={0} m={0} style={{ listStyle: "none" }} data-testid="recent-scans">
          {records.map((record) => (
            <Paper
              key={record.scanId}
              component="li"
              withBorder
              p="xs"
              radius="md"
              data-testid="recent-scan"
              data-outcome={record.outcome}
              data-synced={record.synced}
            >
              <Group justify="space-between" wrap="nowrap" gap="xs">
                <div style={{ minWidth: 0 }}>
                  <Text fw={600} size="sm" truncate>
                    {record.person?.fullName ?? (record.code ? formatBadgeCode(record.code) : t("checkIn.unknownCode"))}
                  </Text>
                  <Text size="xs" c="dimmed">
                    {formatVenueTime(record.scannedAt, timeZone, language)} ·{" "}
                    {record.rejection ? t("checkIn.notRecorded") : record.synced ? t("checkIn.synced") : t("checkIn.waiting")}
                  </Text>
                </div>
                <Badge color={COLOR[toneOf(record.outcome)]} variant="light" style={{ flexShrink: 0 }}>
                  {t(`checkIn.short.${record.outcome}`)}
                </Badge>
              </Group>
            </Paper>
          ))}
        </Stack>
      )}
    </Stack>
  );
}
