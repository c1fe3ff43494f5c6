import { Anchor, Button, Group, Select, Stack, Text } from "@mantine/core";
import { useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import type { TDeal } from "../../../../contracts/cooperation";
import { FormError } from "../../../ui/ErrorAlert";
import { pickLocalized } from "../../../ui/localized";
import { TitledPanel } from "../../../ui/TitledPanel";
import { useActionFailure } from "../../../ui/useActionFailure";
import { useLanguage } from "../../../ui/useLanguage";
import { useAgenda, useAgendas, useLinkDeal } from "../hooks/agendas";

/** Which agenda commitments the deal delivers; its parties can add one. */
export function DealCommitments({ deal }: { deal: TDeal }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const queryClient = useQueryClient();
  const agendas = useAgendas();
  const [agendaId, setAgendaId] = useState<string | null>(null);
  const [commitmentId, setCommitmentId] = useState<string | null>(null);
  const agenda = useAgenda(agendaId);
  const link = useLinkDeal();
  const { failure, run } = useActionFailure();
  const save = async () => {
    if (!commitmentId) return;
    if (await run(() => link.mutateAsync({ commitmentId, dealId: deal.id }))) {
      await queryClient.invalidateQueries({ queryKey: ["cooperation", "deals", "one", deal.id] });
      setCommitmentId(null);
    }
  };
  return (
    <TitledPanel look="section" title={t("deals.commitments.title")}>
      <Stack gap="xs">
        {deal.commitments.length === 0 ? (
          <Text size="sm" c="dimmed">
            {t("deals.commitments.none")}
          </Text>
        ) : (
          deal.commitments.map((c) => (
            <Anchor key={c.id} component={Link} to={`/agendas/${c.agendaId}`} size="sm">
              {c.title}
            </Anchor>
          ))
        )}
        {deal.editable ? (
          <Group align="flex-end" wrap="wrap" gap="xs">
            <Select
              label={t("deals.commitments.agenda")}
              data={(agendas.data ?? []).map((a) => ({ value: a.id, label: pickLocalized(a.title, language) }))}
              value={agendaId}
              onChange={(value) => {
                setAgendaId(value);
                setCommitmentId(null);
              }}
              w={300}
            />
            <Select
              label={t("deals.commitments.commitment")}
              data={(agenda.data?.commitments ?? [])
                .filter((c) => !deal.commitments.some((served) => served.id === c.id))
                .map((c) => ({ value: c.id, label: c.title }))}
              value={commitmentId}
              onChange={setCommitmentId}
              disabled={!agenda.data}
              w={320}
            />
            <Button variant="light" onClick={save} loading={link.isPending} disabled={!commitmentId}>
              {t("deals.commitments.link")}
            </Button>
          </Group>
        ) : null}
        <FormError message={failure} />
      </Stack>
    </TitledPanel>
  );
}
