import { CATEGORY_COLORS, type TVisitorCategory, VISITOR_CATEGORIES } from "../../../../../contracts/exhibitions";
import type { ChartOption } from "../../../../ui/EChart";

type Count = { key: string; count: number };
type Hourly = { hour: string; category: string; count: number };

// Pavilion-neutral colours that stay apart in print and for common colour blindness.
export const PALETTE = ["#0e8677", "#1971c2", "#f08c00", "#c2255c", "#7048e8", "#5c940d", "#868e96"];

/** Each visitor category keeps its badge's colour in every chart; grey for a category this screen does not know yet. */
const categoryColor = (category: string) => CATEGORY_COLORS[category as TVisitorCategory] ?? PALETTE[6];
const byCategoryOrder = (a: string, b: string) => VISITOR_CATEGORIES.indexOf(a as never) - VISITOR_CATEGORIES.indexOf(b as never);

const baseGrid = { left: 8, right: 16, top: 16, bottom: 8, containLabel: true };

/** Horizontal bars, largest on top; labels are cut so long sector names fit a phone. */
export function rankedBars(items: Count[], label: (key: string) => string, color: string): ChartOption {
  const sorted = [...items].sort((a, b) => a.count - b.count);
  return {
    color: [color],
    grid: baseGrid,
    tooltip: { trigger: "axis", axisPointer: { type: "shadow" } },
    xAxis: { type: "value", minInterval: 1 },
    yAxis: { type: "category", data: sorted.map((item) => label(item.key)), axisLabel: { width: 130, overflow: "truncate" } },
    series: [{ type: "bar", data: sorted.map((item) => item.count), barMaxWidth: 22, label: { show: true, position: "right" } }],
  };
}

/** Bars per venue hour, stacked by visitor category. */
const DAY_MS = 86_400_000;

/**
 * Registrations arrive over weeks, so hourly bars would be hair-thin: past a few days they are
 * counted per venue day instead. An hour is written with the venue's offset, so its first ten
 * characters are the venue date.
 */
export function perVenueDay(items: Hourly[], longerThanDays = 4): Hourly[] | null {
  const times = items.map((item) => Date.parse(item.hour));
  if (times.length === 0 || Math.max(...times) - Math.min(...times) <= longerThanDays * DAY_MS) return null;
  const days = new Map<string, Hourly>();
  for (const item of items) {
    const key = `${item.hour.slice(0, 10)}|${item.category}`;
    const day = days.get(key) ?? { hour: item.hour.slice(0, 10), category: item.category, count: 0 };
    day.count += item.count;
    days.set(key, day);
  }
  return [...days.values()];
}

export function hourlyStack(items: Hourly[], hourLabel: (hour: string) => string, categoryLabel: (key: string) => string): ChartOption {
  const hours = [...new Set(items.map((item) => item.hour))].sort((a, b) => Date.parse(a) - Date.parse(b));
  const categories = [...new Set(items.map((item) => item.category))].sort(byCategoryOrder);
  const count = new Map(items.map((item) => [`${item.hour}|${item.category}`, item.count]));
  return {
    grid: { ...baseGrid, top: 40 },
    tooltip: { trigger: "axis", axisPointer: { type: "shadow" } },
    legend: { type: "scroll", top: 0 },
    xAxis: { type: "category", data: hours.map(hourLabel) },
    yAxis: { type: "value", minInterval: 1 },
    series: categories.map((category) => ({
      type: "bar",
      stack: "all",
      name: categoryLabel(category),
      itemStyle: { color: categoryColor(category) },
      data: hours.map((hour) => count.get(`${hour}|${category}`) ?? 0),
      barMaxWidth: 28,
    })),
  };
}

export function donut(items: Count[], label: (key: string) => string): ChartOption {
  return {
    tooltip: { trigger: "item", formatter: "{b}: {c} ({d}%)" },
    legend: { type: "scroll", bottom: 0 },
    series: [
      {
        type: "pie",
        radius: ["45%", "72%"],
        center: ["50%", "45%"],
        avoidLabelOverlap: true,
        label: { show: true, formatter: "{c}" },
        data: [...items]
          .sort((a, b) => byCategoryOrder(a.key, b.key))
          .map((item) => ({ name: label(item.key), value: item.count, itemStyle: { color: categoryColor(item.key) } })),
      },
    ],
  };
}
