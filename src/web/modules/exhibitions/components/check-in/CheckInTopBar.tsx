import { ActionIcon, Badge, Box, Group, Text } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import type { TLocalizedText } from "../../../../../contracts/common";
import { ArrowLeftIcon } from "../../../../ui/icons";
import { pickLocalized } from "../../../../ui/localized";
import { useLanguage } from "../../../../ui/useLanguage";

type Props = { forumId: string; name: TLocalizedText | undefined; online: boolean };

/** A slim bar in place of the site header: the way back, the forum, and whether the network is there. */
export function CheckInTopBar({ forumId, name, online }: Props) {
  const { t } = useTranslation();
  const language = useLanguage();
  return (
    <Box component="header" bg="brand.8" c="white" px="sm" py={8} pos="sticky" top={0} style={{ zIndex: 2 }}>
      <Group justify="space-between" wrap="nowrap" gap="xs">
        <Group gap="xs" wrap="nowrap" style={{ minWidth: 0 }}>
          <ActionIcon component={Link} to={`/forums/${forumId}`} variant="subtle" color="white" size="lg" aria-label={t("checkIn.back")}>
            <ArrowLeftIcon size={20} />
          </ActionIcon>
          <div style={{ minWidth: 0 }}>
            <Text component="h1" fw={700} size="md" lh={1.2} m={0}>
              {t("checkIn.title")}
            </Text>
            <Text size="xs" truncate opacity={0.85}>
              {pickLocalized(name, language)}
            </Text>
          </div>
        </Group>
        <Badge
          color={online ? "green" : "red"}
          variant="filled"
          size="lg"
          data-testid="connection"
          data-online={online}
          leftSection={<span aria-hidden style={{ width: 8, height: 8, borderRadius: 4, background: "white", display: "inline-block" }} />}
          style={{ flexShrink: 0 }}
        >
          {online ? t("checkIn.online") : t("checkIn.offline")}
        </Badge>
      </Group>
    </Box>
  );
}
