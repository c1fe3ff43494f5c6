import type { TMatchmakingStats, TScheduleReview } from "../../../../../contracts/matchmaking";
import type { ChartOption } from "../../../../ui/EChart";

type DayCount = TMatchmakingStats["requestsByDay"][number];
type SlotLoad = TScheduleReview["tableLoad"][number];

const DAY_MS = 86_400_000;
const grid = { left: 8, right: 16, top: 36, bottom: 8, containLabel: true };
// The dashboard's palette: table, booth, online stay apart for common colour blindness.
const PLACE_COLORS = { table: "#0e8677", booth: "#f08c00", online: "#1971c2" } as const;
const CAPACITY_COLOR = "#c2255c";

/** Every day from the first to the last with requests, the quiet ones at zero, so gaps show as gaps. */
export function fillDays(items: readonly DayCount[]): DayCount[] {
  if (items.length === 0) return [];
  const counts = new Map<string, number>();
  for (const item of items) counts.set(item.date, (counts.get(item.date) ?? 0) + item.requests);
  const days = [...counts.keys()].sort();
  const last = Date.parse(`${days[days.length - 1]}T00:00:00Z`);
  const result: DayCount[] = [];
  for (let at = Date.parse(`${days[0]}T00:00:00Z`); at <= last; at += DAY_MS) {
    const date = new Date(at).toISOString().slice(0, 10);
    result.push({ date, requests: counts.get(date) ?? 0 });
  }
  return result;
}

export function requestsPerDayOption(items: readonly DayCount[], dayLabel: (date: string) => string, seriesName: string): ChartOption {
  const days = fillDays(items);
  return {
    color: [PLACE_COLORS.table],
    grid: { ...grid, top: 16 },
    tooltip: { trigger: "axis", axisPointer: { type: "shadow" } },
    xAxis: { type: "category", data: days.map((day) => dayLabel(day.date)) },
    yAxis: { type: "value", minInterval: 1 },
    series: [{ type: "bar", name: seriesName, data: days.map((day) => day.requests), barMaxWidth: 28 }],
  };
}

export type TableLoadRow = SlotLoad & {
  /** More meetings at tables than there are tables: the independent check should have said so. */
  overCapacity: boolean;
  /** Share of the tables in use, 0–1; null without tables. */
  tableShare: number | null;
};

/** The slots in time order, each with how full the meeting area is. */
export function tableLoadRows(load: readonly SlotLoad[], tables: number | null): TableLoadRow[] {
  return [...load]
    .sort((a, b) => Date.parse(a.startsAt) - Date.parse(b.startsAt))
    .map((slot) => ({
      ...slot,
      overCapacity: tables !== null && slot.tables > tables,
      tableShare: tables ? slot.tables / tables : null,
    }));
}

/** The busiest slot's table count and how many slots use every table. */
export function tableLoadSummary(rows: readonly TableLoadRow[], tables: number | null) {
  const peak = rows.reduce((max, row) => Math.max(max, row.tables), 0);
  const full = tables ? rows.filter((row) => row.tables >= tables).length : 0;
  return { peak, full };
}

type PlaceNames = { table: string; booth: string; online: string; capacity: string };

/** Meetings per slot stacked by place, with the number of tables drawn across as the limit. */
export function tableLoadOption(rows: readonly TableLoadRow[], tables: number | null, slotLabel: (startsAt: string) => string, names: PlaceNames): ChartOption {
  const bar = (key: keyof typeof PLACE_COLORS) => ({
    type: "bar" as const,
    stack: "meetings",
    name: names[key],
    itemStyle: { color: PLACE_COLORS[key] },
    data: rows.map((row) => (key === "table" ? row.tables : row[key])),
    barMaxWidth: 24,
  });
  const tablesBar = bar("table");
  return {
    grid,
    tooltip: { trigger: "axis", axisPointer: { type: "shadow" } },
    legend: { type: "scroll", top: 0 },
    xAxis: { type: "category", data: rows.map((row) => slotLabel(row.startsAt)), axisLabel: { hideOverlap: true } },
    yAxis: { type: "value", minInterval: 1 },
    series: [
      tables
        ? {
            ...tablesBar,
            markLine: {
              symbol: "none",
              silent: true,
              lineStyle: { color: CAPACITY_COLOR, type: "dashed" },
              label: { formatter: `${names.capacity}: ${tables}`, position: "insideEndTop" },
              data: [{ yAxis: tables }],
            },
          }
        : tablesBar,
      bar("booth"),
      bar("online"),
    ],
  };
}
