import { Paper, SimpleGrid, Text } from "@mantine/core";
import { useTranslation } from "react-i18next";
import type { TForum } from "../../../../contracts/exhibitions";
import { Fact } from "../../../ui/Fact";
import { formatNumber } from "../../../ui/format";
import { pickLocalized } from "../../../ui/localized";
import { useLanguage } from "../../../ui/useLanguage";
import { useJurisdictionName } from "../../directory/components/JurisdictionSelects";
import { formatDateRange, zoneLabel } from "./venue-time";

/** When, where, who and how many, at a glance. */
export function ForumFacts({ forum }: { forum: TForum }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const names = useJurisdictionName();
  const number = (value: number) => formatNumber(value, language);
  return (
    <Paper withBorder p={{ base: "md", sm: "lg" }} radius="md" data-testid="forum-facts">
      <SimpleGrid cols={{ base: 1, xs: 2, md: 3 }} spacing="lg">
        <Fact label={t("forums.facts.dates")}>
          <Text>{formatDateRange(forum.startsOn, forum.endsOn, language)}</Text>
          <Text size="sm" c="dimmed">
            {t("forums.facts.venueTime", { zone: zoneLabel(forum.timeZone) })}
          </Text>
        </Fact>
        <Fact label={t("forums.facts.venue")}>
          <Text>{pickLocalized(forum.venue.name, language)}</Text>
          <Text size="sm" c="dimmed">
            {[forum.venue.address, forum.venue.city, names.country(forum.venue.country)].filter(Boolean).join(", ")}
          </Text>
        </Fact>
        <Fact label={t("forums.facts.organiser")}>
          <Text>{pickLocalized(forum.organizer.name, language)}</Text>
        </Fact>
        <Fact label={t("forums.facts.exhibitors")}>
          <Text>{number(forum.counts.exhibitors)}</Text>
        </Fact>
        <Fact label={t("forums.facts.booths")}>
          <Text>{t("forums.facts.boothsFree", { free: number(forum.counts.freeBooths), total: number(forum.counts.booths) })}</Text>
        </Fact>
        <Fact label={t("forums.facts.sessions")}>
          <Text>{number(forum.counts.sessions)}</Text>
        </Fact>
      </SimpleGrid>
    </Paper>
  );
}
