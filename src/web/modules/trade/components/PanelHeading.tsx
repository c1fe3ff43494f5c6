import { Group, Text, Title } from "@mantine/core";
import type { ReactNode } from "react";

/** A chart's or table's title, the dimmed line under it, and its download buttons on the right. */
export function PanelHeading({ title, description, children }: { title: string; description?: string; children: ReactNode }) {
  return (
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
      <Group gap={6}>{children}</Group>
    </Group>
  );
}
