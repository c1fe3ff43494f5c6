import { Badge, Group, Select, Stack, Text } from "@mantine/core";
import { useMemo, useState } from "react";
import { useTranslation } from "react-i18next";
import type { TStageFigures } from "../../../../contracts/cooperation";
import { ErrorAlert } from "../../../ui/ErrorAlert";
import { formatDecimal } from "../../../ui/format";
import { PageLoader } from "../../../ui/Loading";
import { pickLocalized } from "../../../ui/localized";
import { useLanguage } from "../../../ui/useLanguage";
import { ChartCard } from "../../trade/components/ChartCard";
import { DataTable } from "../../trade/components/DataTable";
import { useUsd } from "../../trade/hooks/money";
import { useChainCoverage, useValueChains } from "../hooks/cooperation";
import { COVERAGE_COLOURS, type Coverage, chainSankeyOption, stageCoverage } from "./chain-sankey";

type Props = { a: string; b: string; names: { a: string; b: string } };
type Row = { id: string; name: string; a: TStageFigures; b: TStageFigures; coverage: Coverage };

/** One chain at a time as a Sankey diagram coloured by who has each stage, with the figures as a table. */
export function ValueChainsPanel({ a, b, names }: Props) {
  const { t } = useTranslation();
  const language = useLanguage();
  const usd = useUsd();
  const chains = useValueChains();
  const coverage = useChainCoverage(a, b);
  const [chosen, setChosen] = useState<string | null>(null);
  const chain = chains.data?.find((c) => c.id === chosen) ?? chains.data?.[0];
  const rows: Row[] = useMemo(() => {
    if (!chain || !coverage.data) return [];
    return chain.stages.map((stage) => {
      const found = coverage.data.stages.find((s) => s.chain === chain.id && s.stage === stage.id);
      const empty = { exports: 0, imports: 0, rca: null, makers: 0, offers: 0, requests: 0 };
      const [fa, fb] = [found?.a ?? empty, found?.b ?? empty];
      return { id: stage.id, name: pickLocalized(stage.name, language), a: fa, b: fb, coverage: stageCoverage(fa, fb) };
    });
  }, [chain, coverage.data, language]);
  const option = useMemo(() => {
    if (!chain || rows.length === 0) return null;
    const byId = new Map(rows.map((row) => [row.id, row]));
    return chainSankeyOption(chain, (id) => {
      const row = byId.get(id) as Row;
      const note = chain.stages.find((stage) => stage.id === id)?.note ?? "";
      return { name: row.name, coverage: row.coverage, tooltip: `${row.name}: ${t(`cooperation.coverage.${row.coverage}`, names)}<br/>${escapeHtml(note)}` };
    });
  }, [chain, rows, names, t]);
  if (chains.isPending || coverage.isPending) return <PageLoader />;
  if (chains.isError || coverage.isError) return <ErrorAlert error={chains.error ?? coverage.error} />;
  if (!chain || !option) return <PageLoader />;
  const rca = (value: number | null) => (value === null ? "—" : formatDecimal(value, language, 1));
  const side = (key: "a" | "b") => [
    {
      label: t("cooperation.col.exports", { side: names[key] }),
      value: (row: Row) => row[key].exports,
      render: (row: Row) => usd(row[key].exports),
      numeric: true,
    },
    {
      label: t("cooperation.col.imports", { side: names[key] }),
      value: (row: Row) => row[key].imports,
      render: (row: Row) => usd(row[key].imports),
      numeric: true,
    },
    { label: t("cooperation.col.rca", { side: names[key] }), value: (row: Row) => row[key].rca, render: (row: Row) => rca(row[key].rca), numeric: true },
    { label: t("cooperation.col.companies", { side: names[key] }), value: (row: Row) => row[key].makers + row[key].offers, numeric: true },
    { label: t("cooperation.col.requests", { side: names[key] }), value: (row: Row) => row[key].requests, numeric: true },
  ];
  return (
    <Stack gap="md">
      <Select
        label={t("cooperation.chain")}
        data={(chains.data ?? []).map((c) => ({ value: c.id, label: pickLocalized(c.name, language) }))}
        value={chain.id}
        onChange={setChosen}
        allowDeselect={false}
        maw={420}
      />
      <Group gap="xs" aria-label={t("cooperation.legend")}>
        {(Object.keys(COVERAGE_COLOURS) as Coverage[]).map((key) => (
          <Badge key={key} color={COVERAGE_COLOURS[key]} variant="filled" size="sm">
            {t(`cooperation.coverage.${key}`, names)}
          </Badge>
        ))}
      </Group>
      <ChartCard
        title={pickLocalized(chain.name, language)}
        description={chain.source}
        option={option}
        height={Math.max(260, chain.stages.length * 56)}
        testId="chain-sankey"
      />
      <DataTable
        title={t("cooperation.stagesTable", { chain: pickLocalized(chain.name, language) })}
        rows={rows}
        rowKey={(row) => row.id}
        testId="chain-stages"
        columns={[{ label: t("cooperation.col.stage"), value: (row: Row) => row.name }, ...side("a"), ...side("b")]}
      />
      {coverage.data?.trade ? (
        <Text size="xs" c="dimmed">
          {t("cooperation.basis", { dataset: coverage.data.trade.dataset, year: coverage.data.trade.year })}
        </Text>
      ) : null}
    </Stack>
  );
}

/** Tooltips are HTML: the notes are our data, but they are text and must stay text. */
const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
