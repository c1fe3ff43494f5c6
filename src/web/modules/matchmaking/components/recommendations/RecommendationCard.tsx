import { Button, Card, Group, Stack, Text } from "@mantine/core";
import { useTranslation } from "react-i18next";
import type { TRecommendation } from "../../../../../contracts/matchmaking";
import { ParticipantHeader } from "../ParticipantHeader";
import { RequestStatusBadge } from "../requests/RequestStatusBadge";
import { ProfileSummary } from "./ProfileSummary";
import { ReasonSentence } from "./ReasonSentence";
import { ScoreBar } from "./ScoreBar";

const SHOWN_PROFILES = 3;

type Props = { recommendation: TRecommendation; share: number; onRequest: () => void; onDismiss: () => void };

/** A suggested counterpart: who, why, what they offer or seek, and what to do about it. */
export function RecommendationCard({ recommendation, share, onRequest, onDismiss }: Props) {
  const { t } = useTranslation();
  const { participant, reasons, profiles, requestStatus } = recommendation;
  return (
    <Card withBorder padding="md" radius="md" data-testid="recommendation-card" data-organization={participant.organizationId}>
      <Stack gap="sm">
        <ParticipantHeader participant={participant} />
        <ScoreBar share={share} />
        {reasons.length ? (
          <Stack gap={4} component="ul" m={0} pl="md" aria-label={t("matchmaking.recommendations.why")}>
            {reasons.map((reason, index) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: reasons come in the server's order and are never edited
              <ReasonSentence key={index} reason={reason} />
            ))}
          </Stack>
        ) : null}
        {profiles.length ? (
          <Stack gap={6}>
            <Text size="xs" tt="uppercase" fw={600} c="dimmed">
              {t("matchmaking.recommendations.bestProfiles")}
            </Text>
            {profiles.slice(0, SHOWN_PROFILES).map((profile) => (
              <ProfileSummary key={profile.id} profile={profile} />
            ))}
          </Stack>
        ) : null}
        {participant.profileCount === 0 && !profiles.length ? (
          <Text size="xs" c="dimmed">
            {t("matchmaking.recommendations.noProfiles")}
          </Text>
        ) : null}
        <Group justify="space-between" gap="xs" mt="auto">
          <Button variant="subtle" color="gray" size="xs" px={6} onClick={onDismiss} data-testid="dismiss-recommendation">
            {t("matchmaking.recommendations.dismiss")}
          </Button>
          {requestStatus ? (
            <Group gap={6} data-testid="recommendation-status">
              <Text size="sm" c="dimmed">
                {t("matchmaking.recommendations.requested")}
              </Text>
              <RequestStatusBadge status={requestStatus} />
            </Group>
          ) : (
            <Button size="sm" onClick={onRequest} data-testid="request-meeting">
              {t("matchmaking.request.action")}
            </Button>
          )}
        </Group>
      </Stack>
    </Card>
  );
}
