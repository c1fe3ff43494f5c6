import { Group, Paper, Stack, Text, Title } from "@mantine/core";
import { type ReactNode, useRef } from "react";
import { type ChartOption, EChart } from "../../../ui/EChart";
import type { echarts } from "../../../ui/echarts";
import { PngButton } from "./DownloadButtons";

type Props = { title: string; description?: string; option: ChartOption; height?: number; testId?: string; actions?: ReactNode };

/** A titled chart with its PNG download (and any other actions, such as the CSV of its data). */
export function ChartCard({ title, description, option, height = 300, testId, actions }: Props) {
  const chart = useRef<echarts.ECharts | null>(null);
  return (
    <Paper withBorder p={{ base: "sm", sm: "md" }} radius="md">
      <Stack gap="xs">
        <Group justify="space-between" align="flex-start" wrap="wrap" gap="xs">
          <div>
            <Title order={3} size="h5">
              {title}
            </Title>
            {description ? (
              <Text size="xs" c="dimmed">
                {description}
              </Text>
            ) : null}
          </div>
          <Group gap={6}>
            {actions}
            <PngButton title={title} chart={chart} />
          </Group>
        </Group>
        <EChart option={option} height={height} label={title} testId={testId} instanceRef={chart} />
      </Stack>
    </Paper>
  );
}
