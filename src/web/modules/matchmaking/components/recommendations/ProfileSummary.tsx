import { Badge, Group, Stack, Text } from "@mantine/core";
import { useTranslation } from "react-i18next";
import type { TProfile } from "../../../../../contracts/matchmaking";
import { pickLocalized } from "../../../../ui/localized";
import { useLanguage } from "../../../../ui/useLanguage";
import { ProfileKindBadge } from "../profiles/ProfileKindBadge";

/** A profile in one line: what kind, its title and its HS codes. */
export function ProfileSummary({ profile }: { profile: TProfile }) {
  const { t } = useTranslation();
  const language = useLanguage();
  return (
    <Group gap={6} wrap="nowrap" align="flex-start" data-testid="recommendation-profile">
      <ProfileKindBadge kind={profile.kind} />
      <Stack gap={2} style={{ minWidth: 0, flex: 1 }}>
        <Text size="sm" lineClamp={2}>
          {pickLocalized(profile.title, language)}
        </Text>
        {profile.hsCodes.length ? (
          <Group gap={4}>
            {profile.hsCodes.slice(0, 4).map((code) => (
              <Badge key={code} size="xs" variant="light" color="gray" ff="monospace" title={t("matchmaking.profile.hsCode")}>
                {code}
              </Badge>
            ))}
          </Group>
        ) : null}
      </Stack>
    </Group>
  );
}
