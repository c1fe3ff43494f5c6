import { Anchor, Container, Paper, SimpleGrid, Stack, Text } from "@mantine/core";
import { useMemo, useState } from "react";
import { useTranslation } from "react-i18next";
import { Link, useParams } from "react-router";
import { ErrorAlert } from "../../../ui/ErrorAlert";
import { formatDecimal, formatNumber } from "../../../ui/format";
import { PageLoader } from "../../../ui/Loading";
import { useDocumentTitle } from "../../../ui/useDocumentTitle";
import { useLanguage } from "../../../ui/useLanguage";
import { ChartCard } from "../components/ChartCard";
import { partnersOption, structureOption, yearsOption } from "../components/chart-options";
import { DataTable } from "../components/DataTable";
import { TradePageHeader } from "../components/TradePageHeader";
import { YearSelect } from "../components/YearSelect";
import { useUsd } from "../hooks/money";
import { usePlaceNames } from "../hooks/place-names";
import { useJurisdictionProfile } from "../hooks/trade";

export function JurisdictionProfilePage() {
  const { t } = useTranslation();
  const language = useLanguage();
  const code = (useParams().code ?? "").toUpperCase();
  const [year, setYear] = useState<number | undefined>();
  const profile = useJurisdictionProfile(code, year);
  const usd = useUsd();
  const name = usePlaceNames([code, ...(profile.data?.partners.map((p) => p.partner) ?? [])]);
  const title = t("trade.profile.title", { name: name(code) });
  useDocumentTitle(title);
  const data = profile.data;
  const charts = useMemo(() => {
    if (!data) return undefined;
    const labels = { exports: t("trade.flowExports"), imports: t("trade.flowImports") };
    return { years: yearsOption(data, labels, usd), partners: partnersOption(data, name, labels, usd), structure: structureOption(data, usd) };
  }, [data, name, usd, t]);
  if (profile.isPending) return <PageLoader />;
  if (profile.isError || !data || !charts) return <ErrorAlert error={profile.error} />;
  const shown = data.year;
  return (
    <Container size="lg" py="lg">
      <Stack gap="md">
        <TradePageHeader title={title} dataset={{ name: data.dataset, synthetic: data.synthetic }}>
          <YearSelect years={data.years.map((y) => y.year)} value={shown} onChange={setYear} />
        </TradePageHeader>
        <Paper withBorder p="md" radius="md" data-testid="complexity">
          <Text fw={600}>{t("trade.profile.complexity")}</Text>
          <Text size="sm">
            {data.complexity
              ? t("trade.profile.complexityRank", {
                  rank: data.complexity.rank,
                  of: data.complexity.of,
                  eci: formatDecimal(data.complexity.eci, language),
                  diversity: data.complexity.diversity,
                  year: shown,
                })
              : t("trade.profile.regionNotRanked")}
          </Text>
        </Paper>
        <ChartCard title={t("trade.profile.years")} option={charts.years} testId="profile-years" />
        <SimpleGrid cols={{ base: 1, md: 2 }}>
          <ChartCard title={t("trade.profile.partners", { year: shown })} option={charts.partners} height={340} />
          <ChartCard title={t("trade.profile.structure", { name: name(code), year: shown })} option={charts.structure} height={340} />
        </SimpleGrid>
        <DataTable
          title={t("trade.profile.partnersTable", { year: shown })}
          rows={data.partners}
          rowKey={(row) => row.partner}
          columns={[
            {
              label: t("trade.col.partner"),
              value: (row) => name(row.partner),
              render: (row) => (
                <Anchor component={Link} to={`/trade/bilateral/${code}/${row.partner}`}>
                  {name(row.partner)}
                </Anchor>
              ),
            },
            { label: t("trade.col.exports"), value: (row) => row.exports, render: (row) => usd(row.exports), numeric: true },
            { label: t("trade.col.imports"), value: (row) => row.imports, render: (row) => usd(row.imports), numeric: true },
          ]}
        />
        <DataTable
          title={t("trade.profile.rca", { year: shown })}
          description={t("trade.profile.rcaHint")}
          rows={data.rcaProducts}
          rowKey={(row) => row.hs}
          testId="rca-table"
          columns={[
            { label: t("trade.col.hs"), value: (row) => row.hs },
            { label: t("trade.col.product"), value: (row) => row.name },
            { label: t("trade.col.rca"), value: (row) => row.rca, render: (row) => formatDecimal(row.rca, language), numeric: true },
            { label: t("trade.col.value"), value: (row) => row.value, render: (row) => usd(row.value), numeric: true },
            {
              label: t("trade.col.worldShare"),
              value: (row) => row.worldShare,
              render: (row) => `${formatNumber(Math.round(row.worldShare * 1000) / 10, language)} %`,
              numeric: true,
            },
          ]}
        />
      </Stack>
    </Container>
  );
}
