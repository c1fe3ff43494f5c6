import { Progress, SimpleGrid, Stack, Text } from "@mantine/core";
import { useTranslation } from "react-i18next";
import type { TForumStats } from "../../../../../contracts/exhibitions";
import { formatMoney, formatNumber } from "../../../../ui/format";
import { useLanguage } from "../../../../ui/useLanguage";
import { KpiCard } from "./KpiCard";

const percent = (part: number, whole: number) => (whole > 0 ? Math.round((part / whole) * 100) : 0);

/** The figures an organiser looks at first: exhibitors, booths, area, money, visitors. */
export function KpiCards({ stats }: { stats: TForumStats }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const n = (value: number) => formatNumber(value, language);
  const { booths, registrations, checkIns } = stats;

  return (
    <SimpleGrid cols={{ base: 2, md: 3 }} spacing="sm" data-testid="kpi-cards">
      <KpiCard
        label={t("dashboard.kpi.exhibitors")}
        value={n(stats.exhibitors.total)}
        testId="kpi-exhibitors"
        rawValue={stats.exhibitors.total}
        detail={t("dashboard.kpi.countries", { count: stats.exhibitors.byCountry.length })}
      />
      <KpiCard
        label={t("dashboard.kpi.booths")}
        value={t("dashboard.kpi.boothsSold", { sold: n(booths.sold), total: n(booths.total) })}
        testId="kpi-booths"
        rawValue={booths.sold}
        detail={t("dashboard.kpi.boothsDetail", { reserved: n(booths.reserved), free: n(booths.free) })}
      >
        <Progress.Root size="lg" mt="xs" aria-label={t("dashboard.kpi.boothsBar", { percent: percent(booths.sold + booths.reserved, booths.total) })}>
          <Progress.Section value={percent(booths.sold, booths.total)} color="brand" />
          <Progress.Section value={percent(booths.reserved, booths.total)} color="yellow" />
        </Progress.Root>
      </KpiCard>
      <KpiCard
        label={t("dashboard.kpi.area")}
        value={t("dashboard.kpi.areaValue", { area: n(Math.round(booths.soldArea)) })}
        testId="kpi-area"
        rawValue={booths.soldArea}
        detail={t("dashboard.kpi.areaDetail", { percent: percent(booths.soldArea, booths.area), total: n(Math.round(booths.area)) })}
      />
      <KpiCard
        label={t("dashboard.kpi.revenue")}
        value={
          booths.revenue.length === 0 ? (
            "—"
          ) : (
            <Stack gap={0}>
              {booths.revenue.map((r) => (
                <Text key={r.currency} fz={booths.revenue.length > 1 ? 18 : 22} fw={700} lh={1.25} span display="block">
                  {formatMoney(r.amount, r.currency, language)}
                </Text>
              ))}
            </Stack>
          )
        }
        testId="kpi-revenue"
        detail={t("dashboard.kpi.revenueDetail")}
      />
      <KpiCard label={t("dashboard.kpi.registrations")} value={n(registrations.total)} testId="kpi-registrations" rawValue={registrations.total} />
      <KpiCard
        label={t("dashboard.kpi.checkIns")}
        value={n(checkIns.total)}
        testId="kpi-check-ins"
        rawValue={checkIns.total}
        detail={t("dashboard.kpi.checkInRate", { percent: percent(checkIns.total, registrations.total) })}
      />
    </SimpleGrid>
  );
}
