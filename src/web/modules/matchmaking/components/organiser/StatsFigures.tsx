import { SimpleGrid, Stack, Text } from "@mantine/core";
import { useTranslation } from "react-i18next";
import type { TMatchmakingStats } from "../../../../../contracts/matchmaking";
import { formatNumber } from "../../../../ui/format";
import { useLanguage } from "../../../../ui/useLanguage";
import { KpiCard } from "../../../exhibitions/components/dashboard/KpiCard";

/** Label–figure lines under a headline figure: how a total splits up. */
function Breakdown({ lines }: { lines: [label: string, value: number, testId: string][] }) {
  const language = useLanguage();
  return (
    <Stack gap={0} mt={6}>
      {lines.map(([label, value, testId]) => (
        <Text key={testId} size="xs" c="dimmed" style={{ display: "flex", justifyContent: "space-between", gap: 8 }}>
          <span>{label}</span>
          <Text span size="xs" fw={600} c="dark" data-testid={testId} data-value={value}>
            {formatNumber(value, language)}
          </Text>
        </Text>
      ))}
    </Stack>
  );
}

/** The desk's headline figures: who takes part, how requests fare, meetings and what came of them. */
export function StatsFigures({ stats }: { stats: TMatchmakingStats }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const n = (value: number) => formatNumber(value, language);
  const { requests, meetings, outcomes } = stats;
  const label = (key: string) => t(`matchmakingAdmin.dashboard.${key}`);

  return (
    <SimpleGrid cols={{ base: 2, md: 3 }} spacing="sm" data-testid="desk-figures">
      <KpiCard
        label={label("participants")}
        value={n(stats.participants)}
        rawValue={stats.participants}
        testId="stat-participants"
        detail={t("matchmakingAdmin.dashboard.profiles", { count: n(stats.profiles) })}
      />
      <KpiCard label={label("requests")} value={n(requests.total)} rawValue={requests.total} testId="stat-requests">
        <Breakdown
          lines={[
            [t("matchmaking.statuses.pending"), requests.pending, "stat-requests-pending"],
            [t("matchmaking.statuses.accepted"), requests.accepted, "stat-requests-accepted"],
            [t("matchmaking.statuses.declined"), requests.declined, "stat-requests-declined"],
            [t("matchmaking.statuses.cancelled"), requests.cancelled, "stat-requests-cancelled"],
            [t("matchmaking.statuses.expired"), requests.expired, "stat-requests-expired"],
          ]}
        />
      </KpiCard>
      <KpiCard
        label={label("acceptance")}
        value={stats.acceptanceRate === null ? "—" : `${Math.round(stats.acceptanceRate * 100)}%`}
        rawValue={stats.acceptanceRate ?? undefined}
        testId="stat-acceptance"
        detail={label("acceptanceHint")}
      />
      <KpiCard label={label("meetings")} value={n(meetings.total)} rawValue={meetings.total} testId="stat-meetings">
        <Breakdown
          lines={[
            [label("scheduled"), meetings.scheduled, "stat-meetings-scheduled"],
            [label("held"), meetings.held, "stat-meetings-held"],
            [label("cancelled"), meetings.cancelled, "stat-meetings-cancelled"],
            [label("noShow"), meetings.noShow, "stat-meetings-no-show"],
          ]}
        />
      </KpiCard>
      <KpiCard label={label("outcomes")} value={n(outcomes.dealExpected)} rawValue={outcomes.dealExpected} testId="stat-deals-expected">
        <Breakdown
          lines={[
            [t("matchmakingAdmin.outcomes.deal_expected"), outcomes.dealExpected, "stat-outcome-deal"],
            [t("matchmakingAdmin.outcomes.follow_up"), outcomes.followUp, "stat-outcome-follow-up"],
            [t("matchmakingAdmin.outcomes.no_interest"), outcomes.noInterest, "stat-outcome-no-interest"],
          ]}
        />
      </KpiCard>
      <KpiCard
        label={label("expectedValue")}
        testId="stat-expected-value"
        detail={label("expectedValueHint")}
        value={
          stats.expectedValue.length === 0 ? (
            "—"
          ) : (
            <Stack gap={0}>
              {stats.expectedValue.map((v) => (
                // Whole units, the code after them: deal values are estimates, and the code may take its own line in a narrow card.
                <Text key={v.currency} fz={stats.expectedValue.length > 1 ? 17 : 20} fw={700} lh={1.25} span display="block">
                  {`${formatNumber(Math.round(v.value), language)} ${v.currency}`}
                </Text>
              ))}
            </Stack>
          )
        }
      />
    </SimpleGrid>
  );
}
