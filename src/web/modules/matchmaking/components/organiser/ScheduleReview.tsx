import { Badge, Group, Stack, Text } from "@mantine/core";
import { useTranslation } from "react-i18next";
import type { TScheduleReview, TScheduleRun } from "../../../../../contracts/matchmaking";
import { TitledPanel } from "../../../../ui/TitledPanel";
import { useLanguage } from "../../../../ui/useLanguage";
import { formatVenueDateTime } from "../../../exhibitions/components/venue-time";
import { AssignmentTable } from "./AssignmentTable";
import { PublishPanel } from "./PublishPanel";
import { ReviewFigures } from "./ReviewFigures";
import { ReviewProblems } from "./ReviewProblems";
import { TableLoadPanel } from "./TableLoadPanel";

const STATUS_COLORS: Record<TScheduleRun["status"], string> = { running: "blue", draft: "yellow", published: "green", discarded: "gray", failed: "red" };

type Props = {
  forumId: string;
  run: TScheduleRun & { review: TScheduleReview };
  tables: number | null;
  timeZone: string;
  onRerun: () => void;
  rerunning: boolean;
};

/** A run's result to check before publishing: figures, problems, how full each slot is, and every meeting. */
export function ScheduleReview({ forumId, run, tables, timeZone, onRerun, rerunning }: Props) {
  const { t } = useTranslation();
  const language = useLanguage();
  return (
    <Stack gap="md" data-testid="schedule-review" data-status={run.status} data-run={run.id}>
      <TitledPanel
        look="section"
        title={t("matchmakingAdmin.review.title")}
        description={t("matchmakingAdmin.review.made", { time: formatVenueDateTime(run.createdAt, timeZone, language) })}
      >
        <Group gap="xs">
          <Badge color={STATUS_COLORS[run.status]} variant="light" data-testid="run-status">
            {t(`matchmakingAdmin.runStatus.${run.status}`)}
          </Badge>
          <Text size="sm" c="dimmed">
            {t("matchmakingAdmin.review.fairness", { fairness: run.fairness })}
          </Text>
        </Group>
        <PublishPanel forumId={forumId} run={run} timeZone={timeZone} onRerun={onRerun} rerunning={rerunning} />
        <ReviewFigures review={run.review} fairness={run.fairness} />
        <ReviewProblems review={run.review} />
      </TitledPanel>
      <TableLoadPanel load={run.review.tableLoad} tables={tables} timeZone={timeZone} />
      <AssignmentTable assignments={run.assignments} timeZone={timeZone} />
    </Stack>
  );
}
