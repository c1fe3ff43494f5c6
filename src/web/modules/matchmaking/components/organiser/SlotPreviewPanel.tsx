import { Alert, Group, Text } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { formatNumber } from "../../../../ui/format";
import { useLanguage } from "../../../../ui/useLanguage";
import type { SlotPreview } from "./slot-preview";

type Props = { preview: SlotPreview; tables: number | null; boothMeetings: boolean; onlineMeetings: boolean };

/** What the times add up to: slots per participant and meetings the tables can hold. */
export function SlotPreviewPanel({ preview, tables, boothMeetings, onlineMeetings }: Props) {
  const { t } = useTranslation();
  const language = useLanguage();
  const n = (value: number) => formatNumber(value, language);
  const atTables = tables === null ? null : preview.total * tables;
  return (
    <Alert
      color={preview.total > 0 ? "brand" : "yellow"}
      variant="light"
      title={t("matchmakingAdmin.settings.previewTitle")}
      data-testid="slot-preview"
      data-total={preview.total}
      // A live summary, not a warning: read out politely as the times change.
      role="status"
      aria-live="polite"
    >
      <Group gap="lg" wrap="wrap">
        <Text size="sm" data-testid="slot-count-total">
          {t("matchmakingAdmin.settings.previewSlots", { count: n(preview.total), sessions: n(preview.perSession.length) })}
        </Text>
        {atTables !== null ? (
          <Text size="sm" data-testid="slot-capacity">
            {t("matchmakingAdmin.settings.previewTables", { count: n(atTables) })}
          </Text>
        ) : null}
        {boothMeetings || onlineMeetings ? (
          <Text size="sm" c="dimmed">
            {t("matchmakingAdmin.settings.previewMore")}
          </Text>
        ) : null}
      </Group>
    </Alert>
  );
}
