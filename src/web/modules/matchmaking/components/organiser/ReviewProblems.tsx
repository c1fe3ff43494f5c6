import { Alert, List, Stack, Text } from "@mantine/core";
import { useTranslation } from "react-i18next";
import type { TScheduleReview } from "../../../../../contracts/matchmaking";

/** Conflicts the independent check found (there must be none) and participants left without a meeting. */
export function ReviewProblems({ review }: { review: TScheduleReview }) {
  const { t } = useTranslation();
  const lonely = review.participantsWithoutMeetings;
  return (
    <Stack gap="sm">
      {review.conflicts.length > 0 ? (
        <Alert
          color="red"
          variant="filled"
          title={t("matchmakingAdmin.review.conflictsTitle", { count: review.conflicts.length })}
          role="alert"
          data-testid="review-conflicts"
        >
          <Text size="sm" mb="xs">
            {t("matchmakingAdmin.review.conflictsHint")}
          </Text>
          <List size="sm" spacing={2}>
            {review.conflicts.map((conflict) => (
              <List.Item key={conflict}>{conflict}</List.Item>
            ))}
          </List>
        </Alert>
      ) : (
        <Text size="sm" c="green.8" data-testid="review-no-conflicts">
          {t("matchmakingAdmin.review.noConflicts")}
        </Text>
      )}
      {lonely.length > 0 ? (
        <Alert
          color="yellow"
          variant="light"
          title={t("matchmakingAdmin.review.withoutMeetings", { count: lonely.length })}
          data-testid="review-without-meetings"
        >
          <Text size="sm" mb={4}>
            {t("matchmakingAdmin.review.withoutMeetingsHint")}
          </Text>
          <Text size="sm">{lonely.map((participant) => participant.name).join(", ")}</Text>
        </Alert>
      ) : null}
    </Stack>
  );
}
