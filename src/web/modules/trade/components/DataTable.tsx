import { Paper, ScrollArea, Stack, Table, Text } from "@mantine/core";
import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { CsvButton } from "./DownloadButtons";
import type { CsvColumn } from "./downloads";
import { PanelHeading } from "./PanelHeading";

export type Column<T> = CsvColumn<T> & { render?: (row: T) => ReactNode; numeric?: boolean };

type Props<T> = {
  title: string;
  description?: string;
  columns: Column<T>[];
  rows: T[];
  rowKey: (row: T) => string;
  empty?: string;
  testId?: string;
  /** Below this width the table scrolls sideways rather than squeezing its columns. */
  minWidth?: number;
};

/** A titled table that scrolls sideways on a phone and downloads as CSV. */
export function DataTable<T>({ title, description, columns, rows, rowKey, empty, testId, minWidth = 480 }: Props<T>) {
  const { t } = useTranslation();
  return (
    <Paper withBorder p={{ base: "sm", sm: "md" }} radius="md" data-testid={testId}>
      <Stack gap="xs">
        <PanelHeading title={title} description={description}>
          <CsvButton title={title} columns={columns} rows={rows} />
        </PanelHeading>
        {rows.length === 0 ? (
          <Text size="sm" c="dimmed">
            {empty ?? t("trade.noRows")}
          </Text>
        ) : (
          <ScrollArea type="auto">
            <Table striped highlightOnHover fz="sm" miw={minWidth}>
              <Table.Thead>
                <Table.Tr>
                  {columns.map((c) => (
                    <Table.Th key={c.label} ta={c.numeric ? "right" : undefined}>
                      {c.label}
                    </Table.Th>
                  ))}
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {rows.map((row) => (
                  <Table.Tr key={rowKey(row)}>
                    {columns.map((c) => (
                      <Table.Td key={c.label} ta={c.numeric ? "right" : undefined}>
                        {c.render ? c.render(row) : c.value(row)}
                      </Table.Td>
                    ))}
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </ScrollArea>
        )}
      </Stack>
    </Paper>
  );
}
