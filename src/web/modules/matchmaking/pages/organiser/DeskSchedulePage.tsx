import { Alert, Anchor, Stack, Text } from "@mantine/core";
import { useEffect, useState } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import type { TScheduleReview, TScheduleRun } from "../../../../../contracts/matchmaking";
import { useJob } from "../../../../api/jobs";
import { ErrorAlert } from "../../../../ui/ErrorAlert";
import { PageSkeleton } from "../../../../ui/Loading";
import { TitledPanel } from "../../../../ui/TitledPanel";
import { useForum, useForumId } from "../../../exhibitions/hooks/forum";
import { ScheduleProgress } from "../../components/organiser/ScheduleProgress";
import { ScheduleReview } from "../../components/organiser/ScheduleReview";
import { type RunOptions, ScheduleRunForm } from "../../components/organiser/ScheduleRunForm";
import { jobFinished } from "../../components/organiser/schedule-state";
import { useLatestScheduleRun, useMatchmakingSettings, useRefreshRun, useScheduleRun, useStartSchedule } from "../../hooks/matchmaking-admin";

const reviewed = (run: TScheduleRun | null | undefined): run is TScheduleRun & { review: TScheduleReview } => !!run?.review && run.status !== "running";

/** Runs the scheduler in the background, shows the draft for review, and publishes it. */
export function DeskSchedulePage() {
  const { t } = useTranslation();
  const forumId = useForumId();
  const forum = useForum(forumId);
  const settings = useMatchmakingSettings(forumId);
  const latest = useLatestScheduleRun(forumId);
  const start = useStartSchedule(forumId);
  const refreshRun = useRefreshRun(forumId);
  const [options, setOptions] = useState<RunOptions>({ fairness: 2, timeLimitSeconds: 20 });
  const [started, setStarted] = useState<{ runId: string; jobId: string } | null>(null);

  const runId = started?.runId ?? latest.data?.id ?? null;
  const run = useScheduleRun(forumId, runId);
  const current = run.data ?? null;
  // The job is followed for a run started here or found running; a run started here keeps its job in
  // view after it ends, so its last message can be shown.
  const job = useJob(started || current?.status === "running" ? (current?.jobId ?? started?.jobId ?? null) : null);
  const jobStatus = job.data?.status;
  const jobStopped = jobStatus === "failed" || jobStatus === "cancelled";
  // Until the new run has been read back, it is running; a job that gave up ends it whatever the run says.
  const running = (current ? current.status === "running" : started !== null) && !jobStopped;

  // biome-ignore lint/correctness/useExhaustiveDependencies: fires when the job stops, once per run
  useEffect(() => {
    if (runId && jobFinished(job.data)) refreshRun(runId);
  }, [jobStatus, runId]);

  if (forum.isPending || latest.isPending) return <PageSkeleton />;
  if (forum.isError) return <ErrorAlert error={forum.error} />;
  if (latest.isError) return <ErrorAlert error={latest.error} />;

  const timeZone = forum.data.timeZone;
  const noSlots = settings.isSuccess && (settings.data?.slots.length ?? 0) === 0;
  const begin = () =>
    start.mutate({ fairness: Number(options.fairness), timeLimitSeconds: Number(options.timeLimitSeconds) }, { onSuccess: (s) => setStarted(s) });
  const failed = current?.status === "failed" || jobStopped;

  return (
    <Stack gap="md" data-testid="desk-schedule">
      <TitledPanel look="section" title={t("matchmakingAdmin.schedule.title")} description={t("matchmakingAdmin.schedule.intro")}>
        {noSlots ? (
          <Alert color="yellow" variant="light" data-testid="schedule-no-slots">
            {t("matchmakingAdmin.schedule.noSlots")}{" "}
            <Anchor component={Link} to={`/forums/${forumId}/matchmaking/settings`}>
              {t("matchmakingAdmin.schedule.openSettings")}
            </Anchor>
          </Alert>
        ) : null}
        <ScheduleRunForm value={options} onChange={setOptions} onRun={begin} running={running} starting={start.isPending} disabled={noSlots} />
        {start.isError ? <ErrorAlert error={start.error} /> : null}
        {running ? <ScheduleProgress job={job.data} /> : null}
        {job.isError ? <ErrorAlert error={job.error} /> : null}
        {run.isError ? <ErrorAlert error={run.error} /> : null}
        {failed && !running ? (
          <Alert color="red" variant="light" role="alert" title={t("matchmakingAdmin.schedule.failedTitle")} data-testid="schedule-failed">
            {job.data?.message ?? t("matchmakingAdmin.schedule.failed")}
          </Alert>
        ) : null}
        {!current && !running ? (
          <Text size="sm" c="dimmed" data-testid="schedule-none">
            {t("matchmakingAdmin.schedule.none")}
          </Text>
        ) : null}
      </TitledPanel>
      {reviewed(current) ? (
        <ScheduleReview
          forumId={forumId}
          run={current}
          tables={settings.data?.tables ?? null}
          timeZone={timeZone}
          onRerun={begin}
          rerunning={start.isPending}
        />
      ) : null}
    </Stack>
  );
}
