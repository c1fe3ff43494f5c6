import { Alert, Group, ScrollArea, Stack, Table, Text, Title } from "@mantine/core";
import { useTranslation } from "react-i18next";
import type { TImportReport } from "../../../../../contracts/exhibitions";
import { Fact } from "../../../../ui/Fact";
import { formatNumber } from "../../../../ui/format";
import { useLanguage } from "../../../../ui/useLanguage";

/** What the file would import: the counts, every problem by line and column, and the first rows as read. */
export function ImportReportView({ report }: { report: TImportReport }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const n = (value: number) => formatNumber(value, language);
  return (
    <Stack gap="md" data-testid="import-report">
      <Group gap="xl">
        <Fact label={t("registrationsAdmin.import.rows")}>
          <Text fw={700} size="xl" data-testid="import-rows">
            {n(report.rows)}
          </Text>
        </Fact>
        <Fact label={t("registrationsAdmin.import.valid")}>
          <Text fw={700} size="xl" data-testid="import-valid">
            {n(report.valid)}
          </Text>
        </Fact>
        <Fact label={t("registrationsAdmin.import.problems")}>
          <Text fw={700} size="xl" data-testid="import-problem-count">
            {n(report.problems.length)}
          </Text>
        </Fact>
      </Group>
      {report.problems.length > 0 ? (
        <Stack gap="xs">
          <Alert color="red" variant="light" role="alert" title={t("registrationsAdmin.import.fixTitle")}>
            {t("registrationsAdmin.import.fixHint")}
          </Alert>
          <ScrollArea type="auto">
            <Table striped withTableBorder miw={480} data-testid="import-problems">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t("registrationsAdmin.import.line")}</Table.Th>
                  <Table.Th>{t("registrationsAdmin.import.column")}</Table.Th>
                  <Table.Th>{t("registrationsAdmin.import.problem")}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {report.problems.map((problem) => (
                  <Table.Tr key={`${problem.line}-${problem.field}-${problem.message}`} data-testid="import-problem" data-line={problem.line}>
                    <Table.Td>{problem.line}</Table.Td>
                    <Table.Td>{problem.field}</Table.Td>
                    <Table.Td>{problem.message}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </ScrollArea>
        </Stack>
      ) : null}
      {report.preview.length > 0 ? (
        <Stack gap="xs">
          <Title order={3} size="h5">
            {t("registrationsAdmin.import.previewTitle")}
          </Title>
          <ScrollArea type="auto">
            <Table withTableBorder miw={640} data-testid="import-preview">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t("registrationsAdmin.import.line")}</Table.Th>
                  <Table.Th>{t("registrationsAdmin.add.fullName")}</Table.Th>
                  <Table.Th>{t("registrationsAdmin.add.email")}</Table.Th>
                  <Table.Th>{t("registrationsAdmin.add.organization")}</Table.Th>
                  <Table.Th>{t("registrationsAdmin.add.country")}</Table.Th>
                  <Table.Th>{t("registrationsAdmin.add.category")}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {report.preview.map((row) => (
                  <Table.Tr key={row.line}>
                    <Table.Td>{row.line}</Table.Td>
                    <Table.Td>{row.fullName}</Table.Td>
                    <Table.Td>{row.email}</Table.Td>
                    <Table.Td>{row.organizationName ?? ""}</Table.Td>
                    <Table.Td>{row.country}</Table.Td>
                    <Table.Td>{t(`checkIn.categories.${row.category}`)}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </ScrollArea>
          {report.valid > report.preview.length ? (
            <Text size="xs" c="dimmed">
              {t("registrationsAdmin.import.previewMore", { shown: n(report.preview.length), rows: n(report.valid) })}
            </Text>
          ) : null}
        </Stack>
      ) : null}
    </Stack>
  );
}
