import { Paper, Stack } from "@mantine/core";
import { type ReactNode, useRef } from "react";
import { type ChartOption, EChart } from "../../../ui/EChart";
import type { echarts } from "../../../ui/echarts";
import { PngButton } from "./DownloadButtons";
import { PanelHeading } from "./PanelHeading";

type Props = { title: string; description?: string; option: ChartOption; height?: number; testId?: string; actions?: ReactNode };

/** A titled chart with its PNG download (and any other actions, such as the CSV of its data). */
export function ChartCard({ title, description, option, height = 300, testId, actions }: Props) {
  const chart = useRef<echarts.ECharts | null>(null);
  return (
    <Paper withBorder p={{ base: "sm", sm: "md" }} radius="md">
      <Stack gap="xs">
        <PanelHeading title={title} description={description}>
          {actions}
          <PngButton title={title} chart={chart} />
        </PanelHeading>
        <EChart option={option} height={height} label={title} testId={testId} instanceRef={chart} />
      </Stack>
    </Paper>
  );
}
