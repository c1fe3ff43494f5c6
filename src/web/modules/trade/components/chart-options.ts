import type { TBilateralView, TJurisdictionProfile } from "../../../../contracts/trade";
import type { ChartOption } from "../../../ui/EChart";

type Money = (value: number) => string;
const grid = { left: 8, right: 16, top: 40, bottom: 8, containLabel: true };
const axisMoney = (money: Money) => ({ type: "value" as const, axisLabel: { formatter: (value: number) => money(value) } });

/** Both directions stacked by year, the officially reported turnover as points beside the bars. */
export function turnoverOption(view: TBilateralView, labels: { aToB: string; bToA: string; reported: string }, money: Money): ChartOption {
  const years = view.years.map((y) => String(y.year));
  return {
    grid,
    legend: { top: 0, type: "scroll" },
    tooltip: { trigger: "axis", valueFormatter: (value) => (typeof value === "number" ? money(value) : "—") },
    xAxis: { type: "category", data: years },
    yAxis: axisMoney(money),
    series: [
      { name: labels.aToB, type: "bar", stack: "turnover", data: view.years.map((y) => y.aToB), itemStyle: { color: "#1c7ed6" } },
      { name: labels.bToA, type: "bar", stack: "turnover", data: view.years.map((y) => y.bToA), itemStyle: { color: "#40c057" } },
      {
        name: labels.reported,
        type: "scatter",
        symbol: "diamond",
        symbolSize: 14,
        itemStyle: { color: "#e8590c" },
        data: view.years.map((y) => (y.reported.length > 0 ? Math.max(...y.reported.map((r) => r.turnoverUsd)) : null)),
      },
    ],
  };
}

/** Complementarity (0–100, left axis) and intensity (right axis), both directions. */
export function indicatorsOption(
  view: TBilateralView,
  labels: { complementarityAB: string; complementarityBA: string; intensityAB: string; intensityBA: string },
): ChartOption {
  const rows = view.years.filter((y) => y.turnover !== null);
  const line = (name: string, data: (number | null)[], axis: number, dashed = false) => ({
    name,
    type: "line" as const,
    yAxisIndex: axis,
    connectNulls: true,
    lineStyle: dashed ? { type: "dashed" as const } : undefined,
    data: data.map((v) => (v === null ? null : Math.round(v * 100) / 100)),
  });
  return {
    grid,
    legend: { top: 0, type: "scroll" },
    tooltip: { trigger: "axis" },
    xAxis: { type: "category", data: rows.map((y) => String(y.year)) },
    yAxis: [
      { type: "value", min: 0, max: 100 },
      { type: "value", splitLine: { show: false } },
    ],
    series: [
      line(
        labels.complementarityAB,
        rows.map((y) => y.complementarityAB),
        0,
      ),
      line(
        labels.complementarityBA,
        rows.map((y) => y.complementarityBA),
        0,
      ),
      line(
        labels.intensityAB,
        rows.map((y) => y.intensityAB),
        1,
        true,
      ),
      line(
        labels.intensityBA,
        rows.map((y) => y.intensityBA),
        1,
        true,
      ),
    ],
  };
}

export function yearsOption(profile: TJurisdictionProfile, labels: { exports: string; imports: string }, money: Money): ChartOption {
  return {
    grid,
    legend: { top: 0, type: "scroll" },
    tooltip: { trigger: "axis", valueFormatter: (value) => (typeof value === "number" ? money(value) : "—") },
    xAxis: { type: "category", data: profile.years.map((y) => String(y.year)) },
    yAxis: axisMoney(money),
    series: [
      { name: labels.exports, type: "bar", data: profile.years.map((y) => y.exports), itemStyle: { color: "#1c7ed6" } },
      { name: labels.imports, type: "bar", data: profile.years.map((y) => y.imports), itemStyle: { color: "#fab005" } },
    ],
  };
}

export function partnersOption(
  profile: TJurisdictionProfile,
  name: (code: string) => string,
  labels: { exports: string; imports: string },
  money: Money,
): ChartOption {
  const partners = [...profile.partners].slice(0, 10).reverse();
  return {
    grid: { ...grid, left: 8 },
    legend: { top: 0, type: "scroll" },
    tooltip: { trigger: "axis", valueFormatter: (value) => (typeof value === "number" ? money(value) : "—") },
    xAxis: axisMoney(money),
    yAxis: { type: "category", data: partners.map((p) => name(p.partner)) },
    series: [
      { name: labels.exports, type: "bar", stack: "trade", data: partners.map((p) => p.exports), itemStyle: { color: "#1c7ed6" } },
      { name: labels.imports, type: "bar", stack: "trade", data: partners.map((p) => p.imports), itemStyle: { color: "#fab005" } },
    ],
  };
}

/** Exports by HS section, each split into its chapters. */
export function structureOption(profile: TJurisdictionProfile, money: Money): ChartOption {
  const sections = new Map<string, { name: string; value: number; children: { name: string; value: number }[] }>();
  for (const cell of profile.structure) {
    const section = sections.get(cell.section) ?? { name: `${cell.section}. ${cell.sectionName}`, value: 0, children: [] };
    section.value += cell.value;
    section.children.push({ name: `${cell.chapter} ${cell.chapterName}`, value: cell.value });
    sections.set(cell.section, section);
  }
  return {
    tooltip: {
      formatter: (info: unknown) => {
        const i = info as { name: string; value: number };
        return `${i.name}: ${money(i.value)}`;
      },
    },
    series: [
      {
        type: "treemap",
        roam: false,
        nodeClick: "zoomToNode",
        breadcrumb: { show: true, bottom: 0 },
        top: 8,
        bottom: 32,
        left: 0,
        right: 0,
        leafDepth: 1,
        label: { show: true, overflow: "truncate" },
        upperLabel: { show: true, height: 20 },
        data: [...sections.values()].sort((a, b) => b.value - a.value),
      },
    ],
  };
}
