import { Badge, Button, Center, Group, Stack, Switch, Table, Text, TextInput } from "@mantine/core";
import { useMemo, useState } from "react";
import { useTranslation } from "react-i18next";
import type { TScheduleRun } from "../../../../../contracts/matchmaking";
import { formatNumber } from "../../../../ui/format";
import { SearchIcon } from "../../../../ui/icons";
import { TitledPanel } from "../../../../ui/TitledPanel";
import { useVenueClock } from "../useVenueClock";
import { filterAssignments, sortAssignments } from "./schedule-state";

const PAGE = 100;

type Props = { assignments: TScheduleRun["assignments"]; timeZone: string };

/** Every meeting of the draft: when (venue time), who hosts whom, where; a hundred rows at a time. */
export function AssignmentTable({ assignments, timeZone }: Props) {
  const { t } = useTranslation();
  const { language, moment: time } = useVenueClock(timeZone);
  const [text, setText] = useState("");
  const [onlyUnplaced, setOnlyUnplaced] = useState(false);
  const [shown, setShown] = useState(PAGE);
  const sorted = useMemo(() => sortAssignments(assignments), [assignments]);
  const rows = useMemo(() => filterAssignments(sorted, text, onlyUnplaced), [sorted, text, onlyUnplaced]);

  return (
    <TitledPanel
      look="section"
      title={t("matchmakingAdmin.assignments.title")}
      description={t("matchmakingAdmin.assignments.hint", { zone: timeZone.replaceAll("_", " ") })}
    >
      <Group gap="sm" align="flex-end" wrap="wrap">
        <TextInput
          label={t("matchmakingAdmin.assignments.search")}
          leftSection={<SearchIcon size={16} />}
          value={text}
          onChange={(event) => {
            setText(event.currentTarget.value);
            setShown(PAGE);
          }}
          w={{ base: "100%", xs: 280 }}
          data-testid="assignment-search"
        />
        <Switch
          label={t("matchmakingAdmin.assignments.onlyUnplaced")}
          checked={onlyUnplaced}
          onChange={(event) => {
            setOnlyUnplaced(event.currentTarget.checked);
            setShown(PAGE);
          }}
          mb={8}
        />
      </Group>
      <Stack gap="xs">
        <Text size="sm" c="dimmed" data-testid="assignment-count" data-count={rows.length}>
          {t("matchmakingAdmin.assignments.count", { count: formatNumber(rows.length, language) })}
        </Text>
        <Table.ScrollContainer minWidth={640}>
          <Table striped withTableBorder verticalSpacing={4} fz="sm" data-testid="assignment-table">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t("matchmakingAdmin.assignments.time")}</Table.Th>
                <Table.Th>{t("matchmakingAdmin.assignments.host")}</Table.Th>
                <Table.Th>{t("matchmakingAdmin.assignments.guest")}</Table.Th>
                <Table.Th>{t("matchmakingAdmin.assignments.place")}</Table.Th>
                <Table.Th ta="right">{t("matchmakingAdmin.assignments.table")}</Table.Th>
                <Table.Th>{t("matchmakingAdmin.assignments.locked")}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {rows.slice(0, shown).map((a) => (
                <Table.Tr key={a.meetingId} data-testid="assignment-row" data-placed={a.startsAt !== null}>
                  <Table.Td style={{ whiteSpace: "nowrap" }}>
                    {a.startsAt ? (
                      time(a.startsAt)
                    ) : (
                      <Badge color="red" variant="light" size="sm">
                        {t("matchmakingAdmin.assignments.notPlaced")}
                      </Badge>
                    )}
                  </Table.Td>
                  <Table.Td>{a.hostName}</Table.Td>
                  <Table.Td>{a.guestName}</Table.Td>
                  <Table.Td>{t(`matchmakingAdmin.places.${a.place}`)}</Table.Td>
                  <Table.Td ta="right">{a.tableNumber ?? "—"}</Table.Td>
                  <Table.Td>
                    {a.locked ? (
                      <Badge size="sm" variant="outline">
                        {t("matchmakingAdmin.assignments.lockedYes")}
                      </Badge>
                    ) : null}
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
        {rows.length > shown ? (
          <Center>
            <Button variant="default" onClick={() => setShown(shown + PAGE)} data-testid="assignments-more">
              {t("matchmakingAdmin.assignments.more", { count: formatNumber(Math.min(PAGE, rows.length - shown), language) })}
            </Button>
          </Center>
        ) : null}
      </Stack>
    </TitledPanel>
  );
}
