import { Group, Text } from "@mantine/core";
import { useTranslation } from "react-i18next";
import type { TFloorPlan } from "../../../../../contracts/exhibitions";
import { pickLocalized } from "../../../../ui/localized";
import { useLanguage } from "../../../../ui/useLanguage";
import { NO_PAVILION_COLOR } from "./plan-style";

const SWATCH = 14;

function Swatch({ color, status }: { color: string; status: "free" | "reserved" | "sold" }) {
  const id = `legend-hatch-${color.slice(1)}`;
  const fill = status === "sold" ? color : status === "reserved" ? `url(#${id})` : `${color}26`;
  return (
    <svg width={SWATCH} height={SWATCH} aria-hidden style={{ flex: "none" }}>
      <defs>
        <pattern id={id} patternUnits="userSpaceOnUse" width={5} height={5} patternTransform="rotate(45)">
          <rect width={5} height={5} fill={`${color}33`} />
          <rect width={2.2} height={5} fill={color} />
        </pattern>
      </defs>
      <rect x={0.5} y={0.5} width={SWATCH - 1} height={SWATCH - 1} fill={fill} stroke={color} />
    </svg>
  );
}

/** What the colours and fills mean: one swatch per pavilion on the plan, then the three booth states. */
export function PlanLegend({ plan, pavilionIds, hasUnassigned }: { plan: TFloorPlan; pavilionIds: Set<string>; hasUnassigned: boolean }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const pavilions = plan.pavilions.filter((p) => pavilionIds.has(p.id));
  return (
    <Group gap="md" style={{ rowGap: 4 }} data-testid="plan-legend">
      {pavilions.map((pavilion) => (
        <Group key={pavilion.id} gap={6} wrap="nowrap">
          <Swatch color={pavilion.color} status="sold" />
          <Text size="sm">{pickLocalized(pavilion.name, language)}</Text>
        </Group>
      ))}
      {hasUnassigned ? (
        <Group gap={6} wrap="nowrap">
          <Swatch color={NO_PAVILION_COLOR} status="sold" />
          <Text size="sm">{t("floorPlan.viewer.noPavilion")}</Text>
        </Group>
      ) : null}
      {(["free", "reserved", "sold"] as const).map((status) => (
        <Group key={status} gap={6} wrap="nowrap">
          <Swatch color="#495057" status={status} />
          <Text size="sm" c="dimmed">
            {t(`floorPlan.status.${status}`)}
          </Text>
        </Group>
      ))}
    </Group>
  );
}
