import { Anchor, Button, Group, Stack, Text, Title } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import type { TFloorPlan, TForum, TTour } from "../../../../../contracts/exhibitions";
import { pickLocalized } from "../../../../ui/localized";
import { useLanguage } from "../../../../ui/useLanguage";
import { TourRoutePlan } from "./TourRoutePlan";
import { TourSummary } from "./TourSummary";
import { TourTimetable } from "./TourTimetable";

/** The tour on one A4 sheet: forum, name, route and timetable, for the delegation's guide. */
export function TourPrintView({ forum, plan, tour }: { forum: TForum; plan: TFloorPlan; tour: TTour }) {
  const { t } = useTranslation();
  const language = useLanguage();
  return (
    <Stack gap="sm" data-testid="tour-print-view">
      <Group justify="space-between" className="no-print">
        <Anchor component={Link} to={`/forums/${forum.id}/tours/${tour.id}`}>
          {t("tours.detail.back")}
        </Anchor>
        <Button onClick={() => window.print()}>{t("tours.detail.print")}</Button>
      </Group>
      <div>
        <Text size="sm" c="dimmed">
          {pickLocalized(forum.name, language)}
        </Text>
        <Title order={1} size="h2">
          {pickLocalized(tour.name, language)}
        </Title>
        <TourSummary tour={tour} plan={plan} timeZone={forum.timeZone} />
      </div>
      <TourRoutePlan plan={plan} tour={tour} height={420} />
      <TourTimetable tour={tour} timeZone={forum.timeZone} />
    </Stack>
  );
}
