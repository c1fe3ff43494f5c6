import { Alert, Button, Container, FileInput, Group, NumberInput, Paper, Progress, Select, SimpleGrid, Stack, Text, TextInput, Title } from "@mantine/core";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { HS_REVISIONS, TRADE_FORMATS, ZTradeImportProgress } from "../../../../contracts/trade";
import { ApiError } from "../../../api/client";
import { useJob } from "../../../api/jobs";
import { ErrorAlert } from "../../../ui/ErrorAlert";
import { formatNumber } from "../../../ui/format";
import { useDocumentTitle } from "../../../ui/useDocumentTitle";
import { useLanguage } from "../../../ui/useLanguage";
import { DataTable } from "../components/DataTable";
import { type ImportForm, useImportReport, useStartTradeImport } from "../hooks/trade";

const EMPTY: ImportForm = { format: "baci", name: "", version: "", hsRevision: "HS22", licence: "", maxRejectedShare: 0.05, files: [] };

/** Where a platform administrator loads trade statistics and watches them go in. */
export function TradeImportsPage() {
  const { t } = useTranslation();
  const language = useLanguage();
  useDocumentTitle(t("trade.imports.title"));
  const [form, setForm] = useState<ImportForm>(EMPTY);
  const [jobId, setJobId] = useState<string | null>(null);
  const start = useStartTradeImport();
  const job = useJob(jobId);
  const report = useImportReport(job.data);
  const fieldErrors = start.error instanceof ApiError ? start.error.fieldErrors() : {};
  const set = <K extends keyof ImportForm>(key: K, value: ImportForm[K]) => setForm((current) => ({ ...current, [key]: value }));
  const running = job.data && (job.data.status === "queued" || job.data.status === "running");
  const progress = (() => {
    try {
      return job.data?.message ? ZTradeImportProgress.parse(JSON.parse(job.data.message)) : null;
    } catch {
      return null;
    }
  })();
  const n = (value: number) => formatNumber(Math.round(value), language);
  return (
    <Container size="md" py="lg">
      <Stack gap="md">
        <div>
          <Title order={1}>{t("trade.imports.title")}</Title>
          <Text c="dimmed">{t("trade.imports.intro")}</Text>
        </div>
        <Paper withBorder p="md" radius="md">
          <form
            onSubmit={(event) => {
              event.preventDefault();
              start.mutate(form, { onSuccess: (started) => setJobId(started.id) });
            }}
          >
            <Stack>
              <SimpleGrid cols={{ base: 1, sm: 2 }}>
                <Select
                  label={t("trade.imports.format")}
                  data={TRADE_FORMATS.map((f) => ({ value: f, label: t(`trade.format.${f}`) }))}
                  value={form.format}
                  onChange={(v) => v && set("format", v)}
                  error={fieldErrors.format}
                  allowDeselect={false}
                />
                <Select
                  label={t("trade.imports.hsRevision")}
                  data={[...HS_REVISIONS]}
                  value={form.hsRevision}
                  onChange={(v) => v && set("hsRevision", v)}
                  error={fieldErrors.hsRevision}
                  allowDeselect={false}
                />
                <TextInput
                  label={t("trade.imports.name")}
                  description={t("trade.imports.nameHint")}
                  value={form.name}
                  onChange={(e) => set("name", e.currentTarget.value)}
                  error={fieldErrors.name}
                  required
                />
                <TextInput
                  label={t("trade.imports.version")}
                  value={form.version}
                  onChange={(e) => set("version", e.currentTarget.value)}
                  error={fieldErrors.version}
                  required
                />
              </SimpleGrid>
              <TextInput
                label={t("trade.imports.licence")}
                value={form.licence}
                onChange={(e) => set("licence", e.currentTarget.value)}
                error={fieldErrors.licence}
              />
              <NumberInput
                label={t("trade.imports.maxRejected")}
                description={t("trade.imports.maxRejectedHint")}
                value={form.maxRejectedShare * 100}
                onChange={(v) => set("maxRejectedShare", Number(v) / 100)}
                min={0}
                max={100}
                suffix=" %"
                error={fieldErrors.maxRejectedShare}
                w={220}
              />
              <FileInput
                label={t("trade.imports.files")}
                description={t(`trade.imports.filesHint.${form.format}`)}
                multiple
                value={form.files}
                onChange={(files) => set("files", files)}
                error={fieldErrors.file}
                accept=".csv,.parquet,text/csv"
                clearable
              />
              <Group>
                <Button type="submit" loading={start.isPending} disabled={!!running}>
                  {t("trade.imports.submit")}
                </Button>
              </Group>
              {start.isError && Object.keys(fieldErrors).length === 0 ? <ErrorAlert error={start.error} /> : null}
            </Stack>
          </form>
        </Paper>
        {job.data ? (
          <Paper withBorder p="md" radius="md" data-testid="import-progress">
            <Stack gap="xs">
              <Text fw={600}>{running ? t(`trade.imports.phase.${progress?.phase ?? "reading"}`) : t(`trade.imports.status.${job.data.status}`)}</Text>
              <Progress value={job.data.total > 0 ? (100 * job.data.done) / job.data.total : running ? 5 : 100} animated={!!running} />
              {progress ? (
                <Text size="sm" c="dimmed">
                  {t("trade.imports.progress", {
                    read: n(progress.rowsRead),
                    rejected: n(progress.rowsRejected),
                    rate: n(progress.rowsPerSecond),
                    left: progress.secondsLeft === null ? "—" : n(progress.secondsLeft),
                  })}
                </Text>
              ) : null}
              {job.data.status === "failed" ? <Alert color="red">{job.data.message}</Alert> : null}
            </Stack>
          </Paper>
        ) : null}
        {report.data ? (
          <Stack gap="xs" data-testid="import-report">
            <Alert
              color={report.data.status === "imported" ? "green" : "red"}
              title={t(`trade.imports.report.${report.data.status}`, { dataset: report.data.dataset, version: report.data.version })}
            >
              {report.data.reason ??
                t("trade.imports.report.counts", {
                  imported: n(report.data.rowsImported),
                  rejected: n(report.data.rowsRejected),
                  read: n(report.data.rowsRead),
                  seconds: report.data.seconds.toFixed(1),
                })}
            </Alert>
            <DataTable
              title={t("trade.imports.rejectedTitle", { count: report.data.rowsRejected })}
              rows={report.data.rejected}
              rowKey={(row) => `${row.file}:${row.line}`}
              empty={t("trade.imports.noneRejected")}
              columns={[
                { label: t("trade.col.file"), value: (row) => row.file },
                { label: t("trade.col.line"), value: (row) => row.line, numeric: true },
                { label: t("trade.col.reason"), value: (row) => row.reason },
              ]}
            />
          </Stack>
        ) : null}
      </Stack>
    </Container>
  );
}
