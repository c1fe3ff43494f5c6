import { Anchor, Badge, ScrollArea, Select, Stack, Table, Text } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { COMMITMENT_STATUSES, type TAgenda } from "../../../../contracts/cooperation";
import { formatDate } from "../../../ui/format";
import { pickLocalized } from "../../../ui/localized";
import { useLanguage } from "../../../ui/useLanguage";
import { useChangeCommitment } from "../hooks/agendas";
import { AgendaPartActions } from "./AgendaPartActions";

/** The commitments with owner, due date and status (overdue ones marked), and the deals that deliver them. */
export function AgendaCommitments({ agenda }: { agenda: TAgenda }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const change = useChangeCommitment();
  return (
    <ScrollArea type="auto">
      <Table fz="sm" miw={720} data-testid="agenda-commitments" verticalSpacing="xs">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t("agendas.col.commitment")}</Table.Th>
            <Table.Th>{t("agendas.col.owner")}</Table.Th>
            <Table.Th>{t("agendas.col.due")}</Table.Th>
            <Table.Th>{t("agendas.col.status")}</Table.Th>
            <Table.Th>{t("agendas.col.deals")}</Table.Th>
            {agenda.editable ? <Table.Th aria-label={t("agendas.edit.actions")} /> : null}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {agenda.commitments.map((c) => (
            <Table.Tr key={c.id} data-testid="commitment">
              <Table.Td>
                <Text size="sm" fw={600}>
                  {c.title}
                </Text>
                {c.area ? (
                  <Text size="xs" c="dimmed">
                    {t(`agendas.area.${c.area}`)}
                  </Text>
                ) : null}
              </Table.Td>
              <Table.Td>{c.owner}</Table.Td>
              <Table.Td c={c.overdue ? "red" : undefined}>{formatDate(c.dueDate, language)}</Table.Td>
              <Table.Td>
                {agenda.editable ? (
                  <Select
                    size="xs"
                    w={150}
                    aria-label={t("agendas.col.status")}
                    data={COMMITMENT_STATUSES.map((s) => ({ value: s, label: t(`agendas.status.${s}`) }))}
                    value={c.status}
                    allowDeselect={false}
                    onChange={(status) => status && change.mutate({ id: c.id, status: status as typeof c.status })}
                  />
                ) : (
                  <Badge variant="light" color={c.status === "done" ? "teal" : c.status === "cancelled" ? "gray" : "blue"}>
                    {t(`agendas.status.${c.status}`)}
                  </Badge>
                )}
                {c.overdue ? (
                  <Badge color="red" variant="filled" size="xs" mt={4}>
                    {t("agendas.overdue")}
                  </Badge>
                ) : null}
              </Table.Td>
              <Table.Td>
                <Stack gap={2}>
                  {c.deals.map((deal) => (
                    <Anchor key={deal.id} component={Link} to={`/deals/${deal.id}`} size="sm">
                      {pickLocalized(deal.title, language)} · {t(`deals.stage.${deal.stage}`)}
                    </Anchor>
                  ))}
                  {c.dealCount > c.deals.length ? (
                    <Text size="xs" c="dimmed">
                      {t("agendas.privateDeals", { count: c.dealCount - c.deals.length })}
                    </Text>
                  ) : null}
                  {c.dealCount === 0 ? "—" : null}
                </Stack>
              </Table.Td>
              {agenda.editable ? (
                <Table.Td>
                  <AgendaPartActions agendaId={agenda.id} part={{ kind: "commitments", item: c }} label={c.title} />
                </Table.Td>
              ) : null}
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </ScrollArea>
  );
}
