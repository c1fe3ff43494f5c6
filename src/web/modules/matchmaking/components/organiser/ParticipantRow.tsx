import { Anchor, Badge, Card, Group, Select, Stack, Text } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import type { TParticipant, TParticipantCategory } from "../../../../../contracts/matchmaking";
import { ConfirmButton } from "../../../../ui/ConfirmButton";
import { Flag } from "../../../../ui/Flag";
import { formatDate } from "../../../../ui/format";
import { pickLocalized } from "../../../../ui/localized";
import { useLanguage } from "../../../../ui/useLanguage";
import { participantCategoryOptions } from "./category-options";

type Props = {
  participant: TParticipant;
  countryName: (code: string) => string;
  busy: boolean;
  onCategory: (category: TParticipantCategory) => void;
  onRemove: () => void;
};

/** One participant: who, from where, booth and profiles, and the organiser's changes. */
export function ParticipantRow({ participant: p, countryName, busy, onCategory, onRemove }: Props) {
  const { t } = useTranslation();
  const language = useLanguage();
  const name = pickLocalized(p.name, language);
  const facts = [
    countryName(p.country),
    p.booth ? t("matchmakingAdmin.participants.booth", { number: p.booth.number, hall: pickLocalized(p.booth.hallName, language) }) : null,
    t("matchmakingAdmin.participants.joined", { date: formatDate(p.joinedAt, language) }),
  ].filter(Boolean);

  return (
    <Card withBorder padding="sm" radius="md" data-testid="participant-row" data-category={p.category} data-organization={p.organizationId}>
      <Group justify="space-between" align="flex-start" gap="sm">
        <Stack gap={2} style={{ minWidth: 0, flex: "1 1 220px" }}>
          <Group gap={6} wrap="nowrap">
            <Flag country={p.country} />
            <Anchor component={Link} to={`/organizations/${p.organizationId}`} fw={600} truncate data-testid="participant-name">
              {name}
            </Anchor>
          </Group>
          <Text size="sm" c="dimmed">
            {facts.join(" · ")}
          </Text>
          <Group gap={4}>
            <Badge variant={p.profileCount > 0 ? "light" : "outline"} color={p.profileCount > 0 ? "brand" : "gray"} size="sm">
              {t("matchmakingAdmin.participants.profiles", { count: p.profileCount })}
            </Badge>
          </Group>
        </Stack>
        <Group gap="xs" wrap="nowrap" align="flex-end">
          <Select
            aria-label={t("matchmakingAdmin.participants.categoryOf", { name })}
            data={participantCategoryOptions(t)}
            value={p.category}
            onChange={(category) => category && category !== p.category && onCategory(category as TParticipantCategory)}
            allowDeselect={false}
            disabled={busy}
            size="xs"
            w={150}
            comboboxProps={{ withinPortal: true }}
            data-testid="participant-category"
          />
          <ConfirmButton
            size="xs"
            variant="subtle"
            color="red"
            loading={busy}
            question={t("matchmakingAdmin.participants.removeQuestion", { name })}
            confirmLabel={t("matchmakingAdmin.participants.removeConfirm")}
            onConfirm={onRemove}
            data-testid="participant-remove"
          >
            {t("matchmakingAdmin.participants.remove")}
          </ConfirmButton>
        </Group>
      </Group>
    </Card>
  );
}
