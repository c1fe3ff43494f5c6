import { Table, Text } from "@mantine/core";
import { useMemo } from "react";
import { useTranslation } from "react-i18next";
import type { TScheduleReview } from "../../../../../contracts/matchmaking";
import { EChart } from "../../../../ui/EChart";
import { formatNumber } from "../../../../ui/format";
import { TitledPanel } from "../../../../ui/TitledPanel";
import { useLanguage } from "../../../../ui/useLanguage";
import { formatAtVenue } from "../../../exhibitions/components/venue-time";
import { tableLoadOption, tableLoadRows, tableLoadSummary } from "./desk-charts";
import "./desk-echarts";

type Props = { load: TScheduleReview["tableLoad"]; tables: number | null; timeZone: string };

/** How busy each slot is: meetings at tables (against the tables there are), at booths and online. */
export function TableLoadPanel({ load, tables, timeZone }: Props) {
  const { t } = useTranslation();
  const language = useLanguage();
  const n = (value: number) => formatNumber(value, language);
  const slotLabel = (iso: string) => formatAtVenue(iso, timeZone, language, { weekday: "short", hour: "2-digit", minute: "2-digit", hourCycle: "h23" });
  const rows = useMemo(() => tableLoadRows(load, tables), [load, tables]);
  const summary = tableLoadSummary(rows, tables);
  const title = t("matchmakingAdmin.load.title");
  const names = {
    table: t("matchmakingAdmin.places.table"),
    booth: t("matchmakingAdmin.places.booth"),
    online: t("matchmakingAdmin.places.online"),
    capacity: t("matchmakingAdmin.load.capacity"),
  };
  // biome-ignore lint/correctness/useExhaustiveDependencies: rebuilt for new figures or another language
  const option = useMemo(() => tableLoadOption(rows, tables, slotLabel, names), [rows, tables, language, timeZone]);

  return (
    <TitledPanel
      look="section"
      title={title}
      description={tables === null ? undefined : t("matchmakingAdmin.load.summary", { peak: n(summary.peak), tables: n(tables), full: n(summary.full) })}
    >
      {rows.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t("matchmakingAdmin.load.empty")}
        </Text>
      ) : (
        <>
          <EChart option={option} height={280} label={title} testId="chart-table-load" />
          <Table.ScrollContainer minWidth={420} maxHeight={320}>
            <Table striped withTableBorder verticalSpacing={4} fz="sm" stickyHeader data-testid="table-load">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t("matchmakingAdmin.load.slot")}</Table.Th>
                  <Table.Th ta="right">{names.table}</Table.Th>
                  <Table.Th ta="right">{names.booth}</Table.Th>
                  <Table.Th ta="right">{names.online}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {rows.map((row) => (
                  <Table.Tr key={row.startsAt} data-testid="table-load-row" data-over={row.overCapacity || undefined}>
                    <Table.Td>{slotLabel(row.startsAt)}</Table.Td>
                    <Table.Td ta="right" c={row.overCapacity ? "red" : undefined} fw={row.overCapacity ? 700 : undefined}>
                      {tables === null ? n(row.tables) : t("matchmakingAdmin.load.ofTables", { used: n(row.tables), tables: n(tables) })}
                    </Table.Td>
                    <Table.Td ta="right">{n(row.booth)}</Table.Td>
                    <Table.Td ta="right">{n(row.online)}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        </>
      )}
    </TitledPanel>
  );
}
