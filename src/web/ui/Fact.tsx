import { Text } from "@mantine/core";

/** A small caps label over a value, for the fact sheets on profile pages. */
export function Fact({ label, children }: { label: string; children: React.ReactNode }) {
  return (
    <div>
      <Text size="xs" tt="uppercase" fw={600} c="dimmed" mb={4} style={{ letterSpacing: "0.04em" }}>
        {label}
      </Text>
      <div>{children}</div>
    </div>
  );
}
