import { Paper, Text } from "@mantine/core";
import type { ReactNode } from "react";

type Props = { label: string; value: ReactNode; detail?: ReactNode; testId: string; rawValue?: number; children?: ReactNode };

/** One headline figure: a label, the number large, and a line of context under it. */
export function KpiCard({ label, value, detail, testId, rawValue, children }: Props) {
  return (
    <Paper withBorder radius="md" p="md">
      <Text size="xs" tt="uppercase" fw={600} c="dimmed" style={{ letterSpacing: "0.04em" }}>
        {label}
      </Text>
      <Text component="div" fz={{ base: 22, sm: 28 }} fw={700} lh={1.2} mt={4} data-testid={testId} data-value={rawValue}>
        {value}
      </Text>
      {detail ? (
        <Text size="sm" c="dimmed" mt={2}>
          {detail}
        </Text>
      ) : null}
      {children}
    </Paper>
  );
}
