import { Badge, Button, Group, Stack, Text, Title } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import type { TForum } from "../../../../contracts/exhibitions";
import { Flag } from "../../../ui/Flag";
import { pickLocalized } from "../../../ui/localized";
import { useLanguage } from "../../../ui/useLanguage";
import { PARTY_ROLES } from "./forum-form-values";
import { formatDateRange } from "./venue-time";

/** The forum's name, dates, place and the bodies behind it, above every forum page. */
export function ForumHeader({ forum }: { forum: TForum }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const parties = PARTY_ROLES.map((role) => ({
    role,
    names: forum.parties.filter((party) => party.role === role).map((party) => pickLocalized(party.name, language)),
  })).filter((group) => group.names.length > 0);

  return (
    <Stack gap={6} data-testid="forum-header">
      <Group justify="space-between" align="flex-start" gap="sm">
        <Group gap="sm" align="center" style={{ minWidth: 0, flex: 1 }}>
          <Title order={1} fz={{ base: 22, sm: 30 }} style={{ overflowWrap: "anywhere" }} data-testid="forum-name">
            {pickLocalized(forum.name, language)}
          </Title>
          {forum.status === "draft" ? (
            <Badge color="gray" variant="outline" data-testid="forum-draft">
              {t("forums.draft")}
            </Badge>
          ) : null}
        </Group>
        {forum.access.checkIn ? (
          <Button component={Link} to={`/forums/${forum.id}/check-in`} variant="filled" color="saffron.8" size="sm" data-testid="check-in-link">
            {t("forums.tabs.checkIn")}
          </Button>
        ) : null}
      </Group>
      <Group gap={4} wrap="wrap" style={{ columnGap: "var(--mantine-spacing-md)" }}>
        <Text fw={600} c="brand.8">
          {formatDateRange(forum.startsOn, forum.endsOn, language)}
        </Text>
        <Group gap={6} wrap="nowrap" style={{ minWidth: 0 }}>
          <Flag country={forum.venue.country} />
          <Text c="dimmed" style={{ overflowWrap: "anywhere" }}>
            {[pickLocalized(forum.venue.name, language), forum.venue.city].filter(Boolean).join(", ")}
          </Text>
        </Group>
      </Group>
      {parties.length ? (
        <Stack gap={2}>
          {parties.map((group) => (
            <Text key={group.role} size="sm" c="dimmed">
              <Text span fw={600} size="sm" c="dark.4">
                {t(`forums.partiesOf.${group.role}`)}:
              </Text>{" "}
              {group.names.join(" · ")}
            </Text>
          ))}
        </Stack>
      ) : null}
    </Stack>
  );
}
