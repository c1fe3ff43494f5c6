import { Progress, Stack, Text } from "@mantine/core";
import { useTranslation } from "react-i18next";
import type { TJob } from "../../../../../contracts/jobs";
import { jobPercent } from "./schedule-state";

/** The scheduler at work: how much of its time it has used, and what it last said. */
export function ScheduleProgress({ job }: { job: TJob | null | undefined }) {
  const { t } = useTranslation();
  const percent = jobPercent(job);
  const status = job?.status ?? "queued";
  const active = status === "queued" || status === "running";
  return (
    <Stack gap={4} data-testid="schedule-progress" data-status={status} data-percent={percent} aria-live="polite">
      <Progress
        value={active ? Math.max(percent, 3) : percent}
        striped={active}
        animated={active}
        size="lg"
        aria-label={t("matchmakingAdmin.schedule.progress")}
      />
      <Text size="sm">
        {status === "queued" ? t("matchmakingAdmin.schedule.queued") : t("matchmakingAdmin.schedule.working", { percent })}
        {job?.message ? ` · ${job.message}` : ""}
      </Text>
    </Stack>
  );
}
