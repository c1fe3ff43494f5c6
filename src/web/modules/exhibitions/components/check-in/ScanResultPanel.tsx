import { Badge, Paper, Stack, Text, Title } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { CATEGORY_COLORS } from "../../../../../contracts/exhibitions";
import { textColorOn } from "../../../../../engines/badge-token";
import { useLanguage } from "../../../../ui/useLanguage";
import type { ScanRecord } from "../../offline/types";
import { formatVenueTime } from "../venue-time";
import { toneOf } from "./signal";

const LOOK = {
  good: { bg: "#2b8a3e", fg: "#ffffff" },
  warn: { bg: "#f59f00", fg: "#1a1a1a" },
  bad: { bg: "#c92a2a", fg: "#ffffff" },
} as const;

type Props = { record: ScanRecord | null; timeZone: string | undefined };

/** The answer to the last scan, large enough to read at arm's length: green in, amber look again, red stop. */
export function ScanResultPanel({ record, timeZone }: Props) {
  const { t } = useTranslation();
  const language = useLanguage();

  if (!record) {
    return (
      <Paper p="xl" radius="lg" bg="gray.1" data-testid="scan-result" data-outcome="none" aria-live="polite">
        <Title order={2} size="h3" ta="center" c="dimmed">
          {t("checkIn.ready")}
        </Title>
      </Paper>
    );
  }

  const look = LOOK[toneOf(record.outcome)];
  const person = record.person;
  return (
    <Paper p="lg" radius="lg" style={{ background: look.bg, color: look.fg }} data-testid="scan-result" data-outcome={record.outcome} aria-live="assertive">
      <Stack gap={6} align="center" ta="center">
        <Title order={2} size="h2" c="inherit" data-testid="scan-verdict">
          {record.outcome === "repeat" && record.firstCheckedInAt
            ? t("checkIn.outcome.repeatAt", { time: formatVenueTime(record.firstCheckedInAt, timeZone, language) })
            : t(`checkIn.outcome.${record.outcome}`)}
        </Title>
        {person ? (
          <>
            <Text fz={{ base: 28, sm: 34 }} fw={750} lh={1.15} data-testid="scan-name" style={{ overflowWrap: "anywhere" }}>
              {person.fullName}
            </Text>
            {person.organizationName ? (
              <Text fz="lg" fw={500}>
                {person.organizationName}
              </Text>
            ) : null}
            <Badge
              size="xl"
              radius="sm"
              style={{
                background: CATEGORY_COLORS[person.category],
                color: textColorOn(CATEGORY_COLORS[person.category]),
                border: "2px solid rgba(255,255,255,0.9)",
              }}
            >
              {t(`checkIn.categories.${person.category}`)}
            </Badge>
          </>
        ) : null}
        {/* Anything but a clean first entry tells the door staff what to do next. */}
        {record.outcome !== "accepted" || !person ? (
          <Text fz="lg" fw={500} data-testid="scan-hint">
            {t(`checkIn.hint.${record.outcome}`)}
          </Text>
        ) : null}
        <Text size="sm" opacity={0.9}>
          {record.rejection ? t("checkIn.rejected", { reason: record.rejection }) : record.synced ? t("checkIn.confirmed") : t("checkIn.localOnly")}
        </Text>
      </Stack>
    </Paper>
  );
}
