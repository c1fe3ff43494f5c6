import { Button, Container, SimpleGrid, Stack } from "@mantine/core";
import { useMemo, useState } from "react";
import { useTranslation } from "react-i18next";
import { useNavigate, useParams } from "react-router";
import type { TBilateralView } from "../../../../contracts/trade";
import { ErrorAlert } from "../../../ui/ErrorAlert";
import { formatChange } from "../../../ui/format";
import { PageLoader } from "../../../ui/Loading";
import { useDocumentTitle } from "../../../ui/useDocumentTitle";
import { useLanguage } from "../../../ui/useLanguage";
import { ChartCard } from "../components/ChartCard";
import { indicatorsOption, turnoverOption } from "../components/chart-options";
import { DataTable } from "../components/DataTable";
import { MethodNote } from "../components/MethodNote";
import { PotentialTable } from "../components/PotentialTable";
import { TradePageHeader } from "../components/TradePageHeader";
import { YearSelect } from "../components/YearSelect";
import { useUsd } from "../hooks/money";
import { usePlaceNames } from "../hooks/place-names";
import { useBilateralView } from "../hooks/trade";

type Year = TBilateralView["years"][number];
type Top = TBilateralView["topAToB"][number];

export function BilateralPage() {
  const { t } = useTranslation();
  const language = useLanguage();
  const navigate = useNavigate();
  const a = (useParams().a ?? "").toUpperCase();
  const b = (useParams().b ?? "").toUpperCase();
  const [year, setYear] = useState<number | undefined>();
  const view = useBilateralView(a, b, year);
  const usd = useUsd();
  const name = usePlaceNames([a, b]);
  const [nameA, nameB] = [name(a), name(b)];
  const title = t("trade.bilateral.title", { a: nameA, b: nameB });
  useDocumentTitle(title);
  const data = view.data;
  const flowAB = t("trade.bilateral.flow", { from: nameA, to: nameB });
  const flowBA = t("trade.bilateral.flow", { from: nameB, to: nameA });
  const charts = useMemo(
    () =>
      data && {
        turnover: turnoverOption(data, { aToB: flowAB, bToA: flowBA, reported: t("trade.bilateral.reported") }, usd),
        indicators: indicatorsOption(data, {
          complementarityAB: t("trade.bilateral.complementarity", { from: nameA, to: nameB }),
          complementarityBA: t("trade.bilateral.complementarity", { from: nameB, to: nameA }),
          intensityAB: t("trade.bilateral.intensity", { from: nameA, to: nameB }),
          intensityBA: t("trade.bilateral.intensity", { from: nameB, to: nameA }),
        }),
      },
    [data, flowAB, flowBA, nameA, nameB, usd, t],
  );
  if (view.isPending) return <PageLoader />;
  if (view.isError || !data || !charts) return <ErrorAlert error={view.error} />;
  const growth = (value: number | null) => (value === null ? "—" : formatChange(value, language));
  const topColumns = [
    { label: t("trade.col.hs"), value: (row: Top) => row.hs },
    { label: t("trade.col.product"), value: (row: Top) => row.name },
    { label: t("trade.col.value"), value: (row: Top) => row.value, render: (row: Top) => usd(row.value), numeric: true },
    { label: t("trade.col.growth"), value: (row: Top) => row.growth, render: (row: Top) => growth(row.growth), numeric: true },
  ];
  return (
    <Container size="lg" py="lg">
      <Stack gap="md">
        <TradePageHeader title={title} dataset={{ name: data.dataset, synthetic: data.synthetic }}>
          <Button variant="default" onClick={() => navigate(`/trade/bilateral/${b}/${a}`)}>
            {t("trade.bilateral.swap")}
          </Button>
          <YearSelect years={data.years.filter((y) => y.turnover !== null).map((y) => y.year)} value={data.year} onChange={setYear} />
        </TradePageHeader>
        <ChartCard title={t("trade.bilateral.turnover")} description={t("trade.bilateral.turnoverHint")} option={charts.turnover} testId="turnover-chart" />
        <DataTable
          title={t("trade.bilateral.turnoverTable", { a: nameA, b: nameB })}
          rows={data.years}
          rowKey={(row) => String(row.year)}
          testId="turnover-table"
          columns={[
            { label: t("trade.col.year"), value: (row: Year) => row.year },
            { label: flowAB, value: (row: Year) => row.aToB, render: (row: Year) => usd(row.aToB), numeric: true },
            { label: flowBA, value: (row: Year) => row.bToA, render: (row: Year) => usd(row.bToA), numeric: true },
            { label: t("trade.col.turnover"), value: (row: Year) => row.turnover, render: (row: Year) => usd(row.turnover), numeric: true },
            { label: t("trade.col.growth"), value: (row: Year) => row.growth, render: (row: Year) => growth(row.growth), numeric: true },
            {
              label: t("trade.col.reported"),
              value: (row: Year) => row.reported.map((r) => r.turnoverUsd).join("; "),
              render: (row: Year) => row.reported.map((r) => usd(r.turnoverUsd)).join("; ") || "—",
              numeric: true,
            },
            { label: t("trade.col.source"), value: (row: Year) => row.reported.map((r) => [r.source, r.note].filter(Boolean).join(": ")).join("; ") },
          ]}
        />
        <SimpleGrid cols={{ base: 1, md: 2 }}>
          <DataTable
            title={t("trade.bilateral.top", { from: nameA, to: nameB, year: data.year })}
            rows={data.topAToB}
            rowKey={(row) => row.hs}
            columns={topColumns}
          />
          <DataTable
            title={t("trade.bilateral.top", { from: nameB, to: nameA, year: data.year })}
            rows={data.topBToA}
            rowKey={(row) => row.hs}
            columns={topColumns}
          />
        </SimpleGrid>
        <ChartCard title={t("trade.bilateral.indicators")} description={t("trade.bilateral.indicatorsHint")} option={charts.indicators} />
        <DataTable
          title={t("trade.bilateral.mirror")}
          description={t("trade.bilateral.mirrorHint")}
          rows={data.mirror}
          rowKey={(row) => `${row.year}-${row.exporter}`}
          empty={t("trade.bilateral.mirrorNone")}
          testId="mirror-table"
          columns={[
            { label: t("trade.col.year"), value: (row) => row.year },
            { label: t("trade.col.flow"), value: (row) => t("trade.bilateral.flow", { from: name(row.exporter), to: name(row.importer) }) },
            { label: t("trade.col.exporterReports"), value: (row) => row.exporterReports, render: (row) => usd(row.exporterReports), numeric: true },
            { label: t("trade.col.importerReports"), value: (row) => row.importerReports, render: (row) => usd(row.importerReports), numeric: true },
            { label: t("trade.col.gap"), value: (row) => row.gap, render: (row) => growth(row.gap), numeric: true },
          ]}
        />
        <MethodNote />
        <PotentialTable title={t("trade.bilateral.untapped", { from: nameA, to: nameB, year: data.year })} rows={data.untappedAToB} />
        <PotentialTable title={t("trade.bilateral.untapped", { from: nameB, to: nameA, year: data.year })} rows={data.untappedBToA} />
      </Stack>
    </Container>
  );
}
