import { Group, Text } from "@mantine/core";

/** Two interlocking rings: two partners joined, the idea in the name ("cooperation"). */
export function BrandMark({ size = 28 }: { size?: number }) {
  return (
    <svg width={size} height={size} viewBox="0 0 64 64" aria-hidden="true" focusable="false">
      <rect width="64" height="64" rx="14" fill="var(--mantine-color-brand-7, #0e8677)" />
      <circle cx="25" cy="32" r="12" fill="none" stroke="#ffffff" strokeWidth="5" />
      <circle cx="39" cy="32" r="12" fill="none" stroke="#ffba38" strokeWidth="5" />
      {/* Redrawing part of the white ring over the gold one makes the rings interlock. */}
      <path d="M29 20.7 A12 12 0 0 1 37 32" fill="none" stroke="#ffffff" strokeWidth="5" />
    </svg>
  );
}

export function BrandLogo() {
  return (
    <Group gap={8} wrap="nowrap">
      <BrandMark />
      <Text fw={700} fz={{ base: "md", xs: "lg" }} c="brand.8" style={{ letterSpacing: "-0.01em" }}>
        Hamkori
      </Text>
    </Group>
  );
}
