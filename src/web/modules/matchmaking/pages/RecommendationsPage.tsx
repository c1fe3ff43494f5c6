import { Alert, Anchor, Button, Card, Group, SimpleGrid, Stack, Text } from "@mantine/core";
import { notifications } from "@mantine/notifications";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import type { TRecommendation } from "../../../../contracts/matchmaking";
import { ErrorAlert, errorMessage } from "../../../ui/ErrorAlert";
import { CardSkeletons } from "../../../ui/Loading";
import { pickLocalized } from "../../../ui/localized";
import { useLanguage } from "../../../ui/useLanguage";
import { useForum, useForumId } from "../../exhibitions/hooks/forum";
import { useActing } from "../components/acting";
import { RequestMeetingModal } from "../components/RequestMeetingModal";
import { arrange, type Hidden } from "../components/recommendations/arrange";
import { RecommendationCard } from "../components/recommendations/RecommendationCard";
import { scoreShare } from "../components/recommendations/reason-text";
import { useMatchmakingSettings } from "../hooks/matchmaking";
import { useDismissal, useRecommendations } from "../hooks/recommendations";

/** Counterparts suggested for the acting organisation, best first; "not interested" hides one, with an undo. */
export function RecommendationsPage() {
  const { t } = useTranslation();
  const language = useLanguage();
  const forumId = useForumId();
  const forum = useForum(forumId);
  const acting = useActing();
  const settings = useMatchmakingSettings(forumId);
  const recommendations = useRecommendations(forumId, acting.organizationId);
  const { dismiss, undo } = useDismissal(forumId, acting.organizationId);
  // Hidden in this visit, with where they stood, so the undo appears in the card's place even after
  // the refetched list no longer has them.
  const [hidden, setHidden] = useState<Hidden<TRecommendation>[]>([]);
  const [asking, setAsking] = useState<TRecommendation | null>(null);

  const hide = (recommendation: TRecommendation, index: number) => {
    const id = recommendation.participant.organizationId;
    setHidden((list) => [...list.filter((h) => h.recommendation.participant.organizationId !== id), { recommendation, index }]);
    dismiss.mutate(id, {
      onError: (error) => {
        setHidden((list) => list.filter((h) => h.recommendation.participant.organizationId !== id));
        notifications.show({ color: "red", title: t("errors.title"), message: errorMessage(error, t) });
      },
    });
  };
  const restore = (recommendation: TRecommendation) => {
    const id = recommendation.participant.organizationId;
    undo.mutate(id, {
      onSuccess: () => setHidden((list) => list.filter((h) => h.recommendation.participant.organizationId !== id)),
      onError: (error) => notifications.show({ color: "red", title: t("errors.title"), message: errorMessage(error, t) }),
    });
  };

  const items = arrange(recommendations.data ?? [], hidden);
  const best = Math.max(0, ...(recommendations.data ?? []).map((r) => r.score));
  const profilesLink = `/organizations/${acting.organizationId}/profiles?forum=${forumId}`;

  return (
    <Stack gap="md" data-testid="recommendations-page">
      {acting.profileCount === 0 ? (
        <Alert color="blue" variant="light" data-testid="no-own-profiles">
          {t("matchmaking.recommendations.addProfiles")}{" "}
          <Anchor component={Link} to={profilesLink}>
            {t("matchmaking.hub.myProfiles")}
          </Anchor>
        </Alert>
      ) : null}
      {recommendations.isError ? <ErrorAlert error={recommendations.error} /> : null}
      <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }} spacing="md">
        {recommendations.isPending ? <CardSkeletons count={3} /> : null}
        {items.map((item, index) =>
          item.hidden ? (
            <Card key={item.recommendation.participant.organizationId} withBorder padding="sm" radius="md" bg="gray.0" data-testid="dismissed-recommendation">
              <Group justify="space-between" gap="xs" wrap="nowrap">
                <Text size="sm" c="dimmed" style={{ minWidth: 0 }}>
                  {t("matchmaking.recommendations.hidden", { name: pickLocalized(item.recommendation.participant.name, language) })}
                </Text>
                <Button
                  variant="light"
                  size="compact-sm"
                  onClick={() => restore(item.recommendation)}
                  loading={undo.isPending && undo.variables === item.recommendation.participant.organizationId}
                  data-testid="undo-dismiss"
                >
                  {t("matchmaking.recommendations.undo")}
                </Button>
              </Group>
            </Card>
          ) : (
            <RecommendationCard
              key={item.recommendation.participant.organizationId}
              recommendation={item.recommendation}
              share={scoreShare(item.recommendation.score, best)}
              onRequest={() => setAsking(item.recommendation)}
              onDismiss={() => hide(item.recommendation, index)}
            />
          ),
        )}
      </SimpleGrid>
      {recommendations.isSuccess && items.length === 0 ? (
        <Text c="dimmed" ta="center" py="xl" data-testid="no-recommendations">
          {t("matchmaking.recommendations.none")}{" "}
          <Anchor component={Link} to={`/forums/${forumId}/meetings/profiles`}>
            {t("matchmaking.recommendations.browseProfiles")}
          </Anchor>
        </Text>
      ) : null}
      {asking && forum.data ? (
        <RequestMeetingModal
          forumId={forumId}
          timeZone={forum.data.timeZone}
          settings={settings.data}
          from={acting}
          to={asking.participant}
          onClose={() => setAsking(null)}
        />
      ) : null}
    </Stack>
  );
}
