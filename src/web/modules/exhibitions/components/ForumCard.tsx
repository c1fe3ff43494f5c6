import { Badge, Card, Group, Stack, Text } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import type { TForum } from "../../../../contracts/exhibitions";
import { Flag } from "../../../ui/Flag";
import { formatNumber } from "../../../ui/format";
import { pickLocalized } from "../../../ui/localized";
import { useLanguage } from "../../../ui/useLanguage";
import { formatDateRange } from "./venue-time";

/** A forum in a list: what, when, where, who runs it, and how much room is left. */
export function ForumCard({ forum }: { forum: TForum }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const name = pickLocalized(forum.name, language);
  return (
    <Card component={Link} to={`/forums/${forum.id}`} withBorder padding="lg" radius="md" className="card-link" data-testid="forum-card">
      <Stack gap={6}>
        <Group justify="space-between" wrap="nowrap" align="flex-start" gap="xs">
          <Text fw={650} size="lg" lineClamp={2} data-testid="forum-card-name" lang={forum.name[language] ? language : undefined}>
            {name}
          </Text>
          {forum.status === "draft" ? (
            <Badge color="gray" variant="outline" style={{ flexShrink: 0 }}>
              {t("forums.draft")}
            </Badge>
          ) : null}
        </Group>
        <Text size="sm" fw={500} c="brand.8">
          {formatDateRange(forum.startsOn, forum.endsOn, language)}
        </Text>
        <Group gap={6} wrap="nowrap">
          <Flag country={forum.venue.country} />
          <Text size="sm" c="dimmed" truncate>
            {[pickLocalized(forum.venue.name, language), forum.venue.city].filter(Boolean).join(" · ")}
          </Text>
        </Group>
        <Text size="sm" c="dimmed" lineClamp={1}>
          {t("forums.organisedBy", { name: pickLocalized(forum.organizer.name, language) })}
        </Text>
        <Group gap="xs" mt={4}>
          <Badge variant="light" tt="none" fw={500}>
            {t("forums.exhibitorCount", { number: formatNumber(forum.counts.exhibitors, language) })}
          </Badge>
          <Badge variant="light" color={forum.counts.freeBooths > 0 ? "saffron" : "gray"} tt="none" fw={500}>
            {t("forums.freeBoothCount", { number: formatNumber(forum.counts.freeBooths, language) })}
          </Badge>
        </Group>
      </Stack>
    </Card>
  );
}
