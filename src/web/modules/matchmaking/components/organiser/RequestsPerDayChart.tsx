import { Text } from "@mantine/core";
import { useMemo } from "react";
import { useTranslation } from "react-i18next";
import type { TMatchmakingStats } from "../../../../../contracts/matchmaking";
import { EChart } from "../../../../ui/EChart";
import { TitledPanel } from "../../../../ui/TitledPanel";
import { useLanguage } from "../../../../ui/useLanguage";
import { useVenueDay } from "../../../exhibitions/components/dashboard/labels";
import { requestsPerDayOption } from "./desk-charts";

/** How many meeting requests were sent each day: whether reminders and invitations worked. */
export function RequestsPerDayChart({ days }: { days: TMatchmakingStats["requestsByDay"] }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const dayLabel = useVenueDay();
  const title = t("matchmakingAdmin.dashboard.requestsPerDay");
  // Rebuilt when the figures or the language change, not on every poll with the same answer.
  const data = JSON.stringify(days);
  // biome-ignore lint/correctness/useExhaustiveDependencies: keyed on the figures' content and the language
  const option = useMemo(() => requestsPerDayOption(days, dayLabel, t("matchmakingAdmin.dashboard.requests")), [data, language]);
  return (
    <TitledPanel look="section" title={title}>
      {days.length === 0 ? (
        <Text c="dimmed" size="sm">
          {t("matchmakingAdmin.dashboard.noRequests")}
        </Text>
      ) : (
        <EChart option={option} height={280} label={title} testId="chart-requests-per-day" />
      )}
    </TitledPanel>
  );
}
