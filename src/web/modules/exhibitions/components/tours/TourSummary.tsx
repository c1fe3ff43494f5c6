import { Badge, Group, Text } from "@mantine/core";
import { useTranslation } from "react-i18next";
import type { TFloorPlan, TTour } from "../../../../../contracts/exhibitions";
import { formatNumber } from "../../../../ui/format";
import { pickLocalized } from "../../../../ui/localized";
import { useLanguage } from "../../../../ui/useLanguage";
import { formatVenueDateTime, formatVenueTime } from "../venue-time";

/** When, where from and how far: the line under a tour's name, in lists and on paper. */
export function TourSummary({ tour, plan, timeZone }: { tour: TTour; plan: TFloorPlan | undefined; timeZone: string }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const hall = plan?.halls.find((h) => h.id === tour.hallId);
  return (
    <Group gap="xs" data-testid="tour-summary">
      <Text size="sm">
        {formatVenueDateTime(tour.startsAt, timeZone, language)}–{formatVenueTime(tour.endsAt, timeZone, language)}
      </Text>
      {hall ? (
        <Text size="sm" c="dimmed">
          · {pickLocalized(hall.name, language)}, {t("floorPlan.viewer.entrance", { number: tour.entrance + 1 })}
        </Text>
      ) : null}
      <Text size="sm" c="dimmed">
        · {t("tours.summary.stops", { count: tour.stops.length })} ·{" "}
        {t("tours.summary.distance", { metres: formatNumber(Math.round(tour.totalDistanceMetres), language) })}
      </Text>
      {tour.optimal ? (
        <Badge color="green" variant="light" data-testid="tour-optimal">
          {t("tours.summary.optimal")}
        </Badge>
      ) : null}
      {tour.notifiedAt ? (
        <Badge color="blue" variant="light">
          {t("tours.summary.notified", { when: formatVenueDateTime(tour.notifiedAt, timeZone, language) })}
        </Badge>
      ) : null}
    </Group>
  );
}
