import { Button } from "@mantine/core";
import type { RefObject } from "react";
import { useTranslation } from "react-i18next";
import type { echarts } from "../../../ui/echarts";
import { type CsvColumn, fileNameOf, saveChartPng, saveFile, toCsv } from "./downloads";

export function CsvButton<T>({ title, columns, rows }: { title: string; columns: CsvColumn<T>[]; rows: T[] }) {
  const { t } = useTranslation();
  return (
    <Button
      size="compact-xs"
      variant="default"
      disabled={rows.length === 0}
      onClick={() => saveFile(`${fileNameOf(title)}.csv`, new Blob([`\uFEFF${toCsv(columns, rows)}`], { type: "text/csv;charset=utf-8" }))}
    >
      {t("trade.downloadCsv")}
    </Button>
  );
}

export function PngButton({ title, chart }: { title: string; chart: RefObject<echarts.ECharts | null> }) {
  const { t } = useTranslation();
  return (
    <Button size="compact-xs" variant="default" onClick={() => chart.current && void saveChartPng(chart.current, `${fileNameOf(title)}.png`)}>
      {t("trade.downloadPng")}
    </Button>
  );
}
