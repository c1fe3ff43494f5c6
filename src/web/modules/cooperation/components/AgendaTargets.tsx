import { Group, Paper, Progress, SimpleGrid, Stack, Text } from "@mantine/core";
import { useTranslation } from "react-i18next";
import type { TAgenda } from "../../../../contracts/cooperation";
import { formatDecimal } from "../../../ui/format";
import { useLanguage } from "../../../ui/useLanguage";
import { useUsd } from "../../trade/hooks/money";
import { AgendaPartActions } from "./AgendaPartActions";

/** Each target against its actual, with where the actual comes from and what officials reported. */
export function AgendaTargets({ agenda }: { agenda: TAgenda }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const usd = useUsd();
  const amount = (kind: string, value: number | null) => (value === null ? "—" : kind === "turnover_usd" ? usd(value) : formatDecimal(value, language, 0));
  return (
    <SimpleGrid cols={{ base: 1, sm: 2, md: 3 }} data-testid="agenda-targets">
      {agenda.targets.map((target) => {
        const share = target.progress === null ? null : Math.round(target.progress * 100);
        return (
          <Paper key={target.id} withBorder p="sm" radius="md">
            <Stack gap={4}>
              <Group justify="space-between" gap="xs" wrap="nowrap">
                <Text size="sm" fw={600}>
                  {t(`agendas.kind.${target.kind}`)}, {target.year}
                </Text>
                {agenda.editable ? (
                  <AgendaPartActions
                    agendaId={agenda.id}
                    part={{ kind: "targets", item: target }}
                    label={`${t(`agendas.kind.${target.kind}`)}, ${target.year}`}
                  />
                ) : null}
              </Group>
              <Group gap="xs" align="baseline">
                <Text fw={700} fz="lg">
                  {amount(target.kind, target.actual)}
                </Text>
                <Text size="sm" c="dimmed">
                  {t("agendas.ofTarget", { target: amount(target.kind, target.target) })}
                </Text>
              </Group>
              <Progress
                value={Math.min(100, share ?? 0)}
                color={share !== null && share >= 100 ? "teal" : "blue"}
                aria-label={share === null ? "—" : `${share} %`}
              />
              {target.actualSource ? (
                <Text size="xs" c="dimmed">
                  {t(`agendas.actualFrom.${target.actualSource === "deals" || target.actualSource === "keepers" ? target.actualSource : "trade"}`, {
                    dataset: target.actualSource,
                  })}
                </Text>
              ) : null}
              {target.reported !== null ? (
                <Text size="xs">{t("agendas.reported", { value: amount(target.kind, target.reported), source: target.source })}</Text>
              ) : null}
            </Stack>
          </Paper>
        );
      })}
    </SimpleGrid>
  );
}
