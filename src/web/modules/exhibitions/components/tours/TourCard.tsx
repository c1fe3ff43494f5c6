import { Card, Text } from "@mantine/core";
import { Link } from "react-router";
import type { TFloorPlan, TTour } from "../../../../../contracts/exhibitions";
import { pickLocalized } from "../../../../ui/localized";
import { useLanguage } from "../../../../ui/useLanguage";
import { TourSummary } from "./TourSummary";

/** One tour in the list; the whole card opens it. */
export function TourCard({ tour, plan, timeZone, forumId }: { tour: TTour; plan: TFloorPlan | undefined; timeZone: string; forumId: string }) {
  const language = useLanguage();
  return (
    <Card
      withBorder
      radius="md"
      padding="md"
      component={Link}
      to={`/forums/${forumId}/tours/${tour.id}`}
      className="card-link plain-link"
      data-testid="tour-card"
    >
      <Text fw={650} mb={4}>
        {pickLocalized(tour.name, language)}
      </Text>
      <TourSummary tour={tour} plan={plan} timeZone={timeZone} />
    </Card>
  );
}
