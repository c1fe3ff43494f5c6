import { Badge, ColorSwatch } from "@mantine/core";

/** A pavilion's name with its colour on the plan, so people can find it in the hall. */
export function PavilionChip({ name, color }: { name: string; color: string }) {
  return (
    <Badge
      variant="default"
      tt="none"
      fw={500}
      leftSection={<ColorSwatch color={color} size={10} withShadow={false} aria-hidden />}
      data-testid="pavilion-chip"
      maw="100%"
    >
      {name}
    </Badge>
  );
}
