import { Anchor, Group, Stack, Text } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import type { TParticipant } from "../../../../contracts/matchmaking";
import { PinIcon } from "../../../ui/icons";
import { pickLocalized } from "../../../ui/localized";
import { OrgAvatar } from "../../../ui/OrgAvatar";
import { useLanguage } from "../../../ui/useLanguage";
import { Location } from "../../directory/components/Location";
import { CategoryBadge } from "./CategoryBadge";

/** Who a counterpart is: name (to their page), flag and country, category and booth. */
export function ParticipantHeader({ participant, size = 44 }: { participant: TParticipant; size?: number }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const name = pickLocalized(participant.name, language);
  return (
    <Group wrap="nowrap" align="flex-start" gap="sm">
      <OrgAvatar name={name} logoUrl={null} size={size} />
      <Stack gap={4} style={{ flex: 1, minWidth: 0 }}>
        <Anchor component={Link} to={`/organizations/${participant.organizationId}`} fw={600} c="dark" lineClamp={2} data-testid="participant-name">
          {name}
        </Anchor>
        <Location country={participant.country} region={participant.region} />
        <Group gap="xs">
          <CategoryBadge category={participant.category} />
          {participant.booth ? (
            <Group gap={4} wrap="nowrap">
              <PinIcon size={14} />
              <Text size="sm" data-testid="participant-booth">
                {t("matchmaking.boothIn", { number: participant.booth.number, hall: pickLocalized(participant.booth.hallName, language) })}
              </Text>
            </Group>
          ) : null}
        </Group>
      </Stack>
    </Group>
  );
}
