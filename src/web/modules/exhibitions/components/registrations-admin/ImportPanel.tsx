import { Alert, Anchor, Button, FileInput, Group, Progress, Stack, Text } from "@mantine/core";
import { useEffect, useMemo, useState } from "react";
import { useTranslation } from "react-i18next";
import type { TImportReport } from "../../../../../contracts/exhibitions";
import { ErrorAlert } from "../../../../ui/ErrorAlert";
import { formatNumber } from "../../../../ui/format";
import { UploadIcon } from "../../../../ui/icons";
import { useLanguage } from "../../../../ui/useLanguage";
import { useImportVisitors } from "../../hooks/registrations-admin";
import { templateCsv } from "./csv-template";
import { ImportReportView } from "./ImportReportView";

/**
 * Bulk registration from a spreadsheet in two steps: the file is first only checked (every
 * problem listed by line, nothing saved), and imported whole once it has none.
 */
export function ImportPanel({ forumId }: { forumId: string }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const upload = useImportVisitors(forumId);
  const [file, setFile] = useState<File | null>(null);
  const [checked, setChecked] = useState<TImportReport | null>(null);
  const [imported, setImported] = useState<TImportReport | null>(null);
  const template = useMemo(() => URL.createObjectURL(templateCsv()), []);
  useEffect(() => () => URL.revokeObjectURL(template), [template]);

  const choose = (next: File | null) => {
    setFile(next);
    setChecked(null);
    setImported(null);
    upload.reset();
    if (next) upload.mutate({ file: next, commit: false }, { onSuccess: setChecked });
  };

  const commit = () => {
    if (!file) return;
    upload.mutate(
      { file, commit: true },
      {
        onSuccess: (report) => {
          setImported(report);
          setChecked(null);
        },
      },
    );
  };

  const ready = checked !== null && checked.problems.length === 0 && checked.valid > 0;
  return (
    <Stack gap="md">
      <Text size="sm">{t("registrationsAdmin.import.intro")}</Text>
      <Group gap="sm" align="flex-end">
        <FileInput
          label={t("registrationsAdmin.import.file")}
          placeholder={t("registrationsAdmin.import.choose")}
          accept=".csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
          value={file}
          onChange={choose}
          clearable
          leftSection={<UploadIcon size={16} />}
          data-testid="import-file"
          miw={260}
          style={{ flex: 1 }}
        />
        <Anchor href={template} download="visitors-template.csv" size="sm" pb={8} data-testid="import-template">
          {t("registrationsAdmin.import.template")}
        </Anchor>
      </Group>
      {upload.isPending ? (
        <Stack gap={4}>
          <Progress value={Math.round(upload.progress * 100)} animated aria-label={t("registrationsAdmin.import.uploading")} data-testid="upload-progress" />
          <Text size="xs" c="dimmed">
            {upload.progress < 1 ? t("registrationsAdmin.import.uploading") : t("registrationsAdmin.import.reading")}
          </Text>
        </Stack>
      ) : null}
      {upload.isError ? <ErrorAlert error={upload.error} /> : null}
      {checked ? (
        <>
          <Text size="sm" fw={500} data-testid="import-nothing-saved">
            {t("registrationsAdmin.import.nothingSaved")}
          </Text>
          <ImportReportView report={checked} />
          <Group>
            <Button onClick={commit} disabled={!ready} loading={upload.isPending} data-testid="import-commit">
              {ready ? t("registrationsAdmin.import.commit", { number: formatNumber(checked.valid, language) }) : t("registrationsAdmin.import.commitBlocked")}
            </Button>
          </Group>
        </>
      ) : null}
      {imported ? (
        <Alert color="green" variant="light" title={t("registrationsAdmin.import.doneTitle")} data-testid="import-result">
          {t("registrationsAdmin.import.done", { number: formatNumber(imported.saved, language) })}
        </Alert>
      ) : null}
    </Stack>
  );
}
