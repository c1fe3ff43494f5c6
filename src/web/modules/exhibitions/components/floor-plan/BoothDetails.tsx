import { Anchor, Badge, Button, Group, Stack, Text, Title } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import type { TBooth, TFloorPlan } from "../../../../../contracts/exhibitions";
import { Fact } from "../../../../ui/Fact";
import { formatMoney, formatNumber } from "../../../../ui/format";
import { pickLocalized } from "../../../../ui/localized";
import { useLanguage } from "../../../../ui/useLanguage";
import { PavilionChip } from "../PavilionChip";
import type { Directions } from "./hall-plan";

const STATUS_COLOR = { free: "green", reserved: "yellow", sold: "gray" } as const;

type Props = {
  plan: TFloorPlan;
  booth: TBooth;
  directions: Directions | null | undefined;
  onDirections: () => void;
  /** Where a free booth can be applied for; absent when applications are closed. */
  applyHref?: string;
};

/** Everything a visitor asks about a booth: size, kind, pavilion, price or exhibitor, and the way there. */
export function BoothDetails({ plan, booth, directions, onDirections, applyHref }: Props) {
  const { t } = useTranslation();
  const language = useLanguage();
  const pavilion = plan.pavilions.find((p) => p.id === booth.pavilionId);
  const hall = plan.halls.find((h) => h.id === booth.hallId);

  return (
    <Stack gap="sm" data-testid="booth-details">
      <Group justify="space-between" wrap="nowrap" pr={36}>
        <Title order={2} size="h3">
          {t("floorPlan.booth.title", { number: booth.number })}
        </Title>
        <Badge color={STATUS_COLOR[booth.status]} variant="light" data-testid="booth-status">
          {t(`floorPlan.status.${booth.status}`)}
        </Badge>
      </Group>
      {booth.exhibitor ? (
        <Anchor component={Link} to={`/organizations/${booth.exhibitor.organizationId}`} fw={600} data-testid="booth-exhibitor">
          {pickLocalized(booth.exhibitor.name, language)}
        </Anchor>
      ) : null}
      <Group gap="lg" style={{ rowGap: 8 }}>
        <Fact label={t("floorPlan.booth.area")}>{t("floorPlan.booth.areaValue", { area: formatNumber(booth.area, language) })}</Fact>
        <Fact label={t("floorPlan.booth.type")}>{t(`floorPlan.types.${booth.type}`)}</Fact>
        {hall && plan.halls.length > 1 ? <Fact label={t("floorPlan.booth.hall")}>{pickLocalized(hall.name, language)}</Fact> : null}
        {booth.status === "free" && booth.price !== null ? (
          <Fact label={t("floorPlan.booth.price")}>
            <span data-testid="booth-price">{formatMoney(booth.price, booth.currency ?? "USD", language)}</span>
          </Fact>
        ) : null}
      </Group>
      {pavilion ? <PavilionChip name={pickLocalized(pavilion.name, language)} color={pavilion.color} /> : null}
      <Group gap="xs">
        <Button variant="light" onClick={onDirections} data-testid="booth-directions">
          {t("floorPlan.directions.show")}
        </Button>
        {booth.status === "free" && applyHref ? (
          <Button component={Link} to={applyHref} variant="subtle">
            {t("floorPlan.booth.apply")}
          </Button>
        ) : null}
      </Group>
      {directions === null ? (
        <Text c="red" size="sm" role="status">
          {t("floorPlan.directions.unreachable")}
        </Text>
      ) : directions ? (
        <Text size="sm" role="status" data-testid="directions-summary">
          {t("floorPlan.directions.summary", {
            distance: formatNumber(Math.round(directions.leg.distanceMetres), language),
            minutes: Math.max(1, Math.ceil(directions.leg.walkMinutes)),
            entrance: directions.entrance + 1,
          })}
        </Text>
      ) : null}
    </Stack>
  );
}
