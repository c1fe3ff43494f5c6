import { Anchor, Table } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import type { TTour } from "../../../../../contracts/exhibitions";
import { formatNumber } from "../../../../ui/format";
import { pickLocalized } from "../../../../ui/localized";
import { useLanguage } from "../../../../ui/useLanguage";
import { formatVenueTime } from "../venue-time";

/** Stop by stop: the booth, who is there, when the delegation arrives and leaves, and the walk to it. */
export function TourTimetable({ tour, timeZone }: { tour: TTour; timeZone: string }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const time = (iso: string) => formatVenueTime(iso, timeZone, language);
  return (
    <Table.ScrollContainer minWidth={560}>
      <Table striped withTableBorder verticalSpacing={6} data-testid="tour-timetable" className="tour-timetable">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t("tours.timetable.stop")}</Table.Th>
            <Table.Th>{t("tours.timetable.booth")}</Table.Th>
            <Table.Th>{t("tours.timetable.exhibitor")}</Table.Th>
            <Table.Th>{t("tours.timetable.arrives")}</Table.Th>
            <Table.Th>{t("tours.timetable.leaves")}</Table.Th>
            <Table.Th>{t("tours.timetable.walk")}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {tour.stops.map((stop, index) => (
            <Table.Tr key={stop.boothId} data-testid="tour-stop-row">
              <Table.Td fw={700}>{index + 1}</Table.Td>
              <Table.Td>{stop.boothNumber}</Table.Td>
              <Table.Td>
                {stop.exhibitor ? (
                  <Anchor component={Link} to={`/organizations/${stop.exhibitor.organizationId}`} size="sm">
                    {pickLocalized(stop.exhibitor.name, language)}
                  </Anchor>
                ) : (
                  "—"
                )}
              </Table.Td>
              <Table.Td data-testid="stop-arrives">{time(stop.arrivesAt)}</Table.Td>
              <Table.Td>{time(stop.leavesAt)}</Table.Td>
              <Table.Td>
                {t("tours.timetable.walkValue", {
                  minutes: formatNumber(Math.max(1, Math.round(stop.walkMinutes)), language),
                  metres: formatNumber(Math.round(stop.distanceMetres), language),
                })}
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
