import { Badge, Card, Group, Stack, Text } from "@mantine/core";
import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import type { TProgrammeSession } from "../../../../contracts/exhibitions";
import { languageName } from "../../../ui/format";
import { pickLocalized } from "../../../ui/localized";
import { useLanguage } from "../../../ui/useLanguage";
import { formatVenueTime } from "./venue-time";

type Props = { session: TProgrammeSession; timeZone: string; actions?: ReactNode };

/** One session: its time at the venue, room, title, speakers and the language it is held in. */
export function SessionCard({ session, timeZone, actions }: Props) {
  const { t } = useTranslation();
  const language = useLanguage();
  const description = pickLocalized(session.description, language);
  return (
    <Card withBorder padding="sm" radius="md" data-testid="session">
      <Group align="flex-start" wrap="nowrap" gap="md">
        <Stack gap={0} w={{ base: 56, sm: 72 }} style={{ flexShrink: 0 }}>
          <Text fw={700} size="sm" data-testid="session-time">
            {formatVenueTime(session.startsAt, timeZone, language)}
          </Text>
          <Text size="xs" c="dimmed">
            {formatVenueTime(session.endsAt, timeZone, language)}
          </Text>
        </Stack>
        <Stack gap={4} style={{ flex: 1, minWidth: 0 }}>
          <Text fw={600} style={{ overflowWrap: "anywhere" }} data-testid="session-title">
            {pickLocalized(session.title, language)}
          </Text>
          <Group gap={6}>
            <Badge variant="light" color="gray" tt="none" fw={500} data-testid="session-room">
              {session.room}
            </Badge>
            <Badge variant="outline" tt="none" fw={500} title={t("forums.programme.heldIn")} data-testid="session-language">
              {languageName(session.language, language)}
            </Badge>
          </Group>
          {session.speakers.length ? (
            <Text size="sm" c="dimmed" style={{ overflowWrap: "anywhere" }}>
              {t("forums.programme.speakers")}: {session.speakers.join(", ")}
            </Text>
          ) : null}
          {description ? (
            <Text size="sm" className="preserve-lines" lineClamp={4}>
              {description}
            </Text>
          ) : null}
        </Stack>
        {actions ? (
          <Group gap={4} style={{ flexShrink: 0 }}>
            {actions}
          </Group>
        ) : null}
      </Group>
    </Card>
  );
}
