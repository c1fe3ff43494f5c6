import { Box } from "@mantine/core";
import type { BarSeriesOption, PieSeriesOption } from "echarts/charts";
import type { GridComponentOption, LegendComponentOption, TooltipComponentOption } from "echarts/components";
import { useEffect, useRef } from "react";
import { type ComposeOption, echarts } from "./echarts";

export type ChartOption = ComposeOption<BarSeriesOption | PieSeriesOption | GridComponentOption | TooltipComponentOption | LegendComponentOption>;

type Props = { option: ChartOption; height: number; label: string; testId?: string };

/** One chart that follows its box's size (window resizes, phone rotation) and is described for screen readers. */
export function EChart({ option, height, label, testId }: Props) {
  const ref = useRef<HTMLDivElement>(null);
  const chart = useRef<echarts.ECharts | null>(null);

  useEffect(() => {
    const element = ref.current;
    if (!element) return;
    const instance = echarts.init(element, undefined, { renderer: "svg" });
    chart.current = instance;
    const observer = new ResizeObserver(() => instance.resize());
    observer.observe(element);
    return () => {
      observer.disconnect();
      instance.dispose();
      chart.current = null;
    };
  }, []);

  useEffect(() => {
    // Replacing, not merging: a category that disappeared must disappear from the chart too.
    chart.current?.setOption({ aria: { enabled: true }, animationDuration: 300, ...option }, { notMerge: true });
  }, [option]);

  return <Box ref={ref} h={height} w="100%" role="img" aria-label={label} data-testid={testId} />;
}
