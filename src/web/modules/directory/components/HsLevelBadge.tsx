import { Badge } from "@mantine/core";
import { useTranslation } from "react-i18next";

const COLORS: Record<number, string> = { 2: "grape", 4: "blue", 6: "teal" };

/** Chapter (2 digits), heading (4) or subheading (6): how broad a code is. */
export function HsLevelBadge({ level }: { level: number }) {
  const { t } = useTranslation();
  return (
    <Badge size="xs" variant="light" color={COLORS[level] ?? "gray"} style={{ flexShrink: 0 }}>
      {t(`hs.level${level}`)}
    </Badge>
  );
}
