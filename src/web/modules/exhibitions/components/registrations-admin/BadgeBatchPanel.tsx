import { Alert, Button, Checkbox, Group, Progress, Select, Stack, Text } from "@mantine/core";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import type { TVisitorCategory } from "../../../../../contracts/exhibitions";
import { useJob } from "../../../../api/jobs";
import { ErrorAlert } from "../../../../ui/ErrorAlert";
import { formatNumber } from "../../../../ui/format";
import { useLanguage } from "../../../../ui/useLanguage";
import { useStartBadgeBatch } from "../../hooks/registrations-admin";
import { categoryOptions } from "./category-options";

/** Prints every badge (or one category's) into one PDF in the background, showing how far it got. */
export function BadgeBatchPanel({ forumId }: { forumId: string }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const [category, setCategory] = useState<TVisitorCategory | null>(null);
  // Reprinting on the day: only the visitors who have not come in yet.
  const [onlyNotCheckedIn, setOnlyNotCheckedIn] = useState(false);
  const [jobId, setJobId] = useState<string | null>(null);
  const start = useStartBadgeBatch(forumId);
  const job = useJob(jobId);
  const current = job.data ?? start.data ?? null;
  const running = current !== null && (current.status === "queued" || current.status === "running");
  const percent = current && current.total > 0 ? Math.round((current.done / current.total) * 100) : current?.status === "done" ? 100 : 0;

  const begin = () => {
    setJobId(null);
    start.mutate({ category: category ?? undefined, onlyNotCheckedIn }, { onSuccess: (started) => setJobId(started.id) });
  };

  return (
    <Stack gap="md">
      <Text size="sm">{t("registrationsAdmin.badges.intro")}</Text>
      <Group gap="sm" align="flex-end">
        <Select
          label={t("registrationsAdmin.badges.category")}
          placeholder={t("registrationsAdmin.filters.anyCategory")}
          data={categoryOptions(t)}
          value={category}
          onChange={(value) => setCategory(value as TVisitorCategory | null)}
          clearable
          miw={200}
          comboboxProps={{ withinPortal: true }}
        />
        <Checkbox
          label={t("registrationsAdmin.badges.onlyNotCheckedIn")}
          checked={onlyNotCheckedIn}
          onChange={(event) => setOnlyNotCheckedIn(event.currentTarget.checked)}
          mb={8}
        />
        <Button onClick={begin} loading={start.isPending} disabled={running} data-testid="badge-batch-start">
          {t("registrationsAdmin.badges.start")}
        </Button>
      </Group>
      {start.isError ? <ErrorAlert error={start.error} /> : null}
      {current ? (
        <Stack gap={4} data-testid="badge-batch" data-status={current.status}>
          <Progress
            value={percent}
            animated={running}
            size="lg"
            aria-label={t("registrationsAdmin.badges.progress")}
            data-testid="badge-progress"
            data-percent={percent}
          />
          <Text size="sm" data-testid="badge-progress-text">
            {t("registrationsAdmin.badges.count", { done: formatNumber(current.done, language), total: formatNumber(current.total, language), percent })}
          </Text>
        </Stack>
      ) : null}
      {job.isError ? <ErrorAlert error={job.error} /> : null}
      {current?.status === "done" && current.resultUrl ? (
        <Alert color="green" variant="light" title={t("registrationsAdmin.badges.doneTitle")}>
          <Button component="a" href={current.resultUrl} download variant="filled" color="green" data-testid="badge-download">
            {t("registrationsAdmin.badges.download")}
          </Button>
        </Alert>
      ) : null}
      {current?.status === "failed" || current?.status === "cancelled" ? (
        <Alert color="red" variant="light" role="alert" title={t("registrationsAdmin.badges.failedTitle")} data-testid="badge-failed">
          {current.message ?? t("registrationsAdmin.badges.failed")}
        </Alert>
      ) : null}
    </Stack>
  );
}
