import { SimpleGrid, Text } from "@mantine/core";
import { useMemo } from "react";
import { useTranslation } from "react-i18next";
import type { TForumStats } from "../../../../../contracts/exhibitions";
import { EChart } from "../../../../ui/EChart";
import { TitledPanel } from "../../../../ui/TitledPanel";
import { useLanguage } from "../../../../ui/useLanguage";
import { useJurisdictionName } from "../../../directory/components/JurisdictionSelects";
import { useSectorNames } from "../../../directory/components/SectorSelects";
import { donut, hourlyStack, PALETTE, perVenueDay, rankedBars } from "./chart-options";
import { useVenueDay, useVenueHour } from "./labels";

const HEIGHT = 300;

function ChartPanel({ title, empty, children }: { title: string; empty: boolean; children: React.ReactNode }) {
  const { t } = useTranslation();
  return (
    <TitledPanel look="section" title={title}>
      {empty ? (
        <Text c="dimmed" size="sm" h={80}>
          {t("dashboard.charts.empty")}
        </Text>
      ) : (
        children
      )}
    </TitledPanel>
  );
}

/** Who exhibits (countries, sectors) and when visitors came (registrations and check-ins by hour and category). */
export function DashboardCharts({ stats }: { stats: TForumStats }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const sectorName = useSectorNames();
  const countryName = useJurisdictionName().country;
  const hourLabel = useVenueHour(stats.timeZone);
  const dayLabel = useVenueDay();
  const registrationDays = perVenueDay(stats.registrations.byHour);
  const categoryName = (key: string) => t(`registration.categories.${key}`, { defaultValue: key });

  // Options are rebuilt only when the figures or the language change, not on every poll with the same answer.
  const data = JSON.stringify([stats.exhibitors, stats.registrations, stats.checkIns]);
  // Sector names arrive with the reference data, possibly after the figures.
  const sectorNames = stats.exhibitors.bySector.map((s) => sectorName(s.key)).join("|");
  // Country names arrive with the reference data too.
  const countryNames = stats.exhibitors.byCountry.map((c) => countryName(c.key)).join("|");
  // biome-ignore lint/correctness/useExhaustiveDependencies: keyed on the figures' content and the language
  const options = useMemo(
    () => ({
      countries: rankedBars(stats.exhibitors.byCountry, countryName, PALETTE[0]),
      sectors: rankedBars(stats.exhibitors.bySector, sectorName, PALETTE[1]),
      registrations: registrationDays
        ? hourlyStack(registrationDays, dayLabel, categoryName)
        : hourlyStack(stats.registrations.byHour, hourLabel, categoryName),
      checkIns: hourlyStack(stats.checkIns.byHour, hourLabel, categoryName),
      categories: donut(stats.checkIns.byCategory, categoryName),
    }),
    [data, language, sectorNames, countryNames],
  );
  const barHeight = (count: number) => Math.max(160, count * 30 + 40);

  return (
    <SimpleGrid cols={{ base: 1, md: 2 }} spacing="md">
      <ChartPanel title={t("dashboard.charts.countries")} empty={stats.exhibitors.byCountry.length === 0}>
        <EChart
          option={options.countries}
          height={barHeight(stats.exhibitors.byCountry.length)}
          label={t("dashboard.charts.countries")}
          testId="chart-countries"
        />
      </ChartPanel>
      <ChartPanel title={t("dashboard.charts.sectors")} empty={stats.exhibitors.bySector.length === 0}>
        <EChart option={options.sectors} height={barHeight(stats.exhibitors.bySector.length)} label={t("dashboard.charts.sectors")} testId="chart-sectors" />
      </ChartPanel>
      <ChartPanel
        title={t(registrationDays ? "dashboard.charts.registrationsByDay" : "dashboard.charts.registrations")}
        empty={stats.registrations.byHour.length === 0}
      >
        <EChart option={options.registrations} height={HEIGHT} label={t("dashboard.charts.registrations")} testId="chart-registrations" />
      </ChartPanel>
      <ChartPanel title={t("dashboard.charts.checkIns")} empty={stats.checkIns.byHour.length === 0}>
        <EChart option={options.checkIns} height={HEIGHT} label={t("dashboard.charts.checkIns")} testId="chart-check-ins" />
      </ChartPanel>
      <ChartPanel title={t("dashboard.charts.categories")} empty={stats.checkIns.byCategory.length === 0}>
        <EChart option={options.categories} height={HEIGHT} label={t("dashboard.charts.categories")} testId="chart-categories" />
      </ChartPanel>
    </SimpleGrid>
  );
}
