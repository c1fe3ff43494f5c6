import { Box } from "@mantine/core";
import type { BarSeriesOption, LineSeriesOption, PieSeriesOption, SankeySeriesOption, ScatterSeriesOption, TreemapSeriesOption } from "echarts/charts";
import type { GridComponentOption, LegendComponentOption, TooltipComponentOption } from "echarts/components";
import { type RefObject, useEffect, useRef } from "react";
import { type ComposeOption, echarts } from "./echarts";

export type ChartOption = ComposeOption<
  | BarSeriesOption
  | LineSeriesOption
  | PieSeriesOption
  | SankeySeriesOption
  | ScatterSeriesOption
  | TreemapSeriesOption
  | GridComponentOption
  | TooltipComponentOption
  | LegendComponentOption
>;

type Props = { option: ChartOption; height: number; label: string; testId?: string; instanceRef?: RefObject<echarts.ECharts | null> };

/** One chart that follows its box's size (window resizes, phone rotation) and is described for screen readers. */
export function EChart({ option, height, label, testId, instanceRef }: Props) {
  const ref = useRef<HTMLDivElement>(null);
  const chart = useRef<echarts.ECharts | null>(null);

  useEffect(() => {
    const element = ref.current;
    if (!element) return;
    const instance = echarts.init(element, undefined, { renderer: "svg" });
    chart.current = instance;
    if (instanceRef) instanceRef.current = instance;
    const observer = new ResizeObserver(() => instance.resize());
    observer.observe(element);
    return () => {
      observer.disconnect();
      instance.dispose();
      chart.current = null;
      if (instanceRef) instanceRef.current = null;
    };
  }, [instanceRef]);

  useEffect(() => {
    // Replacing, not merging: a category that disappeared must disappear from the chart too.
    chart.current?.setOption({ aria: { enabled: true }, animationDuration: 300, ...option }, { notMerge: true });
  }, [option]);

  return <Box ref={ref} h={height} w="100%" role="img" aria-label={label} data-testid={testId} />;
}
